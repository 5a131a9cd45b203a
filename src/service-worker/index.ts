/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { deleteOldCaches, precacheAll, refillPrecache } from './precache';
import { respond } from './respond';

const sw = self as unknown as ServiceWorkerGlobalScope;

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the user chooses to reload, so an edit in
	// progress is never cut off by an update.
	event.waitUntil(precacheAll());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(deleteOldCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
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
	// The app makes no request to any other origin; the worker only ever answers its own.
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	const response = respond(request, (work) => event.waitUntil(work));
	event.respondWith(response);
	// Every page load checks, once it is answered, that this version's cache is whole.
	if (request.mode === 'navigate') event.waitUntil(response.then(refill, refill));
});
