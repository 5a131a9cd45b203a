import { m } from '$lib/paraglide/messages';

/** The phone types the editor offers; an imported custom label is kept and shown as it is. */
export const phoneLabels = ['cell', 'home', 'work', 'other'] as const;

// A Map, not an object: a label is text from a file or the database, and an object would answer
// "constructor" or "__proto__" with Object.prototype's members.
const names = new Map<string, () => string>([
	['cell', m.rr_phone_cell],
	['mobile', m.rr_phone_cell],
	['home', m.rr_phone_home],
	['work', m.rr_phone_work],
	['fax', m.rr_phone_fax],
	['pager', m.rr_phone_pager],
	['other', m.rr_phone_other]
]);

/**
 * A phone's label as text. Stored data is not checked against its type (an old backup, another
 * app's file), so anything but a string counts as no label.
 */
export function labelText(label: unknown): string {
	return typeof label === 'string' ? label : '';
}

export function phoneLabelName(label: string | undefined): string {
	const text = labelText(label);
	return names.get(text.toLowerCase())?.() ?? text;
}
