import { describe, expect, test } from 'vitest';
import { loaded, useTestDatabase } from '$lib/db/testing';
import {
	addNoteLink,
	createNote,
	listNotesLinkedTo,
	noteTitle,
	parseTags,
	removeNoteLink,
	notesShown,
	tagsInUse,
	toggleNoteTask,
	type Note,
	type NoteData
} from './notes';

const data = (text: string, extra: Partial<NoteData> = {}): NoteData => ({
	text,
	tags: [],
	pinned: false,
	archived: false,
	...extra
});

describe('note text', () => {
	test('the title is the first non-blank line without heading marks', () => {
		expect(noteTitle(data('\n\n## Meeting Tuesday\nBring sheets'))).toBe('Meeting Tuesday');
		expect(noteTitle(data('   '))).toBe('');
	});

	test('tags: commas separate, duplicates and blanks go, # is dropped', () => {
		expect(parseTags(' huelga, #May Day ,, Huelga,  school   watch ')).toEqual([
			'huelga',
			'May Day',
			'school watch'
		]);
	});

	test('a list shows pinned notes first, then the rest in the order given, filtered', () => {
		const note = (id: string, extra: Partial<NoteData> = {}): Note => ({
			id,
			kind: 'note',
			createdAt: 0,
			updatedAt: 0,
			data: data(id, extra)
		});
		const newestFirst = [
			note('b'),
			note('old', { archived: true }),
			note('c', { pinned: true, tags: ['x'] }),
			note('a', { tags: ['x'] }),
			note('d', { pinned: true })
		];
		const ids = (list: Note[]) => list.map((n) => n.id);
		expect(ids(notesShown(newestFirst, { archived: false }))).toEqual(['c', 'd', 'b', 'a']);
		expect(ids(notesShown(newestFirst, { archived: false, tag: 'x' }))).toEqual(['c', 'a']);
		expect(ids(notesShown(newestFirst, { archived: true }))).toEqual(['old']);
	});

	test('tags in use, most used first', () => {
		const notes = [['x', 'y'], ['y'], ['z', 'y', 'x']].map((tags, i): Note => ({
			id: `${i}`,
			kind: 'note',
			createdAt: 0,
			updatedAt: 0,
			data: data('', { tags })
		}));
		expect(tagsInUse(notes)).toEqual(['y', 'x', 'z']);
	});
});

describe('stored notes', () => {
	useTestDatabase();

	test('links: a note is found from what it is linked to, once per link', async () => {
		const note = await createNote('About Ana');
		const link = { kind: 'contact' as const, id: 'contact-1' };
		await addNoteLink(note.id, link);
		await addNoteLink(note.id, link);
		const linked = await loaded(() => listNotesLinkedTo('contact', 'contact-1'));
		expect(linked.map((n) => n.data.links)).toEqual([[link]]);
		await removeNoteLink(note.id, link);
		expect(await loaded(() => listNotesLinkedTo('contact', 'contact-1'))).toEqual([]);
	});

	test('a task box ticked in the preview changes the stored text', async () => {
		const note = await createNote('# Plan\n- [ ] book the hall\n- [ ] print flyers');
		expect(await toggleNoteTask(note.id, 1)).toBe(
			'# Plan\n- [ ] book the hall\n- [x] print flyers'
		);
	});
});
