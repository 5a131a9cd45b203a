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

/** Preloads the hurried screens' code once the page is idle. */
export function warmRoutes(): void {
	const warm = () => void Promise.all(HURRIED.map((path) => preloadCode(path))).catch(() => {});
	// Safari has no idle callbacks: a second after the first paint will do.
	if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 5000 });
	else setTimeout(warm, 1000);
}
