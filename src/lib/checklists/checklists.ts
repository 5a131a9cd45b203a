import { collection } from '$lib/db';
import type { BuiltInChecklist } from '$lib/content/checklists';
import type { Change } from './changes';
import type { Checklist, ChecklistData } from './model';
import { blankChecklist, copyFromBuiltIn } from './templates';

const checklists = collection<ChecklistData>('checklist');

// Queries
/** Every checklist of the user's, most recently changed first. */
export const listChecklists = (): Promise<Checklist[]> => checklists.list();

export async function getChecklist(id: string): Promise<Checklist | null> {
	return (await checklists.get(id)) ?? null;
}

/** The user's copies of one built-in checklist. */
export async function listCopiesOf(slug: string): Promise<Checklist[]> {
	const all = await checklists.list();
	return all.filter((checklist) => checklist.data.template?.slug === slug);
}

// Mutations
export const createBlankChecklist = (title = ''): Promise<Checklist> =>
	checklists.create(blankChecklist(title));

export const startFromBuiltIn = (source: BuiltInChecklist): Promise<Checklist> =>
	checklists.create(copyFromBuiltIn(source));

export const updateChecklist = (id: string, change: Change): Promise<Checklist> =>
	checklists.update(id, change);

/** An exact copy (ticks, notes and counts included) under a new title. */
export async function duplicateChecklist(id: string, title: string): Promise<Checklist> {
	const original = await checklists.get(id);
	if (!original) throw new Error(`No checklist ${id}`);
	return checklists.create({ ...original.data, title });
}

/** Deletes a checklist and returns it, so the caller can offer undo. */
export const deleteChecklist = (id: string): Promise<Checklist | undefined> =>
	checklists.remove(id);

export const restoreChecklist = (checklist: Checklist): Promise<void> =>
	checklists.restore(checklist);
