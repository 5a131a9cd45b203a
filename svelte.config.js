import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// RF_BUILD_LABEL lets the update tests build a visibly different "v2" of the same code.
// The config is loaded more than once per build (client, server, prerender workers): fix the
// label in the environment the first time so that every load agrees on the version.
process.env.RF_BUILD_LABEL ??= String(Date.now());
const buildLabel = process.env.RF_BUILD_LABEL;

/**
 * Kit's route announcer (for screen readers) is hidden with a style attribute. A strict
 * style-src blocks that attribute, which would leave the announcer visible, so exactly that
 * style is allowed by its hash, read from the installed Kit so an upgrade cannot drift.
 */
function announcerStyleHash() {
	const kitRoot = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
	const source = readFileSync(new URL('src/core/sync/write_root.js', `file://${kitRoot}`), 'utf8');
	const style = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(source)?.[1];
	if (!style) throw new Error("Could not find the style of SvelteKit's route announcer");
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// RF_OUT lets the update tests build a second version beside the first.
		adapter: adapter({ pages: process.env.RF_OUT || 'build', fallback: '200.html', strict: true }),
		// workbox-window registers the worker so that updates wait for the user (src/lib/pwa).
		serviceWorker: { register: false },
		version: { name: `${pkg.version}+${buildLabel}` },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Argon2id (hash-wasm) compiles WebAssembly; nothing else is allowed beyond 'self'.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self', 'blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'form-action': ['self'],
				'object-src': ['none'],
				'base-uri': ['none']
			}
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
