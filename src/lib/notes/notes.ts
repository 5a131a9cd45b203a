import { version } from '$app/environment';
import { ChangeRefused, collection, firstScreens, type Entity, type SavedScreen } from '$lib/db';
import { noteLinks } from './note-links';

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

/** Every note, newest change first; undefined while loading. */
export const listNotes = (): Note[] | undefined => notes.list();
/** A row of the notes list as shown: a note's title, excerpt and tags as plain text. */
export interface NoteRow {
	title: string;
	excerpt: string;
	tags: string;
	pinned: boolean;
}

/** The notes list's first screen as last shown: its top rows and the tags above them. */
export type NotesScreen = SavedScreen<NoteRow> & {
	/** `build`: the app's build that made the rows (`keepNotesScreen` sets it). */
	above: { tags: string[]; build?: string };
};

/**
 * What the notes list showed first at the last visit, for the moment the notes take to load:
 * rows as shown, so that drawing them needs neither the notes nor the Markdown reader.
 */
export function savedNotesScreen(): NotesScreen | undefined {
	const saved = firstScreens.read<NotesScreen>('notes');
	// A screen saved by an older version held whole notes: it is simply not used.
	return saved?.rows.every((row) => typeof row.data.title === 'string') ? saved : undefined;
}
/**
 * The rows of the saved first screen by note version (id and time of change): a note that has
 * not changed since is drawn from its saved row, with no Markdown to read as the list opens.
 * Only rows this build made: an update may change how a note becomes a row.
 */
export function savedNoteRows(): ReadonlyMap<string, NoteRow> {
	const saved = savedNotesScreen();
	if (saved?.above.build !== version) return new Map();
	return new Map(saved.rows.map((row) => [versionOf(row), row.data]));
}

/** One stored version of a note: any change to it changes its time. */
export const versionOf = (note: { id: string; updatedAt: number }): string =>
	`${note.id}@${note.updatedAt}`;

/** The notes list, loaded, remembers its first screen for the next visit. */
export const keepNotesScreen = (screen: NotesScreen): void =>
	firstScreens.keep('notes', { ...screen, above: { ...screen.above, build: version } });

/** undefined while loading, null when there is no such note. */
export const getNote = (id: string): Note | null | undefined => notes.get(id);

/** The notes about one record, newest change first; undefined while loading. */
export function listNotesLinkedTo(kind: LinkKind, id: string): Note[] | undefined {
	if (listNotes() === undefined) return undefined;
	return noteLinks
		.notesAbout({ kind, id })
		.map((noteId) => notes.get(noteId))
		.filter((note): note is Note => !!note)
		.sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * The notes a list shows: archived or not, with a tag or any, pinned first and then in the
 * order given (newest first, as `listNotes` gives them). One pass, no sort: the list is worked
 * out again whenever a note changes, with years of notes.
 */
export function notesShown(
	list: readonly Note[],
	{ archived, tag }: { archived: boolean; tag?: string }
): Note[] {
	const pinned: Note[] = [];
	const rest: Note[] = [];
	for (const note of list) {
		if (note.data.archived !== archived || (tag && !note.data.tags.includes(tag))) continue;
		(note.data.pinned ? pinned : rest).push(note);
	}
	return pinned.concat(rest);
}

/** Every tag in use, most used first. */
export function tagsInUse(list: Note[]): string[] {
	const counts = new Map<string, number>();
	for (const note of list) {
		for (const tag of note.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** Splits what the user typed in the tags field: commas separate, case and spaces are kept tidy. */
export function parseTags(input: string): string[] {
	const seen = new Set<string>();
	const tags: string[] = [];
	for (const raw of input.split(',')) {
		const tag = raw.trim().replace(/\s+/g, ' ').replace(/^#/, '');
		if (tag && !seen.has(tag.toLowerCase())) {
			seen.add(tag.toLowerCase());
			tags.push(tag);
		}
	}
	return tags;
}

/** A note's title is its first non-blank line, without Markdown heading marks. */
export function noteTitle(data: NoteData): string {
	const line = data.text.split('\n').find((l) => l.trim()) ?? '';
	return line
		.trim()
		.replace(/^#{1,6}\s+/, '')
		.trim();
}

// Mutations

export async function createNote(text = '', links: NoteLink[] = []): Promise<Note> {
	return notes.create({ text, tags: [], pinned: false, archived: false, links });
}

/**
 * Saves a note's text. Given the text the edit started `from`, it refuses (EditConflict) to
 * replace a text that another tab or window changed in the meantime.
 */
export async function saveNoteText(id: string, text: string, from?: string): Promise<void> {
	await notes.update(id, (data) => {
		if (from !== undefined && data.text !== from && data.text !== text) {
			throw new ChangeRefused();
		}
		return { ...data, text };
	});
}

export async function setNoteTags(id: string, tags: string[]): Promise<void> {
	await notes.update(id, (data) => ({ ...data, tags }));
}

export async function setNotePinned(id: string, pinned: boolean): Promise<void> {
	await notes.update(id, (data) => ({ ...data, pinned }));
}

export async function setNoteArchived(id: string, archived: boolean): Promise<void> {
	await notes.update(id, (data) => ({ ...data, archived }));
}

export async function addNoteLink(id: string, link: NoteLink): Promise<void> {
	await notes.update(id, (data) => {
		const links = data.links ?? [];
		const known = links.some((l) => l.kind === link.kind && l.id === link.id);
		return known ? data : { ...data, links: [...links, link] };
	});
}

export async function removeNoteLink(id: string, link: NoteLink): Promise<void> {
	await notes.update(id, (data) => ({
		...data,
		links: (data.links ?? []).filter((l) => !(l.kind === link.kind && l.id === link.id))
	}));
}

/** Ticks or unticks the index-th task box of a note, from its preview. */
export async function toggleNoteTask(id: string, index: number): Promise<string> {
	// Loaded here, not at the top: the Markdown parser is only needed once a preview is open,
	// and every page that lists linked notes imports this module.
	const { toggleTask } = await import('./markdown');
	const updated = await notes.update(id, (data) => ({
		...data,
		text: toggleTask(data.text, index)
	}));
	return updated.data.text;
}

/** Deletes a note and returns it for undo. */
export const deleteNote = (id: string): Promise<Note | undefined> => notes.remove(id);
export const restoreNote = (note: Note): Promise<void> => notes.restore(note);

/** The text of a note made from what another app shared (title, text and link may each be missing). */
export function sharedNoteText(shared: {
	title?: string | null;
	text?: string | null;
	url?: string | null;
}): string {
	const parts = [shared.title, shared.text, shared.url]
		.map((part) => part?.trim() ?? '')
		.filter(Boolean);
	// Android often puts the link inside the text as well: keep it once.
	return [...new Set(parts)].join('\n\n');
}
