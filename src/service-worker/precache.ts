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

/** Adds the files at these paths to this version's cache: all of them, or none if one fails. */
async function precache(paths: string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	// `reload` skips the HTTP cache: an older page from it would point at files this version lacks.
	await cache.addAll(paths.map((path) => new Request(path, { cache: 'reload' })));
}

export const precacheAll = (): Promise<void> => precache(PRECACHE);

/**
 * Puts back whatever this version's cache lacks. The browser can delete the cache (storage
 * pressure, a cleaner app) long after `install` filled it, and `install` runs once per
 * version: without this the app would not work offline again until the next release.
 */
export async function refillPrecache(): Promise<void> {
	const cache = await caches.open(CACHE);
	const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	// Compared as URL paths, which are percent-encoded as the cache's keys are.
	const missing = PRECACHE.filter((path) => !held.has(new URL(path, 'http://x').pathname));
	if (missing.length > 0) await precache(missing);
}

/** Deletes the caches of earlier versions, and only ours. */
export async function deleteOldCaches(): Promise<void> {
	for (const key of await caches.keys()) {
		if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
	}
}
