import type { SearchSource } from '$lib/search/search-source';
import { listNotes, noteTitle } from './notes';

export const noteSearchSource: SearchSource = {
	kind: 'note',
	async load() {
		const notes = await listNotes();
		return notes.map((note) => ({
			id: `note:${note.id}`,
			kind: 'note',
			title: noteTitle(note.data),
			body: note.data.text,
			tags: note.data.tags,
			href: `/notes/edit?id=${note.id}`,
			updatedAt: note.updatedAt
		}));
	}
};
