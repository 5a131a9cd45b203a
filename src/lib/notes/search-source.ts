import type { RecordSearchSource } from '$lib/search/search-source';
import { noteTitle, type NoteData } from './notes';

export const noteSearchSource: RecordSearchSource<NoteData> = {
	kind: 'note',
	records: 'note',
	doc: (note) => ({
		id: `note:${note.id}`,
		kind: 'note',
		title: noteTitle(note.data),
		body: note.data.text,
		tags: note.data.tags,
		href: `/notes/edit?id=${note.id}`,
		updatedAt: note.updatedAt,
		markdown: true
	})
};
