import { describe, expect, it } from 'vitest';
import {
	insertItem,
	moveItem,
	removeItem,
	removeMeasure,
	rename,
	setArchived,
	setDone,
	setDue,
	setItemTitle,
	setMeasure,
	setNote,
	type Change
} from './changes';
import type { ChecklistData, ChecklistItem } from './model';

const item = (id: string, fields: Partial<ChecklistItem> = {}): ChecklistItem => ({
	id,
	title: id.toUpperCase(),
	done: false,
	note: '',
	...fields
});

const data = (): ChecklistData => ({
	title: 'List',
	items: [item('a'), item('b'), item('c')],
	archived: false
});

const ids = (d: ChecklistData) => d.items.map((i) => i.id);

/** Every change must be safe to apply on top of data that already has it. */
function expectIdempotent(change: Change, start = data()) {
	const once = change(start);
	expect(change(once)).toEqual(once);
	return once;
}

describe('checklist changes', () => {
	it('never mutates the data they are given', () => {
		const start = data();
		const frozen = structuredClone(start);
		setDone('a', true)(start);
		moveItem('a', 2)(start);
		setMeasure('b', { count: 3 })(start);
		expect(start).toEqual(frozen);
	});

	it('rename, archive, tick, note and retitle set values', () => {
		expect(expectIdempotent(rename('New')).title).toBe('New');
		expect(expectIdempotent(setArchived(true)).archived).toBe(true);
		expect(expectIdempotent(setDone('b', true)).items[1]!.done).toBe(true);
		expect(expectIdempotent(setNote('c', 'call Ana')).items[2]!.note).toBe('call Ana');
		expect(expectIdempotent(setItemTitle('a', 'Mine')).items[0]!.title).toBe('Mine');
	});

	it('sets and clears a due date', () => {
		const due = expectIdempotent(setDue('a', '2026-05-01'));
		expect(due.items[0]!.due).toBe('2026-05-01');
		const cleared = expectIdempotent(setDue('a', ''), due);
		expect('due' in cleared.items[0]!).toBe(false);
	});

	it('merges measure fields, clears undefined ones and removes a measure', () => {
		const counted = expectIdempotent(setMeasure('a', { unit: 'cards', count: 4, total: 10 }));
		expect(counted.items[0]!.measure).toEqual({ unit: 'cards', count: 4, total: 10 });
		const banded = setMeasure('a', { targetLow: 65, targetHigh: 80 })(counted);
		expect(banded.items[0]!.measure).toEqual({
			unit: 'cards',
			count: 4,
			total: 10,
			targetLow: 65,
			targetHigh: 80
		});
		const noTotal = setMeasure('a', { total: undefined })(banded);
		expect('total' in noTotal.items[0]!.measure!).toBe(false);
		expect('measure' in removeMeasure('a')(noTotal).items[0]!).toBe(false);
	});

	it('moves an item to a position, clamped at both ends', () => {
		expect(ids(expectIdempotent(moveItem('c', 0)))).toEqual(['c', 'a', 'b']);
		expect(ids(expectIdempotent(moveItem('a', 1)))).toEqual(['b', 'a', 'c']);
		expect(ids(moveItem('a', 99)(data()))).toEqual(['b', 'c', 'a']);
		expect(ids(moveItem('c', -5)(data()))).toEqual(['c', 'a', 'b']);
		expect(moveItem('zzz', 0)(data())).toEqual(data());
	});

	it('inserts once, at a position or at the end, and removes', () => {
		expect(ids(expectIdempotent(insertItem(item('d'))))).toEqual(['a', 'b', 'c', 'd']);
		expect(ids(expectIdempotent(insertItem(item('d'), 1)))).toEqual(['a', 'd', 'b', 'c']);
		expect(ids(expectIdempotent(removeItem('b')))).toEqual(['a', 'c']);
		// Undo of a delete puts the item back where it was.
		const removed = data().items[1]!;
		expect(ids(insertItem(removed, 1)(removeItem('b')(data())))).toEqual(ids(data()));
	});

	it('leaves other items as they were (same objects)', () => {
		const start = data();
		const changed = setDone('a', true)(start);
		expect(changed.items[1]).toBe(start.items[1]);
		expect(changed.items[2]).toBe(start.items[2]);
	});
});
