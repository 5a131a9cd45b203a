import { getLocale } from '$lib/paraglide/runtime';
import { installer } from './install-manager.svelte';
import { requestPersistence } from './storage';
import { updates } from './update-manager.svelte';

/** Starts what the app needs once per page load in the browser; returns the clean-up. */
export function startApp(): () => void {
	// Pages are prerendered in English; the device's language is applied here (see vite.config).
	document.documentElement.lang = getLocale();
	void updates.start();
	installer.start();
	void requestPersistence();
	// Lets tests (and styles) tell a prerendered page from a working one.
	document.documentElement.dataset.hydrated = '';

	const checkWhenBack = () => {
		if (document.visibilityState === 'visible') void updates.check();
	};
	document.addEventListener('visibilitychange', checkWhenBack);
	addEventListener('focus', checkWhenBack);
	return () => {
		document.removeEventListener('visibilitychange', checkWhenBack);
		removeEventListener('focus', checkWhenBack);
	};
}
