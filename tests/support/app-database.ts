import type { JSHandle, Page } from '@playwright/test';

/**
 * The app's current database, opened raw in the page, as an attacker (or a test) reads it: the
 * newest generation's Storage Bucket (src/lib/db/storage-area.ts), or the pre-vault database.
 */
export function openAppDatabase(page: Page): Promise<JSHandle<IDBDatabase>> {
	return page.evaluateHandle(async () => {
		type Buckets = {
			keys(): Promise<string[]>;
			open(name: string): Promise<{ indexedDB: IDBFactory }>;
		};
		const buckets = (navigator as unknown as { storageBuckets: Buckets }).storageBuckets;
		const generation = (name: string) => Number(/^rank-and-file-(\d+)$/.exec(name)?.[1] ?? -1);
		const newest = (await buckets.keys()).sort((a, b) => generation(b) - generation(a))[0];
		const usable = newest !== undefined && generation(newest) > 0;
		const factory = usable ? (await buckets.open(newest)).indexedDB : indexedDB;
		return new Promise<IDBDatabase>((resolve, reject) => {
			const request = factory.open(usable ? newest : 'rank-and-file');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	});
}

/** Every row of the app's records table, as stored. */
export async function storedRows(page: Page): Promise<Record<string, unknown>[]> {
	const db = await openAppDatabase(page);
	try {
		return await page.evaluate(
			(db) =>
				new Promise<Record<string, unknown>[]>((resolve, reject) => {
					const request = db.transaction('records').objectStore('records').getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				}),
			db
		);
	} finally {
		await page.evaluate((db) => db.close(), db);
	}
}

/** Writes rows into the app's records table as they are (tampering, as an attacker would). */
export async function putStoredRows(page: Page, rows: Record<string, unknown>[]): Promise<void> {
	const db = await openAppDatabase(page);
	await page.evaluate(
		async ({ db, rows }) => {
			const tx = db.transaction('records', 'readwrite');
			for (const row of rows) tx.objectStore('records').put(row);
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ db, rows }
	);
}

/** Reads or replaces the vault header row as stored. */
export async function vaultHeader(page: Page, replace?: unknown): Promise<unknown> {
	const db = await openAppDatabase(page);
	return page.evaluate(
		async ({ db, replace }) => {
			const tx = db.transaction('vault', 'readwrite');
			const store = tx.objectStore('vault');
			if (replace !== undefined) store.put({ id: 'header', value: replace });
			const request = store.get('header');
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
			return (request.result as { value: unknown } | undefined)?.value;
		},
		{ db, replace }
	);
}
