/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { deleteOldCaches, precacheAll } from './precache';
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

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	// The app makes no request to any other origin; the worker only ever answers its own.
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
