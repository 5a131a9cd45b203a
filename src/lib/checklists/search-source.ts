import { builtInChecklists } from '$lib/content/checklists';
import { localize } from '$lib/content/localize';
import type { SearchDoc } from '$lib/search/search-index';
import type { ContentSearchSource, RecordSearchSource } from '$lib/search/search-source';
import { checklistTitle } from './format';
import { builtInHref, checklistHref, textOf, type Checklist, type ChecklistData } from './model';

/** A user's checklist for the search box: its items' titles and the notes written on them. */
export function checklistDoc(checklist: Checklist): SearchDoc {
	const { items } = checklist.data;
	return {
		id: `checklist:${checklist.id}`,
		kind: 'checklist',
		title: checklistTitle(checklist.data),
		body: items
			.flatMap((item) => [textOf(item.title), item.note])
			.filter((text) => text.trim())
			.join('\n'),
		href: checklistHref(checklist.id),
		updatedAt: checklist.updatedAt
	};
}

export const checklistSearchSource: RecordSearchSource<ChecklistData> = {
	kind: 'checklist',
	records: 'checklist',
	doc: checklistDoc
};

/** The ready-made checklists, in the current language. */
export const builtInChecklistSearchSource: ContentSearchSource = {
	kind: 'builtin-checklist',
	docs() {
		return builtInChecklists.map((checklist) => ({
			id: `builtin-checklist:${checklist.slug}`,
			kind: 'builtin-checklist',
			title: localize(checklist.title),
			body: [
				localize(checklist.summary),
				...checklist.items.flatMap((item) => [
					localize(item.title),
					item.why ? localize(item.why) : ''
				])
			]
				.filter(Boolean)
				.join('\n'),
			href: builtInHref(checklist.slug)
		}));
	}
};
