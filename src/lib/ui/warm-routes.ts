import { preloadCode } from '$app/navigation';

/**
 * The screens people open in a hurry: the four areas and the lists behind them. Their code is
 * fetched (from the service worker's cache) and run while the app is idle, so that a tap on one
 * only has its records to show.
 */
const HURRIED = [
	'/notes',
	'/rapid-response',
	'/rapid-response/alert',
	'/rapid-response/contacts',
	'/rapid-response/incidents',
	'/strike-school',
	'/resolutions'
];

/** Resolves when the page is idle (after a second on browsers without idle callbacks: Safari). */
function idle(): Promise<void> {
	return new Promise((resume) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resume(), { timeout: 5000 });
		else setTimeout(resume, 1000);
	});
}

/**
 * Preloads the hurried screens' code, one screen per idle moment: all at once, adding their
 * hundreds of modules to the page would make one long task a tap could wait behind.
 */
export function warmRoutes(): void {
	void (async () => {
		for (const path of HURRIED) {
			await idle();
			await preloadCode(path).catch(() => {});
		}
	})();
}
