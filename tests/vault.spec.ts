import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { putStoredRows, storedRows, vaultHeader } from './support/app-database';
import { NotesPage } from './support/notes-page';

const PASSPHRASE = 'maple tugboat velvet quarry 42';

async function turnLockOn(page: Page, passphrase = PASSPHRASE): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('New passphrase').fill(passphrase);
	await page.getByLabel('Type it again').fill(passphrase);
	await page.getByRole('button', { name: 'Encrypt my records' }).click();
	await expect(page.getByText('Your records are encrypted with your passphrase.')).toBeVisible({
		timeout: 30_000
	});
}

async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
	await page.getByLabel('Passphrase').fill(passphrase);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

const lockScreen = (page: Page) => page.getByRole('heading', { name: 'Locked' });

test('the lock encrypts every record, locks and opens again only with the passphrase', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.create('Safe house on Ashland\nAsk for Rosa');
	await turnLockOn(page);

	const rows = await storedRows(page);
	expect(rows.length).toBeGreaterThan(0);
	expect(rows.every((row) => row.codec === 'aes1')).toBe(true);
	expect(JSON.stringify(rows)).not.toContain('Ashland');

	// A reload locks; moving around inside the app does not.
	await notes.navigate('Notes');
	await expect(page.getByText('Safe house on Ashland')).toBeVisible();
	await page.getByRole('button', { name: 'Lock now' }).first().click();
	await expect(lockScreen(page)).toBeVisible();
	expect(await page.content()).not.toContain('Ashland');

	await unlock(page, 'maple tugboat velvet quarry 43');
	await expect(page.getByRole('alert')).toContainText('did not open your records');
	await unlock(page);
	await expect(page.getByText('Safe house on Ashland')).toBeVisible();
});
