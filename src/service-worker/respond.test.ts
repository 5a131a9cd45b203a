// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CACHE } from './precache';
import { respond, storable } from './respond';
import { MemoryCaches } from './testing';

vi.mock('$service-worker', () => ({ build: [], files: [], prerendered: [], version: 'test' }));

let online: boolean;
/** The cache writes the worker keeps itself alive for. */
let kept: Promise<unknown>[];

beforeEach(() => {
	online = true;
	kept = [];
	vi.stubGlobal('caches', new MemoryCaches());
	vi.stubGlobal(
		'fetch',
		vi.fn(async (request: Request) => {
			if (!online) throw new TypeError('Failed to fetch');
			return new Response(`network ${new URL(request.url).pathname}`);
		})
	);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

const keepAlive = (work: Promise<unknown>) => void kept.push(work);

/** A page load as the worker sees it (a Request cannot be made with mode `navigate`). */
function navigation(path: string): Request {
	const request = new Request(path);
	Object.defineProperty(request, 'mode', { value: 'navigate' });
	return request;
}

async function cached(path: string): Promise<string | undefined> {
	return (await (await caches.open(CACHE)).match(path))?.text();
}

describe('answers from the network are kept', () => {
	test('a file the cache lacks is kept, and served from the cache offline', async () => {
		const response = await respond(new Request('/_app/immutable/nodes/3.js'), keepAlive);
		expect(await response.text()).toBe('network /_app/immutable/nodes/3.js');
		await Promise.all(kept);
		expect(await cached('/_app/immutable/nodes/3.js')).toBe('network /_app/immutable/nodes/3.js');

		online = false;
		const again = await respond(new Request('/_app/immutable/nodes/3.js'), keepAlive);
		expect(await again.text()).toBe('network /_app/immutable/nodes/3.js');
	});

	test('a page is kept under its path, without the query string', async () => {
		await respond(navigation('/notes/edit?id=42'), keepAlive);
		await Promise.all(kept);
		expect(await cached('/notes/edit')).toBe('network /notes/edit');

		online = false;
		const again = await respond(navigation('/notes/edit?id=7'), keepAlive);
		expect(await again.text()).toBe('network /notes/edit');
	});

	test('an error is passed on and not kept', async () => {
		vi.stubGlobal('fetch', async () => new Response('Server error', { status: 500 }));
		const response = await respond(new Request('/notes'), keepAlive);
		expect(response.status).toBe(500);
		expect(kept).toEqual([]);
		expect(await cached('/notes')).toBeUndefined();
	});
});

describe('what can be kept', () => {
	const ok = { status: 200, type: 'basic', redirected: false } as const;
	const request = (headers: HeadersInit = {}) => new Request('/notes', { headers });

	test('a whole answer of the app’s own', () => {
		expect(storable(request(), ok)).toBe(true);
	});

	test.each([
		['an error', { ...ok, status: 404 }],
		['a server error', { ...ok, status: 503 }],
		['a part of a file', { ...ok, status: 206 }],
		['another origin’s answer, unreadable', { ...ok, status: 0, type: 'opaque' as const }],
		['another origin’s answer, readable', { ...ok, type: 'cors' as const }],
		['a redirected answer', { ...ok, redirected: true }]
	])('never %s', (_name, response) => {
		expect(storable(request(), response)).toBe(false);
	});

	test.each([
		['a range', { range: 'bytes=0-99' }],
		['a fresh copy (Kit’s check for a new version)', { 'cache-control': 'no-cache' }],
		['an answer kept nowhere', { 'cache-control': 'no-store' }]
	])('never the answer to a request for %s', (_name, headers) => {
		expect(storable(request(headers), ok)).toBe(false);
	});
});
