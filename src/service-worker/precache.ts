/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

/** One cache per deployed version: a version's pages and the hashed files they load stay together. */
export const CACHE_PREFIX = 'rank-and-file-';
export const CACHE = `${CACHE_PREFIX}${version}`;

/** adapter-static's SPA page: any path the build did not prerender starts from it. */
export const FALLBACK = '/200.html';

// In `vite dev` nothing is prerendered and there is no fallback page to fetch.
const shell = import.meta.env.DEV ? [] : [...prerendered, FALLBACK];

export const PRECACHE = [...new Set([...build, ...files, ...shell])];

export async function precacheAll(): Promise<void> {
	const cache = await caches.open(CACHE);
	// `reload` skips the HTTP cache: an older page from it would point at files this version lacks.
	await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })));
}

/** Deletes the caches of earlier versions, and only ours. */
export async function deleteOldCaches(): Promise<void> {
	for (const key of await caches.keys()) {
		if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
	}
}
