import { describe, expect, test } from 'vitest';
import { decode } from './codec';
import { settingsRecord } from './settings-record';
import { RecordStore, stamp } from './store.svelte';
import { loaded, useTestDatabase } from './testing';

interface Prefs {
	colour: string;
	size: number;
	tags: string[];
}

const db = useTestDatabase();
const defaults: Prefs = { colour: 'red', size: 1, tags: [] };

async function storedRows() {
	const rows = await db().records.where('kind').equals('settings').toArray();
	return Promise.all(rows.map((row) => decode(row)));
}

describe('a settings record', () => {
	test('reads defaults until changed, then keeps every change in one record', async () => {
		const prefs = settingsRecord('prefs', defaults);
		expect(await loaded(() => prefs.get())).toEqual(defaults);
		expect(await prefs.update((p) => ({ ...p, colour: 'blue' }))).toEqual({
			...defaults,
			colour: 'blue'
		});
		await prefs.update((p) => ({ ...p, size: p.size + 1 }));
		expect(prefs.get()).toEqual({ colour: 'blue', size: 2, tags: [] });
		expect(await prefs.read()).toBe(prefs.get());
		const rows = await storedRows();
		expect(rows.map((row) => [row.id, row.data])).toEqual([
			['prefs', { colour: 'blue', size: 2, tags: [] }]
		]);
	});

	test('fills in defaults a record saved by an older version lacks', async () => {
		const older = settingsRecord<Partial<Prefs>>('prefs', {});
		await older.update(() => ({ colour: 'green' }));
		const prefs = settingsRecord('prefs', defaults);
		expect(await prefs.read()).toEqual({ colour: 'green', size: 1, tags: [] });
	});

	test('two first changes at once both land in one record', async () => {
		const prefs = settingsRecord('prefs', defaults);
		await Promise.all([
			prefs.update((p) => ({ ...p, colour: 'blue' })),
			prefs.update((p) => ({ ...p, tags: [...p.tags, 'x'] }))
		]);
		expect(await prefs.read()).toEqual({ colour: 'blue', size: 1, tags: ['x'] });
		expect(await storedRows()).toHaveLength(1);
	});

	test('when another tab made the record first, the change goes on top of theirs', async () => {
		const prefs = settingsRecord('prefs', defaults);
		expect(await prefs.read()).toEqual(defaults);
		// The other tab writes the record before this tab hears of it.
		const otherTab = new RecordStore();
		await otherTab.load('settings');
		await otherTab.create(stamp('settings', { ...defaults, size: 5 }, { id: 'prefs' }));
		await prefs.update((p) => ({ ...p, tags: [...p.tags, 'mine'] }));
		const rows = await storedRows();
		expect(rows.map((row) => row.data)).toEqual([{ colour: 'red', size: 5, tags: ['mine'] }]);
		expect(prefs.get()).toEqual({ colour: 'red', size: 5, tags: ['mine'] });
		otherTab.reset();
	});
});
