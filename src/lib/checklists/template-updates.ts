import {
	findBuiltInChecklist,
	itemsAddedSince,
	type BuiltInChecklist,
	type BuiltInChecklistItem
} from '$lib/content/checklists';
import type { Change } from './changes';
import type { ChecklistData } from './model';
import { copyItem } from './templates';

export interface TemplateUpdate {
	template: BuiltInChecklist;
	/** Items of the newer version that the copy does not have. */
	added: BuiltInChecklistItem[];
}

/**
 * What a newer release of a copy's built-in checklist adds, if the user has not taken or
 * dismissed it yet. Items the user deleted from their copy are not offered again: only items
 * newer than the copy's version whose ids the copy has never had.
 */
export function templateUpdate(data: ChecklistData): TemplateUpdate | undefined {
	const ref = data.template;
	if (!ref) return undefined;
	const template = findBuiltInChecklist(ref.slug);
	if (!template || template.version <= ref.version) return undefined;
	if ((ref.dismissedVersion ?? 0) >= template.version) return undefined;
	const have = new Set(data.items.map((item) => item.id));
	const added = itemsAddedSince(template, ref.version).filter((item) => !have.has(item.id));
	return added.length > 0 ? { template, added } : undefined;
}

/** Adds a newer version's items at the end and marks the copy as caught up with it. */
export function takeTemplateUpdate(update: TemplateUpdate): Change {
	return (data) => {
		const have = new Set(data.items.map((item) => item.id));
		const added = update.added.filter((item) => !have.has(item.id)).map(copyItem);
		return {
			...data,
			items: [...data.items, ...added],
			template: { slug: update.template.slug, version: update.template.version }
		};
	};
}

/** Hides the notice for this version; a later version shows it again. */
export function dismissTemplateUpdate(update: TemplateUpdate): Change {
	return (data) =>
		data.template
			? { ...data, template: { ...data.template, dismissedVersion: update.template.version } }
			: data;
}
