import { m } from '$lib/paraglide/messages';
import type { SearchKind } from './search-index';

export const kindLabels: Record<SearchKind, () => string> = {
	note: m.search_kind_note,
	checklist: m.search_kind_checklist,
	contact: m.search_kind_contact,
	incident: m.search_kind_incident,
	resolution: m.search_kind_resolution,
	'builtin-checklist': m.search_kind_builtin_checklist,
	'builtin-resolution': m.search_kind_builtin_resolution,
	'builtin-card': m.search_kind_builtin_card
};
