import { expect, type Page } from '@playwright/test';

/** Passphrases of pages whose vault is on: every full load opens on the lock screen. */
const passphrases = new WeakMap<Page, string>();

/** From now on, `goto` on this page unlocks the lock screen with `passphrase`, as a user would. */
export function unlockAfterLoads(page: Page, passphrase: string): void {
	passphrases.set(page, passphrase);
}

/** The app as a user meets it: pages, the offline switch and the service worker. */
export class AppPage {
	constructor(readonly page: Page) {}

	async goto(path: string): Promise<void> {
		await this.page.goto(path);
		await this.hydrated();
		await this.unlockIfLocked();
	}

	/** Types the passphrase into the lock screen, if the page shows it and one is known. */
	async unlockIfLocked(): Promise<void> {
		const passphrase = passphrases.get(this.page);
		const field = this.page.getByLabel('Passphrase', { exact: true });
		if (!passphrase || !(await field.isVisible())) return;
		await field.fill(passphrase);
		await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await expect(field).toHaveCount(0, { timeout: 30_000 });
	}

	/** Waits until Svelte has taken over the prerendered page (inputs and buttons work). */
	async hydrated(): Promise<void> {
		await expect(this.page.locator('html[data-hydrated]')).toHaveCount(1);
	}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** Waits until a service worker controls the page, so that it will load offline. */
	async waitForOfflineReady(): Promise<void> {
		await expect
			.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null), {
				timeout: 30_000
			})
			.toBe(true);
	}

	async offline(): Promise<void> {
		await this.page.context().setOffline(true);
	}

	async online(): Promise<void> {
		await this.page.context().setOffline(false);
	}

	/** Uses the bottom navigation bar like a user would. */
	async navigate(label: string | RegExp): Promise<void> {
		await this.page
			.getByRole('navigation', { name: /main|principal/i })
			.getByRole('link', { name: label })
			.click();
	}
}
