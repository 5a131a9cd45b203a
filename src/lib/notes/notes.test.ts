import { describe, expect, test } from 'vitest';
import { loaded, useTestDatabase } from '$lib/db/testing';
import {
	addNoteLink,
	createNote,
	listNotesLinkedTo,
	noteTitle,
	parseTags,
	removeNoteLink,
	sortNotes,
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

	test('pinned notes come first, then the newest', () => {
		const note = (id: string, updatedAt: number, pinned = false): Note => ({
			id,
			kind: 'note',
			createdAt: 0,
			updatedAt,
			data: data(id, { pinned })
		});
		const sorted = sortNotes([note('a', 1), note('b', 3), note('c', 2, true)]);
		expect(sorted.map((n) => n.id)).toEqual(['c', 'b', 'a']);
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
