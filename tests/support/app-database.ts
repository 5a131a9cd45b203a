import type { JSHandle, Page } from '@playwright/test';
import { openAppDatabase as openInPage } from './open-app-database.js';

/** The app's current database, opened raw in the page (see open-app-database.js). */
export function openAppDatabase(page: Page): Promise<JSHandle<IDBDatabase>> {
	return page.evaluateHandle(openInPage as () => Promise<IDBDatabase>);
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

/** Plain note rows as the app stores them, newest first: `note-0000` is the newest. */
export function noteRows(
	count: number,
	data: (i: number) => Record<string, unknown> = () => ({})
): Record<string, unknown>[] {
	const now = Date.now();
	return Array.from({ length: count }, (_, i) => ({
		id: `note-${String(i).padStart(4, '0')}`,
		kind: 'note',
		createdAt: now - i,
		updatedAt: now - i,
		codec: 'json1',
		body: JSON.stringify({
			text: `Seeded note ${i}`,
			tags: [],
			pinned: false,
			archived: false,
			links: [],
			...data(i)
		})
	}));
}
