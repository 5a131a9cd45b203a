import { collection, EditConflict } from '$lib/db';
import type { BuiltInChecklist } from '$lib/content/checklists';
import { createNote, type Note } from '$lib/notes/notes';
import { setNote, type Change } from './changes';
import { textOf, type Checklist, type ChecklistData } from './model';
import { blankChecklist, copyFromBuiltIn } from './templates';

const checklists = collection<ChecklistData>('checklist');

// Queries
/** Every checklist of the user's, most recently changed first. */
export const listChecklists = (): Checklist[] | undefined => checklists.list();

/** Why the checklists could not be read, if they could not. */
export const checklistsLoadError = (): unknown => checklists.loadError();

/** undefined while loading, null when there is no such checklist. */
export const getChecklist = (id: string): Checklist | null | undefined => checklists.get(id);

/** The user's copies of one built-in checklist; undefined while loading. */
export function listCopiesOf(slug: string): Checklist[] | undefined {
	return checklists.list()?.filter((checklist) => checklist.data.template?.slug === slug);
}

// Mutations
export const createBlankChecklist = (title = ''): Promise<Checklist> =>
	checklists.create(blankChecklist(title));

export const startFromBuiltIn = (source: BuiltInChecklist): Promise<Checklist> =>
	checklists.create(copyFromBuiltIn(source));

export const updateChecklist = (id: string, change: Change): Promise<Checklist> =>
	checklists.update(id, change);

/**
 * Saves an item's note typed on the note `from`. When another tab or window saved a different
 * note meanwhile, this one is saved all the same and theirs is kept as a note linked to the
 * checklist (under the item's text), which is returned.
 */
export async function saveItemNote(
	id: string,
	itemId: string,
	note: string,
	from: string | undefined
): Promise<Note | undefined> {
	try {
		await checklists.update(id, setNote(itemId, note, from));
		return undefined;
	} catch (error) {
		if (!(error instanceof EditConflict)) throw error;
		await checklists.update(id, setNote(itemId, note));
		const theirs = (error.theirs as Checklist).data.items.find((item) => item.id === itemId);
		if (!theirs) return undefined;
		return createNote(`${textOf(theirs.title)}\n\n${theirs.note}`, [{ kind: 'checklist', id }]);
	}
}

/** An exact copy (ticks, notes and counts included) under a new title. */
export async function duplicateChecklist(id: string, title: string): Promise<Checklist> {
	await checklists.ready();
	const original = checklists.get(id);
	if (!original) throw new Error(`No checklist ${id}`);
	return checklists.create({ ...original.data, title });
}

/** Deletes a checklist and returns it, so the caller can offer undo. */
export const deleteChecklist = (id: string): Promise<Checklist | undefined> =>
	checklists.remove(id);

export const restoreChecklist = (checklist: Checklist): Promise<void> =>
	checklists.restore(checklist);
