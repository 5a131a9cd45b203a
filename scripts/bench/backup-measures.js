// Backup and restore of 10,000 notes + 2,000 contacts through the app's own screens, in
// Chromium at full CPU speed, with the scrypt time listed apart; and the QR code version a
// 30-item checklist needs. Times are taken from the bench's side of the page (Node), from the
// tap to what the screen shows: a download, the preview, "Restored and checked".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devices } from '@playwright/test';
import { Encrypter } from 'age-encryption';
import { appDatabaseMade, seed } from './seed-data.js';

const PASSPHRASE = 'bench lantern orbit maple';

const hydrated = (page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

/** The scrypt work factor an age file's header asks for. */
function workFactorOf(file) {
	const match = /-> scrypt \S+ (\d+)\n/.exec(readFileSync(file).subarray(0, 300).toString());
	return match ? Number(match[1]) : undefined;
}

/** scrypt alone at a work factor: an empty file sealed with the same library the app uses. */
async function scryptMs(workFactor) {
	const encrypter = new Encrypter();
	encrypter.setScryptWorkFactor(workFactor);
	encrypter.setPassphrase(PASSPHRASE);
	const started = performance.now();
	await encrypter.encrypt(new Uint8Array(0));
	return performance.now() - started;
}

/** Deletes every generation of the app's data (Storage Buckets) and the pre-bucket database. */
async function erase(page, origin) {
	await page.goto(`${origin}/blank.html`);
	await page.evaluate(async () => {
		for (const name of await navigator.storageBuckets.keys()) {
			await navigator.storageBuckets.delete(name);
		}
		await new Promise((done, fail) => {
			const request = indexedDB.deleteDatabase('rank-and-file');
			request.onsuccess = done;
			request.onerror = () => fail(request.error);
		});
	});
}

/** One run: back up, erase, read the file, restore. */
export async function backupAndRestore(browser, origin, rows, outDir, run) {
	const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'en-US' });
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/notes`);
		await hydrated(page);
		await appDatabaseMade(page);
		await seed(page, rows);
		await page.goto(`${origin}/settings/backup`);
		await hydrated(page);
		await page.getByLabel('Passphrase for the file').fill(PASSPHRASE);
		await page.getByLabel('Passphrase again').fill(PASSPHRASE);
		const download = page.waitForEvent('download', { timeout: 300_000 });
		let started = performance.now();
		await page.getByRole('button', { name: 'Back up', exact: true }).click();
		const file = join(outDir, `bench-backup-${run}.age`);
		await (await download).saveAs(file);
		const backupMs = performance.now() - started;

		await erase(page, origin);
		await page.goto(`${origin}/settings/backup`);
		await hydrated(page);
		await page.getByLabel('Choose the backup file').setInputFiles(file);
		await page.getByLabel('Passphrase of the file').fill(PASSPHRASE);
		started = performance.now();
		await page.getByRole('button', { name: 'Read the file' }).click();
		await page.getByTestId('restore-preview').waitFor({ timeout: 300_000 });
		const readMs = performance.now() - started;
		started = performance.now();
		await page.getByRole('button', { name: 'Restore', exact: true }).click();
		await page.getByTestId('restore-done').waitFor({ timeout: 300_000 });
		const writeMs = performance.now() - started;

		const workFactor = workFactorOf(file);
		const scrypt = await scryptMs(workFactor);
		return { backupMs, readMs, writeMs, scrypt, workFactor };
	} finally {
		await context.close();
	}
}

/** The QR code version the share screen shows for a checklist of 30 typed items. */
export async function qrVersionOf30Items(browser, origin) {
	const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'en-US' });
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/notes`);
		await hydrated(page);
		await appDatabaseMade(page);
		const data = {
			title: 'Walkout prep',
			archived: false,
			items: Array.from({ length: 30 }, (_, i) => ({
				id: `item-${i}`,
				title: `Step ${i + 1}: talk to the crew on line ${i + 1}`,
				done: i % 3 === 0,
				note: i % 5 === 0 ? 'asked twice' : ''
			}))
		};
		const row = { id: 'bench-30', kind: 'checklist', createdAt: 1, updatedAt: 1, codec: 'json1' };
		await seed(page, [{ ...row, body: JSON.stringify(data) }]);
		await page.goto(`${origin}/share?thing=checklist&id=bench-30`);
		await hydrated(page);
		await page.getByRole('button', { name: 'Show as a QR code' }).click();
		const width = await page
			.getByTestId('share-qr')
			.evaluate(async (img) => (await img.decode(), img.naturalWidth));
		// The share screen draws 6 pixels a module with a 4-module quiet zone.
		const modules = width / 6 - 8;
		return (modules - 17) / 4;
	} finally {
		await context.close();
	}
}
