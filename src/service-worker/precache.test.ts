// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CACHE, PRECACHE, precacheAll, refillPrecache } from './precache';
import { MemoryCaches } from './testing';

vi.mock('$service-worker', () => ({
	build: ['/_app/immutable/entry/start.js', '/_app/immutable/nodes/0.js'],
	files: ['/manifest.webmanifest', '/icons/icon 192.png'],
	prerendered: ['/', '/notes'],
	version: 'test'
}));

/** The paths the server was asked for. */
let served: string[];
let storage: MemoryCaches;

beforeEach(() => {
	served = [];
	storage = new MemoryCaches();
	vi.stubGlobal('caches', storage);
	vi.stubGlobal(
		'fetch',
		vi.fn(async (request: Request) => {
			const { pathname } = new URL(request.url);
			served.push(pathname);
			return new Response(`body of ${pathname}`);
		})
	);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

/** The paths this version's cache holds, as the worker looks them up. */
async function cachedPaths(): Promise<string[]> {
	const keys = await (await caches.open(CACHE)).keys();
	return keys.map((request) => decodeURI(new URL(request.url).pathname)).sort();
}

describe('refilling the precache', () => {
	test('a deleted cache gets every precached file back, from the server', async () => {
		await precacheAll();
		await caches.delete(CACHE);
		served = [];

		await refillPrecache();

		expect(await cachedPaths()).toEqual([...PRECACHE].sort());
		expect(served.map(decodeURI).sort()).toEqual([...PRECACHE].sort());
		const cache = await caches.open(CACHE);
		await expect((await cache.match('/_app/immutable/entry/start.js'))?.text()).resolves.toBe(
			'body of /_app/immutable/entry/start.js'
		);
	});

	test('a whole cache is left as it is, without a request', async () => {
		await precacheAll();
		served = [];
		await refillPrecache();
		expect(served).toEqual([]);
	});

	test('only what is missing is fetched again', async () => {
		await precacheAll();
		const cache = await caches.open(CACHE);
		await cache.delete('/_app/immutable/nodes/0.js');
		await cache.delete('/icons/icon%20192.png');
		served = [];

		await refillPrecache();

		expect(served.sort()).toEqual(['/_app/immutable/nodes/0.js', '/icons/icon%20192.png']);
		expect(await cachedPaths()).toEqual([...PRECACHE].sort());
	});

	test('a failed download adds nothing, so a cache never mixes two versions', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async (request: Request) =>
				request.url.endsWith('/nodes/0.js')
					? new Response('Not found', { status: 404 })
					: new Response('ok')
			)
		);
		await expect(refillPrecache()).rejects.toThrow();
		expect(await cachedPaths()).toEqual([]);
	});
});
