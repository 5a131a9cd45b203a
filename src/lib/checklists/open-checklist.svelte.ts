import type { Change } from './changes';
import type { Note } from '$lib/notes/notes';
import { checklistsLoadError, getChecklist, saveItemNote, updateChecklist } from './checklists';
import type { Checklist } from './model';

/**
 * One checklist as a page shows and edits it. A change shows on screen at once (the decoded
 * store changes memory before it writes) and is saved behind it. A failed save (a full disk)
 * stays on screen, is reported through `error` and is written again by `retry` or by the next
 * change, which stores the whole current checklist.
 */
export class OpenChecklist {
	/** Why the last save failed, until one succeeds (StorageFullError when the disk is full). */
	error = $state.raw<unknown>(undefined);

	constructor(readonly id: string) {}

	/** undefined while loading, null when there is no such checklist. */
	get current(): Checklist | null | undefined {
		return getChecklist(this.id);
	}

	get loadError(): unknown {
		return checklistsLoadError();
	}

	/** Shows a change now and saves it; a failure is reported through `error`. */
	apply(change: Change): Promise<void> {
		return this.save(change).catch(() => {});
	}

	/** Like `apply`, but the promise rejects when the save fails (for Autosave). */
	async save(change: Change): Promise<void> {
		await this.#saving(() => updateChecklist(this.id, change));
	}

	/**
	 * Saves an item's note typed on the note `from`; resolves with the other tab's note kept
	 * aside when both changed it at once (see saveItemNote).
	 */
	saveNote(itemId: string, note: string, from: string | undefined): Promise<Note | undefined> {
		return this.#saving(() => saveItemNote(this.id, itemId, note, from));
	}

	async #saving<T>(write: () => Promise<T>): Promise<T> {
		try {
			const written = await write();
			this.error = undefined;
			return written;
		} catch (error) {
			this.error = error;
			throw error;
		}
	}

	/** Saves again whatever failed to save. */
	retry(): Promise<void> {
		return this.apply((data) => data);
	}
}
