import { recordStore } from '$lib/db';
import type { NoteData, NoteLink } from './notes';

const key = (link: NoteLink) => `${link.kind}:${link.id}`;

/**
 * Which notes link to which record, kept up to date from the notes that change, so that a
 * record's page finds its notes without reading every note. Made at the first question: the
 * notes list, which asks none, does not pay for years of notes' links as it opens.
 */
class NoteLinkIndex {
	readonly #notesByTarget = new Map<string, Set<string>>();
	readonly #targetsByNote = new Map<string, string[]>();
	#started = false;

	#start(): void {
		this.#started = true;
		recordStore.follow('note', (ids) => {
			for (const id of ids) this.#reindex(id);
		});
		// The notes already in memory; those still loading arrive through the line above.
		for (const note of recordStore.list<NoteData>('note') ?? []) this.#reindex(note.id);
	}

	#reindex(noteId: string): void {
		for (const target of this.#targetsByNote.get(noteId) ?? []) {
			this.#notesByTarget.get(target)?.delete(noteId);
		}
		const targets = (recordStore.peek<NoteData>('note', noteId)?.data.links ?? []).map(key);
		if (targets.length === 0) this.#targetsByNote.delete(noteId);
		else this.#targetsByNote.set(noteId, targets);
		for (const target of targets) {
			const notes = this.#notesByTarget.get(target) ?? new Set<string>();
			this.#notesByTarget.set(target, notes.add(noteId));
		}
	}

	/** Ids of the notes that link to one record. */
	notesAbout(link: NoteLink): string[] {
		if (!this.#started) this.#start();
		return [...(this.#notesByTarget.get(key(link)) ?? [])];
	}
}

export const noteLinks = new NoteLinkIndex();
