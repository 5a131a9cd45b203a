import { test as base, expect, type BrowserContext } from '@playwright/test';
import { AppPage } from './app-page';

interface Guard {
	/** Requests that left the page's origin. */
	external: string[];
	/** Content-Security-Policy violations and CSP console errors. */
	csp: string[];
}

/** Watches a context for requests to other origins and for CSP violations. */
export async function guardContext(context: BrowserContext, origin: string): Promise<Guard> {
	const guard: Guard = { external: [], csp: [] };
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) guard.external.push(request.url());
	});
	context.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) guard.csp.push(message.text());
	});
	await context.exposeBinding('__reportCsp', (_source, text: string) => guard.csp.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp;
			report(`${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	return guard;
}

export const test = base.extend<{ app: AppPage; guard: Guard }>({
	guard: [
		async ({ context, baseURL }, use) => {
			const guard = await guardContext(context, new URL(baseURL!).origin);
			await use(guard);
			// Every test doubles as a check that nothing leaves the device and the CSP holds.
			expect(guard.external, 'requests to other origins').toEqual([]);
			expect(guard.csp, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	app: async ({ page }, use) => {
		await use(new AppPage(page));
	}
});

export { expect };
