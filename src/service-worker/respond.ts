import { CACHE, FALLBACK } from './precache';

/**
 * Offline first: everything the app needs is precached, so the cache answers first and the
 * network is only a fallback for what was never precached, or what the browser deleted. What
 * the network answers is kept too, so a deleted cache fills up again as the app is used.
 * Query strings are ignored for pages (/notes/new?shared=1 is /notes/new).
 */
export async function respond(
	request: Request,
	keepAlive: (work: Promise<unknown>) => void
): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;

	if (request.mode === 'navigate') {
		const fallback = await cache.match(FALLBACK);
		if (fallback) return fallback;
	}

	try {
		const response = await fetch(request);
		if (storable(request, response)) {
			const key = request.mode === 'navigate' ? url.pathname : request;
			// A full disk only means this answer is not kept.
			keepAlive(cache.put(key, response.clone()).catch(() => undefined));
		}
		return response;
	} catch {
		return (await cache.match(request)) ?? Response.error();
	}
}

/**
 * Whether an answer can be served again as it is: whole (200, not a range) and the app's own
 * (`basic`: same origin, readable), never an error or another origin's. A redirected answer is
 * refused by a navigation, and a request that tells caches not to answer it (Kit's check for
 * a new version) is asking what the server has now.
 */
export function storable(
	request: Request,
	response: Pick<Response, 'status' | 'type' | 'redirected'>
): boolean {
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		!response.redirected &&
		!request.headers.has('range') &&
		!/no-cache|no-store/.test(request.headers.get('cache-control') ?? '')
	);
}
