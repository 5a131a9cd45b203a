/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { SHARE_TARGET, TAKE_SHARED_TEXT } from '$lib/notes/share-target';
import { deleteOldCaches, precacheAll, refillPrecache } from './precache';
import { respond } from './respond';
import { ShareInbox } from './share-inbox';

const sw = self as unknown as ServiceWorkerGlobalScope;
const shares = new ShareInbox();

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the user chooses to reload, so an edit in
	// progress is never cut off by an update.
	event.waitUntil(precacheAll());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(deleteOldCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('message', (event) => {
	const type = (event.data as { type?: string } | null)?.type;
	if (type === 'SKIP_WAITING') void sw.skipWaiting();
	if (type === TAKE_SHARED_TEXT) event.ports[0]?.postMessage(shares.take());
});

/** One refill at a time, however many pages load at once. */
let refilling: Promise<void> | undefined;

function refill(): Promise<void> {
	// Offline it fails, and the next page load online tries again.
	refilling ??= refillPrecache()
		.catch(() => undefined)
		.finally(() => (refilling = undefined));
	return refilling;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	// The app makes no request to any other origin; the worker only ever answers its own.
	if (url.origin !== sw.location.origin) return;
	if (request.method === 'POST' && url.pathname === SHARE_TARGET) {
		event.respondWith(shares.receive(request, (work) => event.waitUntil(work)));
		return;
	}
	if (request.method !== 'GET') return;
	const response = respond(request, (work) => event.waitUntil(work));
	event.respondWith(response);
	// Every page load checks, once it is answered, that this version's cache is whole.
	if (request.mode === 'navigate') event.waitUntil(response.then(refill, refill));
});
