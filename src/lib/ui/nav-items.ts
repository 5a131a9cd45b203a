import { m } from '$lib/paraglide/messages';
import type { IconName } from './icons';

export interface NavItem {
	href: string;
	icon: IconName;
	/** Short label for the bottom bar. */
	label: () => string;
	/** Full area name and a one-line description for the home page. */
	title: () => string;
	hint: () => string;
}

/** The four areas, in the order the home page and the bottom bar show them. */
export const areas: NavItem[] = [
	{
		href: '/strike-school',
		icon: 'strike',
		label: m.nav_strike_school,
		title: m.area_strike_school,
		hint: m.area_strike_school_hint
	},
	{
		href: '/rapid-response',
		icon: 'response',
		label: m.nav_rapid_response,
		title: m.area_rapid_response,
		hint: m.area_rapid_response_hint
	},
	{
		href: '/resolutions',
		icon: 'resolutions',
		label: m.nav_resolutions,
		title: m.area_resolutions,
		hint: m.area_resolutions_hint
	},
	{
		href: '/notes',
		icon: 'notes',
		label: m.nav_notes,
		title: m.area_notes,
		hint: m.area_notes_hint
	}
];
