// Serves a production build on 127.0.0.1 the way a static host would: prerendered pages by
// path, the SPA fallback page for any other path, and the service worker never from a cache.
// Usage: node scripts/serve.js [dir=build] [port=4173]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const dir = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);

/**
 * Workers do not inherit the page's <meta> CSP: a worker is governed by the CSP header of its
 * own script. Every script gets this one (for a page's scripts it has no effect); static hosts
 * should send the same header for .js files (see the README).
 */
export const WORKER_CSP =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const assets = sirv(dir, {
	extensions: ['html'],
	single: '200.html',
	dev: process.env.SERVE_DEV === '1',
	setHeaders(res, pathname) {
		if (pathname.endsWith('.js')) res.setHeader('Content-Security-Policy', WORKER_CSP);
		if (pathname.startsWith('/_app/immutable/')) {
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		} else {
			// Pages, the manifest and the service worker must be checked on every update.
			res.setHeader('Cache-Control', 'no-cache');
		}
	}
});

createServer((req, res) => assets(req, res)).listen(port, '127.0.0.1', () => {
	console.log(`Rank & File is served at http://127.0.0.1:${port}/`);
});
