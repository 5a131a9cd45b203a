import { collection, type Entity } from '$lib/db';

/** Things a note can be about; each area's detail page lists the notes linked to it. */
export type LinkKind = 'checklist' | 'contact' | 'incident' | 'resolution-draft';

export interface NoteLink {
	kind: LinkKind;
	id: string;
}

export interface NoteData {
	text: string;
	tags: string[];
	pinned: boolean;
	archived: boolean;
	/** Absent on notes saved before links existed. */
	links?: NoteLink[];
}

export type Note = Entity<NoteData>;

const notes = collection<NoteData>('note');

// Queries
export const listNotes = (): Promise<Note[]> => notes.list();
export const getNote = (id: string): Promise<Note | undefined> => notes.get(id);

export async function listNotesLinkedTo(kind: LinkKind, id: string): Promise<Note[]> {
	const all = await notes.list();
	return all.filter((note) => note.data.links?.some((l) => l.kind === kind && l.id === id));
}

// Mutations
export async function createNote(text = '', links: NoteLink[] = []): Promise<Note> {
	return notes.create({ text, tags: [], pinned: false, archived: false, links });
}

export async function saveNoteText(id: string, text: string): Promise<void> {
	await notes.update(id, (data) => ({ ...data, text }));
}

/** Deletes a note and returns it for undo. */
export const deleteNote = (id: string): Promise<Note | undefined> => notes.remove(id);
export const restoreNote = (note: Note): Promise<void> => notes.restore(note);

/** A note's title is its first non-blank line. */
export function noteTitle(data: NoteData): string {
	return (
		data.text
			.split('\n')
			.find((line) => line.trim())
			?.trim() ?? ''
	);
}

/** The text after the title line, on one line, for lists. */
export function noteExcerpt(data: NoteData, length = 120): string {
	const title = noteTitle(data);
	const rest = data.text.slice(data.text.indexOf(title) + title.length).replace(/\s+/g, ' ');
	return rest.trim().slice(0, length);
}
