/**
 * Text shared into the app from another app's share sheet. The manifest's share_target POSTs it
 * to SHARE_TARGET; the service worker keeps it in memory and answers with a redirect to
 * SHARED_PAGE, an address with no user text in it (the browser keeps every address on disk, in
 * History and the saved session). That page then takes the text from the worker, once.
 */
export const SHARE_TARGET = '/notes/new';
export const SHARED_PAGE = '/notes/new?shared=1';
/** The page's message asking the worker for the text, with a port for the answer. */
export const TAKE_SHARED_TEXT = 'TAKE_SHARED_TEXT';

export interface SharedText {
	title: string | null;
	text: string | null;
	url: string | null;
}

/**
 * How long the page waits for an answer. A worker from before the share target was a POST does
 * not answer at all, and a new note must not wait for it forever.
 */
const ANSWER_WAIT_MS = 3000;

/**
 * Takes the text the worker holds for this page, or null when there is none: nothing was shared,
 * it was taken already, or the page has no worker. The share target only exists for the
 * installed app, whose worker is active and so controls every page the share opens; a page it
 * does not control (a hard reload, a browser that never ran the worker) has nothing to take.
 */
export function takeSharedText(): Promise<SharedText | null> {
	const worker = navigator.serviceWorker?.controller;
	if (!worker) return Promise.resolve(null);
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => finish(null), ANSWER_WAIT_MS);
		function finish(shared: SharedText | null) {
			clearTimeout(timer);
			channel.port1.close();
			resolve(shared);
		}
		channel.port1.onmessage = (event: MessageEvent<SharedText | null>) => finish(event.data);
		worker.postMessage({ type: TAKE_SHARED_TEXT }, [channel.port2]);
	});
}
