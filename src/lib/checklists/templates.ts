import { newId } from '$lib/db';
import { findLibraryEntry } from '$lib/content/checklist-library';
import type { BuiltInChecklist, BuiltInChecklistItem } from '$lib/content/checklists';
import type { ChecklistData, ChecklistItem, ItemMeasure } from './model';

/** A user's item from a built-in one: same id, the wording in both languages, nothing done. */
export function copyItem(source: BuiltInChecklistItem): ChecklistItem {
	const item: ChecklistItem = {
		id: source.id,
		title: { ...source.title },
		sources: [...source.sources],
		done: false,
		note: ''
	};
	if (source.why) item.why = { ...source.why };
	if (source.measure) {
		const measure: ItemMeasure = { unit: { ...source.measure.unit }, count: 0 };
		if (source.measure.targetLow !== undefined && source.measure.targetHigh !== undefined) {
			measure.targetLow = source.measure.targetLow;
			measure.targetHigh = source.measure.targetHigh;
		}
		item.measure = measure;
	}
	return item;
}

/** A user's own checklist from a built-in one, remembering which version it came from. */
export function copyFromBuiltIn(source: BuiltInChecklist): ChecklistData {
	return {
		title: { ...source.title },
		items: source.items.map(copyItem),
		archived: false,
		template: { slug: source.slug, version: source.version }
	};
}

export function blankChecklist(title = ''): ChecklistData {
	return { title, items: [], archived: false };
}

/** An item the user writes themselves. */
export function newItem(title: string): ChecklistItem {
	return { id: newId(), title, done: false, note: '' };
}

/**
 * Whether a newer release of the copy's built-in checklist may have items for it (a newer
 * version the user has not dismissed): told from the library alone, so that only then are the
 * ready-made items loaded to say which (template-updates.ts).
 */
export function mayHaveTemplateUpdate(data: ChecklistData): boolean {
	const ref = data.template;
	const entry = ref && findLibraryEntry(ref.slug);
	if (!ref || !entry || entry.version <= ref.version) return false;
	return (ref.dismissedVersion ?? 0) < entry.version;
}
