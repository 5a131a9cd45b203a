import { openAppDatabase } from './app-database';
import type { Page } from '@playwright/test';

/** A stored row as the app keeps it (src/lib/db/schema.ts), plain JSON (codec json1). */
export interface Row {
	id: string;
	kind: string;
	parentId?: string;
	createdAt: number;
	updatedAt: number;
	codec: string;
	body: string;
}

const row = (id: string, kind: string, data: unknown, parentId?: string): Row => ({
	id,
	kind,
	createdAt: 1_760_000_000_000,
	updatedAt: 1_760_000_000_000 + id.length,
	codec: 'json1',
	body: JSON.stringify(data),
	...(parentId ? { parentId } : {})
});

/** One record of every kind, each with text a test can look for. */
export function everyArea(): Row[] {
	return [
		row('note-1', 'note', {
			text: '# Backup note\nShift meeting at the hall ‏עברית‎ 👩🏽‍🔧',
			tags: ['backup'],
			pinned: false,
			archived: false
		}),
		row('checklist-1', 'checklist', {
			title: 'Backup checklist',
			items: [{ id: 'item-1', title: 'Map the shop floor', done: true, note: 'done Tuesday' }],
			archived: false
		}),
		row('group-1', 'contact-group', { name: 'Backup group' }),
		row('contact-1', 'contact', {
			name: 'Rosa Backup',
			phones: [],
			emails: [],
			roles: [],
			languages: [],
			groupIds: ['group-1']
		}),
		row(
			'tree-1',
			'phone-tree',
			{
				groupId: 'group-1',
				fanOut: 3,
				tree: {
					rootId: 'self',
					nodes: [
						{ callerId: 'self', calleeIds: ['contact-1'] },
						{ callerId: 'contact-1', calleeIds: [] }
					]
				}
			},
			'group-1'
		),
		row('incident-1', 'incident', {
			occurredAt: 1_760_000_000_000,
			place: 'Backup Street',
			agents: 2,
			vehicles: 1,
			plates: '',
			agency: '',
			whatHappened: 'Seen near the school',
			witnesses: '',
			followUp: ''
		}),
		row('settings-1', 'settings', { legalGroupName: 'Backup legal group' })
	];
}

/** Runs in the page: raw IndexedDB, the database the app uses now. */
async function onRecords<T>(page: Page, rows: Row[] | null): Promise<T> {
	const handle = await openAppDatabase(page);
	return page.evaluate(
		async ({ db, rows }) => {
			try {
				const tx = db.transaction('records', rows ? 'readwrite' : 'readonly');
				const store = tx.objectStore('records');
				const all = rows ? undefined : store.getAll();
				for (const row of rows ?? []) store.put(row);
				await new Promise((done, fail) => {
					tx.oncomplete = done;
					tx.onerror = () => fail(tx.error);
				});
				return (all?.result ?? null) as T;
			} finally {
				db.close();
			}
		},
		{ db: handle, rows }
	);
}

/** Stores rows straight into the app's database (the app must have created it). */
export const storeRows = (page: Page, rows: Row[]) => onRecords<null>(page, rows);

/** Every user record as stored, sorted by id. */
export async function userRows(page: Page): Promise<Row[]> {
	const rows = await onRecords<Row[]>(page, null);
	// The search index and the lists' saved first screens are the app's own, not user records.
	const own = new Set(['search-index', 'first-screen']);
	return rows.filter((r) => !own.has(r.kind)).sort((a, b) => (a.id < b.id ? -1 : 1));
}
