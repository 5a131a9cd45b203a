import type { Workbox } from 'workbox-window';
import { dev } from '$app/environment';
// Not from $lib/db: that would pull Dexie into every page's first load.
import { flushPendingWrites } from '$lib/db/pending-writes';

/**
 * Registers the service worker and tells the app when a new version is waiting.
 * A new version never takes over on its own: the user chooses when to reload, after every
 * pending edit has been saved.
 */
class UpdateManager {
	/** A new version is installed and waiting for the user's Reload. */
	updateReady = $state(false);
	/** The page is controlled by a worker, so it will load with no network. */
	offlineReady = $state(false);
	applying = $state(false);

	#workbox: Workbox | undefined;
	#checking: Promise<void> | undefined;

	async start(): Promise<void> {
		if (this.#workbox || !('serviceWorker' in navigator)) return;
		// Loaded in the browser only: the package has no server-side build, and start-up needs
		// nothing from it before the first paint.
		const { Workbox } = await import('workbox-window');
		// Kit builds the worker as a classic script, but serves it as a module in `vite dev`.
		const workbox = new Workbox('/service-worker.js', { type: dev ? 'module' : 'classic' });
		workbox.addEventListener('waiting', () => (this.updateReady = true));
		workbox.addEventListener('controlling', () => {
			if (this.applying) location.reload();
		});
		workbox.addEventListener('activated', () => (this.offlineReady = true));
		this.offlineReady = navigator.serviceWorker.controller !== null;
		this.#workbox = workbox;
		void workbox.register();
	}

	/**
	 * Asks the server for a newer worker (on navigation and when the app regains focus). The
	 * request is one small, revalidated file; checks already under way are not repeated.
	 */
	check(): Promise<void> {
		const workbox = this.#workbox;
		if (!workbox) return Promise.resolve();
		this.#checking ??= workbox
			.update()
			.catch(() => {
				// Offline or the server is unreachable: the next navigation tries again.
			})
			.finally(() => (this.#checking = undefined));
		return this.#checking;
	}

	/** Saves every pending edit, then lets the waiting version take over and reloads. */
	async apply(): Promise<void> {
		if (!this.#workbox || this.applying) return;
		this.applying = true;
		await flushPendingWrites();
		this.#workbox.messageSkipWaiting();
	}
}

export const updates = new UpdateManager();
