import { warmRoutes } from '$lib/ui/warm-routes';
import { installer } from './install-manager.svelte';
import { requestPersistence } from './storage';
import { updates } from './update-manager.svelte';

/** The app's background services, started once per page load, just after the first paint. */
export function startServices(installOffer?: Event): void {
	void updates.start();
	installer.start(installOffer);
	void requestPersistence();
	warmRoutes();
	// A newer version is looked for when the app comes back to the front (and on navigation,
	// see AppBanners).
	const checkWhenBack = () => {
		if (document.visibilityState === 'visible') void updates.check();
	};
	document.addEventListener('visibilitychange', checkWhenBack);
	addEventListener('focus', checkWhenBack);
}
