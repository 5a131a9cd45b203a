import { expect, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Settings → Backup and restore, as a user works it. */
export class BackupPage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	async open(): Promise<void> {
		await this.goto('/settings/backup');
	}

	/** Makes an encrypted backup and saves the downloaded file at `path`. */
	async backUp(passphrase: string, path: string): Promise<void> {
		await this.page.getByLabel('Passphrase for the file').fill(passphrase);
		await this.page.getByLabel('Passphrase again').fill(passphrase);
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: 'Back up', exact: true }).click();
		await (await download).saveAs(path);
		await expect(this.page.getByTestId('backup-made')).toBeVisible();
	}

	/** Reads a file up to the preview (or a problem). */
	async read(path: string, passphrase: string): Promise<void> {
		await this.page.getByLabel('Choose the backup file').setInputFiles(path);
		await this.page.getByLabel('Passphrase of the file').fill(passphrase);
		await this.page.getByRole('button', { name: 'Read the file' }).click();
	}

	preview() {
		return this.page.getByTestId('restore-preview');
	}

	problem() {
		return this.page.getByRole('alert');
	}

	async restore(mode: 'replace' | 'merge' = 'replace'): Promise<void> {
		await this.page
			.getByRole('radio', { name: mode === 'replace' ? /Replace everything/ : /Merge/ })
			.check();
		await this.page.getByRole('button', { name: 'Restore', exact: true }).click();
		await expect(this.page.getByTestId('restore-done')).toBeVisible();
	}
}

/**
 * Deletes the app's data from a page that runs none of the app's code: every generation's
 * Storage Bucket (src/lib/db/storage-area.ts) and the pre-vault database.
 */
export async function eraseEverything(page: Page): Promise<void> {
	await page.goto('/manifest.webmanifest');
	await page.evaluate(async () => {
		type Buckets = { keys(): Promise<string[]>; delete(name: string): Promise<void> };
		const buckets = (navigator as unknown as { storageBuckets: Buckets }).storageBuckets;
		for (const name of await buckets.keys()) {
			if (name.startsWith('rank-and-file-')) await buckets.delete(name);
		}
		await new Promise<void>((done, fail) => {
			const request = indexedDB.deleteDatabase('rank-and-file');
			request.onsuccess = () => done();
			request.onerror = () => fail(request.error);
		});
	});
}
