import { expect, type Page } from '@playwright/test';

/** A passphrase strong enough for the strength check, and the vault screens as a user uses them. */
export const PASSPHRASE = 'maple tugboat velvet quarry 42';

export async function turnLockOn(page: Page, passphrase = PASSPHRASE): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('New passphrase').fill(passphrase);
	await page.getByLabel('Type it again').fill(passphrase);
	await page.getByRole('button', { name: 'Encrypt my records' }).click();
	await expect(page.getByText('Your records are encrypted with your passphrase.')).toBeVisible({
		timeout: 60_000
	});
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export const lockScreen = (page: Page) => page.getByRole('heading', { name: 'Locked' });
