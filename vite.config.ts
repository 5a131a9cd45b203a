import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

function paraglide() {
	return paraglideVitePlugin({
		project: './project.inlang',
		outdir: './src/lib/paraglide',
		// No URL locales: pages are prerendered once and the saved or browser language is
		// applied on the device, so every page works offline in both languages.
		strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
	});
}

export default defineConfig({
	plugins: [
		// Under Vitest the messages are compiled once by `npm run i18n`: the plugin's file
		// watcher would keep the test process alive.
		...(process.env.VITEST ? [] : [paraglide()]),
		sveltekit()
	],
	resolve: {
		// Dexie's package entry wraps its whole UMD bundle; its ES module build lets the parts
		// the app never uses be left out.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }]
	},
	// No <link rel="modulepreload"> per module of lazily loaded code: Vite's helper appended
	// dozens in one task whenever a screen's code was preloaded, and the lists of those modules,
	// kept in the entry for every screen, weighed 3 kB (gzip) on every page's first load. A lazy
	// module's own imports are fetched as it is parsed instead, a level at a time (from the
	// service worker's cache once it is installed). SvelteKit still preloads a page's first
	// modules, and Vite still loads a lazy module's CSS before it runs.
	build: { modulePreload: false },
	// Module workers (search) share chunks with the app instead of inlining their own copies.
	worker: { format: 'es' },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['./src/test-setup.ts']
	}
});
