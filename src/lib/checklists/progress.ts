import type { ChecklistData, ChecklistItem, ItemMeasure } from './model';

export interface Band {
	low: number;
	high: number;
}

/** The user's target band, if it is complete and makes sense (0 ≤ low ≤ high ≤ 100). */
export function bandOf(measure: ItemMeasure): Band | undefined {
	const { targetLow: low, targetHigh: high } = measure;
	if (low === undefined || high === undefined) return undefined;
	if (low < 0 || high > 100 || low > high) return undefined;
	return { low, high };
}

/** The smallest count that reaches `percent` of `total`. */
export function countFor(percent: number, total: number): number {
	// Rounded first so that 65 % of 120 is 78, not 79 through floating-point noise.
	return Math.ceil(Math.round(((percent * total) / 100) * 1e6) / 1e6);
}

export type MeasureState =
	/** No total yet: a bare count, no percentage. */
	| { kind: 'count-only' }
	/** A total but no band. */
	| { kind: 'no-band'; percent: number }
	| { kind: 'below'; percent: number; band: Band; needed: number }
	| { kind: 'within'; percent: number; band: Band }
	| { kind: 'above'; percent: number; band: Band };

export function measureState(measure: ItemMeasure): MeasureState {
	const { count, total } = measure;
	if (!total || total <= 0) return { kind: 'count-only' };
	const percent = (count / total) * 100;
	const band = bandOf(measure);
	if (!band) return { kind: 'no-band', percent };
	const lowCount = countFor(band.low, total);
	if (count < lowCount) return { kind: 'below', percent, band, needed: lowCount - count };
	// "Above" only once the count is past the highest count still inside the band.
	if (count > Math.floor((band.high * total) / 100 + 1e-9)) return { kind: 'above', percent, band };
	return { kind: 'within', percent, band };
}

/** True when a measured item's count has reached the low end of its band. */
export function targetReached(measure: ItemMeasure): boolean {
	const state = measureState(measure);
	return state.kind === 'within' || state.kind === 'above';
}

/** An item is done when ticked, or (a structure test) when its count reaches the band. */
export function itemDone(item: ChecklistItem): boolean {
	return item.done || (item.measure !== undefined && targetReached(item.measure));
}

export interface Progress {
	done: number;
	total: number;
	/** Whole percent, 0 for an empty checklist. */
	percent: number;
}

export function checklistProgress(data: Pick<ChecklistData, 'items'>): Progress {
	const total = data.items.length;
	const done = data.items.filter(itemDone).length;
	return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

/** Today as YYYY-MM-DD in the device's time zone, the format due dates are kept in. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isOverdue(item: ChecklistItem, on: string = today()): boolean {
	return item.due !== undefined && item.due < on && !itemDone(item);
}

export function overdueCount(data: Pick<ChecklistData, 'items'>, on: string = today()): number {
	return data.items.filter((item) => isOverdue(item, on)).length;
}
