import { test, expect } from './support/fixtures';
import { NotesPage } from './support/notes-page';
import v1Rows from '../src/lib/db/fixtures/v1-records.json' with { type: 'json' };

test('two tabs see each other’s writes', async ({ context }) => {
	const first = new NotesPage(await context.newPage());
	const second = new NotesPage(await context.newPage());
	await first.goto('/notes');
	await second.goto('/notes');

	await first.create('Written in the first tab');
	await expect(second.listItem('Written in the first tab')).toBeVisible();

	await second.create('Written in the second tab');
	await first.goto('/notes');
	await expect(first.listItem('Written in the second tab')).toBeVisible();
});

test('Settings shows whether storage is protected and how much is used', async ({ page, app }) => {
	await app.goto('/settings');
	await expect(page.getByTestId('storage-persistence')).toHaveText(/protected/i);
	await expect(page.getByTestId('storage-usage')).toHaveText(/^Using .+ of about .+ available\.$/);
});

test('a database written by the first schema version is upgraded with every record kept', async ({
	page,
	app
}) => {
	// Any same-origin URL that runs none of the app's code: the app must not open the database
	// before the old one exists.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(async (rows) => {
		await new Promise<void>((resolve, reject) => {
			// Dexie stores schema version 1 as IndexedDB version 10.
			const request = indexedDB.open('rank-and-file', 10);
			request.onupgradeneeded = () => {
				const store = request.result.createObjectStore('records', { keyPath: 'id' });
				for (const index of ['kind', 'parentId', 'updatedAt']) store.createIndex(index, index);
			};
			request.onsuccess = () => {
				const tx = request.result.transaction('records', 'readwrite');
				for (const row of rows) tx.objectStore('records').add(row);
				tx.oncomplete = () => {
					request.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
			request.onerror = () => reject(request.error);
		});
	}, v1Rows);

	await app.goto('/notes');
	await expect(page.getByRole('link', { name: /Meeting Tuesday/ })).toBeVisible();
	const kept = await page.evaluate(
		() =>
			new Promise<{ count: number; codecs: string[] }>((resolve) => {
				const request = indexedDB.open('rank-and-file');
				request.onsuccess = () => {
					const all = request.result.transaction('records').objectStore('records').getAll();
					all.onsuccess = () =>
						resolve({
							count: all.result.length,
							codecs: [...new Set(all.result.map((r: { codec: string }) => r.codec))]
						});
				};
			})
	);
	expect(kept).toEqual({ count: v1Rows.length, codecs: ['json1'] });
});
