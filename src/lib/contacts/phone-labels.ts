import { m } from '$lib/paraglide/messages';

/** The phone types the editor offers; an imported custom label is kept and shown as it is. */
export const phoneLabels = ['cell', 'home', 'work', 'other'] as const;

const names: Record<string, () => string> = {
	cell: m.rr_phone_cell,
	mobile: m.rr_phone_cell,
	home: m.rr_phone_home,
	work: m.rr_phone_work,
	fax: m.rr_phone_fax,
	pager: m.rr_phone_pager,
	other: m.rr_phone_other
};

export function phoneLabelName(label: string | undefined): string {
	if (!label) return '';
	return names[label.toLowerCase()]?.() ?? label;
}
