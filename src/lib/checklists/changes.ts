import { ChangeRefused } from '$lib/db';
import type { ChecklistData, ChecklistItem, ItemMeasure, LocalText } from './model';

/**
 * One edit to a checklist, as a pure function of its data. Every change here sets a value
 * rather than stepping it (a count is set to 85, never "plus one"), so applying it twice gives
 * the same result: the screen applies it at once and again on top of older saved data until
 * the save lands (see open-checklist.svelte.ts).
 */
export type Change = (data: ChecklistData) => ChecklistData;

function updateItem(itemId: string, edit: (item: ChecklistItem) => ChecklistItem): Change {
	return (data) => ({
		...data,
		items: data.items.map((item) => (item.id === itemId ? edit(item) : item))
	});
}

export const rename =
	(title: string): Change =>
	(data) => ({ ...data, title });

export const setArchived =
	(archived: boolean): Change =>
	(data) => ({ ...data, archived });

export const setDone = (itemId: string, done: boolean): Change =>
	updateItem(itemId, (item) => ({ ...item, done }));

/**
 * Given the note the edit started `from`, refuses (ChangeRefused) to replace a note another tab
 * or window changed to something else in the meantime.
 */
export const setNote = (itemId: string, note: string, from?: string): Change =>
	updateItem(itemId, (item) => {
		if (from !== undefined && item.note !== from && item.note !== note) throw new ChangeRefused();
		return { ...item, note };
	});

export const setItemTitle = (itemId: string, title: LocalText): Change =>
	updateItem(itemId, (item) => ({ ...item, title }));

/** An empty string clears the due date. */
export const setDue = (itemId: string, due: string): Change =>
	updateItem(itemId, (item) => {
		const next = { ...item };
		if (due) next.due = due;
		else delete next.due;
		return next;
	});

/** Merges fields into an item's measure; `undefined` values clear optional fields. */
export const setMeasure = (itemId: string, fields: Partial<ItemMeasure>): Change =>
	updateItem(itemId, (item) => {
		const merged: Record<string, unknown> = { unit: '', count: 0, ...item.measure, ...fields };
		for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
		return { ...item, measure: merged as unknown as ItemMeasure };
	});

export const removeMeasure = (itemId: string): Change =>
	updateItem(itemId, (item) => {
		const next = { ...item };
		delete next.measure;
		return next;
	});

/** Puts `item` at `index` (clamped), unless an item with its id is already there. */
export const insertItem =
	(item: ChecklistItem, index = Number.POSITIVE_INFINITY): Change =>
	(data) => {
		if (data.items.some((existing) => existing.id === item.id)) return data;
		const items = [...data.items];
		items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
		return { ...data, items };
	};

export const removeItem =
	(itemId: string): Change =>
	(data) => ({ ...data, items: data.items.filter((item) => item.id !== itemId) });

/** Moves an item to position `index` (clamped); a set position, so applying it twice is safe. */
export const moveItem =
	(itemId: string, index: number): Change =>
	(data) => {
		const from = data.items.findIndex((item) => item.id === itemId);
		if (from === -1) return data;
		const items = [...data.items];
		const [moved] = items.splice(from, 1);
		items.splice(Math.max(0, Math.min(index, items.length)), 0, moved!);
		return { ...data, items };
	};
