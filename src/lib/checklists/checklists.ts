import { collection, EditConflict, recordsScreen } from '$lib/db';
import type { BuiltInChecklist } from '$lib/content/checklists';
import { createNote, type Note } from '$lib/notes/notes';
import { setNote, type Change } from './changes';
import { textOf, type Checklist, type ChecklistData } from './model';
import { blankChecklist, copyFromBuiltIn } from './templates';

const checklists = collection<ChecklistData>('checklist');

// Queries
/** Every checklist of the user's, most recently changed first. */
export const listChecklists = (): Checklist[] | undefined => checklists.list();

/** The first of "my checklists" at the last visit, shown while the checklists load. */
export const checklistsScreen = recordsScreen<ChecklistData>('my-checklists');

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

/** Other tabs' versions already kept by saveItemNote: overlapping saves can meet one twice. */
const keptAside = new WeakSet<Checklist>();

/**
 * Saves an item's note typed on the note `from`. When another tab or window saved a different
 * note meanwhile, this one is saved all the same, but never over a newer save from here, and
 * theirs is kept as a note linked to the checklist (under the item's text), which is returned.
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
		const theirs = error.theirs as Checklist;
		const keepIt = !keptAside.has(theirs);
		keptAside.add(theirs);
		const their = theirs.data.items.find((item) => item.id === itemId);
		await checklists.update(id, (data) => {
			const now = data.items.find((item) => item.id === itemId)?.note;
			return now === their?.note || now === from ? setNote(itemId, note)(data) : data;
		});
		if (!their || !keepIt) return undefined;
		return createNote(`${textOf(their.title)}\n\n${their.note}`, [{ kind: 'checklist', id }]);
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
