import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ItemMeasure } from './model';
import {
	bandOf,
	checklistProgress,
	countFor,
	isOverdue,
	itemDone,
	measureState,
	overdueCount,
	today
} from './progress';

function item(fields: Partial<ChecklistItem> = {}): ChecklistItem {
	return { id: crypto.randomUUID(), title: 'x', done: false, note: '', ...fields };
}

const cards = (count: number, fields: Partial<ItemMeasure> = {}): ItemMeasure => ({
	unit: 'cards signed',
	count,
	total: 120,
	targetLow: 65,
	targetHigh: 80,
	...fields
});

describe('bandOf', () => {
	it('needs both ends, in order, within 0–100', () => {
		expect(bandOf(cards(0))).toEqual({ low: 65, high: 80 });
		expect(bandOf(cards(0, { targetHigh: undefined }))).toBeUndefined();
		expect(bandOf(cards(0, { targetLow: 90 }))).toBeUndefined();
		expect(bandOf(cards(0, { targetHigh: 120 }))).toBeUndefined();
		expect(bandOf(cards(0, { targetLow: 70, targetHigh: 70 }))).toEqual({ low: 70, high: 70 });
	});
});

describe('countFor', () => {
	it('rounds up to whole people without floating-point surprises', () => {
		expect(countFor(65, 120)).toBe(78);
		expect(countFor(80, 120)).toBe(96);
		expect(countFor(70, 10)).toBe(7);
		expect(countFor(50, 3)).toBe(2);
		expect(countFor(0, 50)).toBe(0);
	});
});

describe('measureState', () => {
	it('is a bare count until there is a total', () => {
		expect(measureState({ unit: 'u', count: 5 })).toEqual({ kind: 'count-only' });
		expect(measureState({ unit: 'u', count: 5, total: 0 })).toEqual({ kind: 'count-only' });
	});

	it('gives a percentage without a band', () => {
		expect(measureState({ unit: 'u', count: 30, total: 120 })).toEqual({
			kind: 'no-band',
			percent: 25
		});
	});

	it('places 84 of 120 within a 65–80 % band', () => {
		expect(measureState(cards(84))).toMatchObject({ kind: 'within', percent: 70 });
	});

	it('says how many more reach the low end', () => {
		expect(measureState(cards(70))).toMatchObject({ kind: 'below', needed: 8 });
		expect(measureState(cards(77))).toMatchObject({ kind: 'below', needed: 1 });
		expect(measureState(cards(78))).toMatchObject({ kind: 'within' });
	});

	it('is above only past the highest count inside the band', () => {
		expect(measureState(cards(96))).toMatchObject({ kind: 'within' });
		expect(measureState(cards(97))).toMatchObject({ kind: 'above' });
	});
});

describe('itemDone and checklistProgress', () => {
	it('counts ticked items', () => {
		const items = [item({ done: true }), item(), item({ done: true }), item()];
		expect(checklistProgress({ items })).toEqual({ done: 2, total: 4, percent: 50 });
	});

	it('counts a structure test as done once it reaches the low end of its band, or when ticked', () => {
		expect(itemDone(item({ measure: cards(77) }))).toBe(false);
		expect(itemDone(item({ measure: cards(78) }))).toBe(true);
		expect(itemDone(item({ measure: cards(120) }))).toBe(true);
		expect(itemDone(item({ measure: cards(3), done: true }))).toBe(true);
		// No band, no automatic done: the user has not said what is enough.
		expect(itemDone(item({ measure: { unit: 'u', count: 120, total: 120 } }))).toBe(false);
	});

	it('rounds down, so 100 % means everything is done', () => {
		const items = [item({ done: true }), item({ done: true }), item()];
		expect(checklistProgress({ items }).percent).toBe(66);
		const almost = Array.from({ length: 200 }, (_, i) => item({ done: i > 0 }));
		expect(checklistProgress({ items: almost }).percent).toBe(99);
	});

	it('is 0 % for an empty checklist', () => {
		expect(checklistProgress({ items: [] })).toEqual({ done: 0, total: 0, percent: 0 });
	});
});

describe('due dates', () => {
	it('formats today in local time', () => {
		expect(today(new Date(2026, 4, 1, 23, 59))).toBe('2026-05-01');
		expect(today(new Date(2026, 0, 9))).toBe('2026-01-09');
	});

	it('is overdue after the day, until the item is done', () => {
		expect(isOverdue(item({ due: '2026-05-01' }), '2026-05-01')).toBe(false);
		expect(isOverdue(item({ due: '2026-05-01' }), '2026-05-02')).toBe(true);
		expect(isOverdue(item({ due: '2026-05-01', done: true }), '2026-05-02')).toBe(false);
		expect(isOverdue(item(), '2026-05-02')).toBe(false);
		const items = [item({ due: '2026-01-01' }), item({ due: '2027-01-01' }), item()];
		expect(overdueCount({ items }, '2026-06-01')).toBe(1);
	});
});
