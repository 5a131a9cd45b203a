import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import v1Rows from './fixtures/v1-records.json';
import { decode } from './codec';
import { collection } from './collection';
import { AppDatabase, findStorage, openGeneration, useDatabaseForTesting, write } from './database';
import { areaName, generationsOnDisk } from './storage-area';
import { StorageFullError } from './errors';
import { keyring } from './keyring';
import { flushPendingWrites, registerFlusher } from './pending-writes';
import { schemaHistory, type StoredRecord } from './schema';
import { LATEST_VERSION } from './schema-version';
import { storageHealth } from './storage-health.svelte';
import { recordStore } from './store.svelte';
import { loaded } from './testing';

interface NoteData {
	title: string;
	text: string;
}

let name: string;
let db: AppDatabase;
let handedOver: number;

beforeEach(() => {
	name = `test-${crypto.randomUUID()}`;
	db = new AppDatabase(name);
	handedOver = 0;
	useDatabaseForTesting(db, () => handedOver++);
	keyring.usePlain();
	recordStore.reset();
	storageHealth.problem = null;
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

describe('collection', () => {
	const notes = collection<NoteData>('note');

	test('creates, lists newest first, updates and removes with undo', async () => {
		const first = await notes.create({ title: 'one', text: 'a' });
		const second = await notes.create({ title: 'two', text: 'b' });
		await notes.update(first.id, (d) => ({ ...d, text: 'changed' }));

		const listed = await loaded(() => notes.list());
		expect(listed.map((n) => n.data.title)).toEqual(['one', 'two']);
		expect(listed[0]!.data.text).toBe('changed');

		const removed = await notes.remove(second.id);
		expect(notes.get(second.id)).toBeNull();
		await notes.restore(removed!);
		recordStore.reset();
		expect((await loaded(() => notes.get(second.id)))?.data).toEqual({ title: 'two', text: 'b' });
	});

	test('keeps kinds apart', async () => {
		await notes.create({ title: 'n', text: '' });
		await collection<{ name: string }>('contact').create({ name: 'c' });
		expect(await loaded(() => notes.list())).toHaveLength(1);
	});

	test('applies concurrent updates to one record in order', async () => {
		const made = await notes.create({ title: '', text: '' });
		await Promise.all(
			['a', 'b', 'c', 'd'].map((letter) =>
				notes.update(made.id, (d) => ({ ...d, text: d.text + letter }))
			)
		);
		expect(notes.get(made.id)?.data.text).toBe('abcd');
		recordStore.reset();
		expect((await loaded(() => notes.get(made.id)))?.data.text).toBe('abcd');
	});

	test('stores the body only through the codec: no user text in an indexed field', async () => {
		const made = await notes.create({ title: 'secret title', text: 'secret text' });
		const row = (await db.records.get(made.id)) as StoredRecord;
		expect(Object.keys(row).sort()).toEqual(
			['body', 'codec', 'createdAt', 'id', 'kind', 'updatedAt'].sort()
		);
		expect((await decode<NoteData>(row)).data.title).toBe('secret title');
	});

	test('createMany is all or nothing', async () => {
		const existing = await notes.create({ title: 'keep', text: '' });
		// A duplicate key in the batch makes the whole import fail.
		const failing = db.transaction('rw', db.records, async () => {
			await db.records.bulkAdd([
				{ ...(await db.records.get(existing.id))!, id: 'new-1' },
				{ ...(await db.records.get(existing.id))! }
			]);
		});
		await expect(failing).rejects.toThrow();
		expect(await loaded(() => notes.list())).toHaveLength(1);
	});
});

describe('resilience', () => {
	test('a closed connection is reopened and the write is kept', async () => {
		const notes = collection<NoteData>('note');
		await notes.create({ title: 'before', text: '' });
		db.close();
		const made = await notes.create({ title: 'after close', text: '' });
		recordStore.reset();
		expect((await loaded(() => notes.get(made.id)))?.data.title).toBe('after close');
	});

	test('a full disk is reported and surfaces as StorageFullError', async () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		await expect(write(() => Promise.reject(quota))).rejects.toBeInstanceOf(StorageFullError);
		expect(storageHealth.problem).toBe('full');
		await write(() => Promise.resolve());
		expect(storageHealth.problem).toBeNull();
	});

	test('another tab upgrading: pending edits are saved, then the tab lets go', async () => {
		const notes = collection<NoteData>('note');
		const made = await notes.create({ title: 'draft', text: '' });
		let typed = 'half-typed';
		registerFlusher(() => notes.update(made.id, (d) => ({ ...d, text: typed })).then(() => {}));

		const newer = new Dexie(name);
		newer.version(LATEST_VERSION + 1).stores({ records: 'id, kind', extra: 'id' });
		await newer.open();
		expect(handedOver).toBe(1);
		const row = await newer.table('records').get(made.id);
		expect(JSON.parse(row.body).text).toBe('half-typed');
		typed = '';
		newer.close();
	});

	test('flushPendingWrites waits for writes under way', async () => {
		let done = false;
		void write(async () => {
			await new Promise((r) => setTimeout(r, 20));
			done = true;
		});
		await flushPendingWrites();
		expect(done).toBe(true);
	});
});

describe('schema upgrades', () => {
	test('the version every page checks at start is the last of the schema history', () => {
		expect(schemaHistory.at(-1)?.version).toBe(LATEST_VERSION);
	});

	test('a v1 database keeps every record through the upgrade to the latest version', async () => {
		db.close();
		await Dexie.delete(name);
		const v1 = new AppDatabase(name, { upToVersion: 1 });
		await v1.table('records').bulkAdd(v1Rows);
		v1.close();

		const latest = new AppDatabase(name);
		useDatabaseForTesting(latest);
		recordStore.reset();
		db = latest;
		const rows = await latest.records.toArray();
		expect(rows).toHaveLength(v1Rows.length);
		for (const original of v1Rows) {
			const row = rows.find((r) => r.id === original.id)!;
			expect(row.codec).toBe('json1');
			const entity = await decode<Record<string, unknown>>(row);
			expect(entity.data).toEqual(JSON.parse(original.body));
			expect(entity.updatedAt).toBe(original.updatedAt);
			expect(entity.parentId).toBe((original as { parentId?: string }).parentId);
		}
		const notes = await loaded(() => collection<{ text: string }>('note').list());
		expect(notes[0]?.data.text).toMatch(/^Meeting Tuesday\n/);
	});

	test('a database from a newer version is refused, not damaged', async () => {
		const legacy = areaName(0);
		const newer = new Dexie(legacy);
		newer.version(LATEST_VERSION + 5).stores({ records: 'id, kind' });
		await newer.open();
		await newer.table('records').add({ id: 'x', kind: 'note' });
		newer.close();

		await expect(openGeneration(0)).rejects.toMatchObject({ name: 'VersionError' });
		expect(storageHealth.problem).toBe('newer-version');
		const check = new Dexie(legacy);
		await check.open();
		expect(check.verno).toBe(LATEST_VERSION + 5);
		check.close();
		await Dexie.delete(legacy);
	});
});

describe('generations on disk', () => {
	afterEach(async () => {
		for (const generation of await generationsOnDisk()) await Dexie.delete(areaName(generation));
	});

	test('a first start makes generation 1; a finished move is current and its source goes', async () => {
		expect((await findStorage()).current.generation).toBe(1);
		const next = await openGeneration(2);
		await next.vault.put({ id: 'move', value: { from: 1, done: true } });
		const found = await findStorage();
		expect(found.current.generation).toBe(2);
		expect(found.unfinished).toBeUndefined();
		await expect.poll(() => generationsOnDisk()).toEqual([2]);
	});

	test('an interrupted move leaves its source current and the target unfinished', async () => {
		const source = await openGeneration(3);
		await source.records.put({
			id: 'a',
			kind: 'note',
			createdAt: 1,
			updatedAt: 1,
			codec: 'json1',
			body: '{}'
		});
		const target = await openGeneration(4);
		await target.vault.put({ id: 'move', value: { from: 3, done: false } });
		const found = await findStorage();
		expect(found.current.generation).toBe(3);
		expect(found.unfinished?.generation).toBe(4);
		expect(await generationsOnDisk()).toEqual([4, 3]);
	});
});
