import { getLocale } from '$lib/paraglide/runtime';

/**
 * Starts what the app needs once per page load in the browser. Only what the first paint needs
 * runs here: the service worker, the install prompt and storage persistence start from a module
 * loaded just after, so that no page carries their code in its first load.
 */
export function startApp(): void {
	// Pages are prerendered in English; the device's language is applied here (see vite.config).
	document.documentElement.lang = getLocale();
	// Lets tests (and styles) tell a prerendered page from a working one.
	document.documentElement.dataset.hydrated = '';
	// Chromium may offer installing before the services have loaded: the offer waits for them.
	let installOffer: Event | undefined;
	const keepOffer = (event: Event) => {
		event.preventDefault();
		installOffer = event;
	};
	addEventListener('beforeinstallprompt', keepOffer);
	void import('./services')
		.then(({ startServices }) => {
			removeEventListener('beforeinstallprompt', keepOffer);
			startServices(installOffer);
		})
		// The module could not be loaded: the next page load starts them.
		.catch(() => {});
}
