import { describe, expect, test, vi } from 'vitest';
import { decode, encode } from './codec';
import { keyring } from './keyring';
import type { StoredRecord } from './schema';
import { storageHealth } from './storage-health.svelte';
import { ChangeRefused, EditConflict, RecordStore, recordStore, stamp } from './store.svelte';
import { useTestDatabase } from './testing';

interface NoteData {
	text: string;
}

const db = useTestDatabase();

const note = (text: string, id?: string) => stamp<NoteData>('note', { text }, { id });

/** Every record on disk, decoded. */
async function decodeAll() {
	return Promise.all((await db().records.toArray()).map((row) => decode(row)));
}

/** A note this tab's editor opened as `opened`, then changed to `theirs` by another tab. */
async function changedElsewhere(id: string, opened: NoteData, theirs: string) {
	await recordStore.put('note', id, opened);
	const otherTab = new RecordStore();
	await otherTab.load('note');
	await otherTab.update<NoteData>('note', id, () => ({ text: theirs }));
	return otherTab;
}

describe('the decoded store', () => {
	test('reads a kind once, then answers synchronously and follows its own writes', async () => {
		await db().records.put(await encode(note('stored', 'a')));
		expect(recordStore.list('note')).toBeUndefined();
		await recordStore.load('note');
		expect(recordStore.list<NoteData>('note')?.map((n) => n.data.text)).toEqual(['stored']);

		const made = recordStore.create(note('new', 'b'));
		await Promise.resolve();
		expect(recordStore.get<NoteData>('note', 'b')?.data.text).toBe('new');
		await made;
		expect(recordStore.list('note')?.map((n) => n.id)).toEqual(['b', 'a']);
	});

	test('one record that cannot be read is skipped and counted; the others open', async () => {
		const good = await encode(note('fine', 'good'));
		const rows: StoredRecord[] = [
			good,
			{ ...good, id: 'bad-json', body: '{"text": "cut' },
			{ ...good, id: 'bad-codec', codec: 'rot13' as StoredRecord['codec'] }
		];
		await db().records.bulkPut(rows);
		await recordStore.load('note');
		expect(recordStore.list('note')?.map((n) => n.id)).toEqual(['good']);
		expect(storageHealth.unreadable.note).toBe(2);
	});

	test('writes the last of many quick changes, each change on top of the one before', async () => {
		await recordStore.create(note('', 'n'));
		await Promise.all(
			['a', 'b', 'c'].map((letter) =>
				recordStore.update<NoteData>('note', 'n', (d) => ({ text: d.text + letter }))
			)
		);
		const row = await db().records.get('n');
		expect((await decode(row!)).data).toEqual({ text: 'abc' });
	});

	test('another tab follows changes, and a change made on a stale copy is applied on top', async () => {
		await recordStore.create(note('one', 'shared'));
		const otherTab = new RecordStore();
		await otherTab.load('note');
		expect(otherTab.get<NoteData>('note', 'shared')?.data.text).toBe('one');

		// This tab changes the record; the other tab writes before it hears of it.
		await recordStore.update<NoteData>('note', 'shared', (d) => ({ text: `${d.text} two` }));
		await otherTab.update<NoteData>('note', 'shared', (d) => ({ text: `${d.text} three` }));
		expect(otherTab.get<NoteData>('note', 'shared')?.data.text).toBe('one two three');
		await expect
			.poll(() => recordStore.get<NoteData>('note', 'shared')?.data.text)
			.toBe('one two three');
		otherTab.reset();
	});

	test('what another tab changes or deletes while a long kind is being read is not undone', async () => {
		// This tab already follows other tabs (its channel is open); its notes are not read yet.
		await recordStore.load('contact');
		const rows = await Promise.all(
			Array.from({ length: 1_200 }, (_, i) => encode(note(`note ${i}`, `n${i}`)))
		);
		await db().records.bulkPut(rows);
		const otherTab = new RecordStore();
		await otherTab.load('note');

		// Hold the read at its first breather between slices: the rows are read, not all decoded.
		const Real = MessageChannel;
		let reached!: () => void;
		let release!: () => void;
		const atBreather = new Promise<void>((resolve) => (reached = resolve));
		const released = new Promise<void>((resolve) => (release = resolve));
		vi.stubGlobal(
			'MessageChannel',
			class extends Real {
				constructor() {
					super();
					const post = this.port2.postMessage.bind(this.port2);
					this.port2.postMessage = (message: unknown) => {
						reached();
						void released.then(() => post(message));
					};
				}
			}
		);
		const reading = recordStore.load('note');
		await atBreather;
		await otherTab.update<NoteData>('note', 'n1100', () => ({ text: 'changed meanwhile' }));
		await otherTab.remove('note', 'n1101');
		// Let this tab hear of both while its read is held.
		await new Promise((resolve) => setTimeout(resolve, 100));
		release();
		vi.unstubAllGlobals();
		await reading;
		await expect
			.poll(() => recordStore.get<NoteData>('note', 'n1100')?.data.text)
			.toBe('changed meanwhile');
		// null: the kind is read and the note is not in it.
		await expect.poll(() => recordStore.get('note', 'n1101')).toBeNull();
		otherTab.reset();
	});

	test('a change that refuses the version it replaced hands that version over', async () => {
		await recordStore.create(note('mine', 'c'));
		const otherTab = new RecordStore();
		await otherTab.load('note');
		await recordStore.update<NoteData>('note', 'c', () => ({ text: 'theirs' }));
		const guarded = otherTab.update<NoteData>('note', 'c', (d) => {
			if (d.text !== 'mine') throw new ChangeRefused();
			return { text: 'mine, edited' };
		});
		// The write lands; the version it replaced goes to the caller, who keeps it (a copy).
		const conflict = await guarded.catch((error: unknown) => error);
		expect(conflict).toBeInstanceOf(EditConflict);
		expect((conflict as EditConflict<NoteData>).theirs.data.text).toBe('theirs');
		expect((await decode((await db().records.get('c'))!)).data).toEqual({
			text: 'mine, edited'
		});
		otherTab.reset();
	});

	test('an editor’s overlapping saves that meet another tab’s version keep it once, ending on the last', async () => {
		const opened = { text: 'Agenda' };
		const otherTab = await changedElsewhere('p', opened, 'Agenda: theirs');
		await expect
			.poll(() => recordStore.get<NoteData>('note', 'p')?.data.text)
			.toBe('Agenda: theirs');

		// Typed here on what this editor had, each key saved without waiting for the one before.
		const first = { text: 'Agenda: mine' };
		const second = { text: 'Agenda: mine too' };
		const copies = await Promise.all([
			recordStore.put('note', 'p', first, opened),
			recordStore.put('note', 'p', second, first)
		]);
		const kept = copies.filter((copy) => copy !== undefined);
		expect(kept.map((copy) => copy.data)).toEqual([{ text: 'Agenda: theirs' }]);
		const texts = (await decodeAll()).map((entity) => (entity.data as NoteData).text).sort();
		expect(texts).toEqual(['Agenda: mine too', 'Agenda: theirs']);
		expect(recordStore.get<NoteData>('note', 'p')?.data).toBe(second);
		otherTab.reset();
	});

	test('a save that met another tab’s version never goes over a newer save of the same editor', async () => {
		const opened = { text: 'Dues' };
		const otherTab = await changedElsewhere('d', opened, 'Dues: theirs');

		// This tab has not heard yet: its save lands over theirs, which it then keeps as a copy.
		const first = { text: 'Dues: $12' };
		const saving = recordStore.put('note', 'd', first, opened);
		while ((recordStore.list('note') ?? []).length < 2) {
			await new Promise((resolve) => setTimeout(resolve));
		}
		// The next key is saved while the first save is still keeping theirs aside.
		const second = { text: 'Dues: $12 a month' };
		await recordStore.put('note', 'd', second, first);
		expect((await saving)?.data).toEqual({ text: 'Dues: theirs' });
		expect(recordStore.get<NoteData>('note', 'd')?.data).toBe(second);
		expect((await decode((await db().records.get('d'))!)).data).toEqual(second);
		otherTab.reset();
	});

	test('reset drops every decoded record', async () => {
		await recordStore.create(note('secret', 's'));
		recordStore.reset();
		expect(recordStore.get('note', 's')).toBeUndefined();
	});

	test('locking drops every decoded record; a read made while locked waits for the unlock', async () => {
		await recordStore.create(note('kept', 'k'));
		keyring.lock();
		expect(recordStore.get('note', 'k')).toBeUndefined();

		let done = false;
		const reading = recordStore.load('note').then(() => (done = true));
		await new Promise((wait) => setTimeout(wait, 20));
		expect(done).toBe(false);
		keyring.usePlain();
		await reading;
		expect(recordStore.get<NoteData>('note', 'k')?.data.text).toBe('kept');
		expect(storageHealth.unreadable.note).toBe(0);
	});
});
