import { CACHE, FALLBACK } from './precache';

/**
 * Offline first: everything the app needs is precached, so the cache answers first and the
 * network is only a fallback for what was never precached. Query strings are ignored for
 * pages (a shared link arrives as /notes/new?text=…).
 */
export async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;

	if (request.mode === 'navigate') {
		const fallback = await cache.match(FALLBACK);
		if (fallback) return fallback;
	}

	try {
		return await fetch(request);
	} catch {
		return (await cache.match(request)) ?? Response.error();
	}
}
