import type { Note } from './notes';
import { markdownToText } from './plain-text';

export interface NoteSummary {
	title: string;
	excerpt: string;
	tags: string;
}

/** A list row never shows more than this; a long note is read only as far as its opening. */
const READ_AT_MOST = 2000;

/**
 * A note as a list row shows it: its first line as the title and the next words as an excerpt,
 * both as plain text (no Markdown marks), and its tags.
 */
export function summarize(text: string, tags: string[], length = 120): NoteSummary {
	const lines = markdownToText(text.slice(0, READ_AT_MOST)).split('\n');
	const titleLine = lines.findIndex((line) => line.trim());
	return {
		title: lines[titleLine]?.trim() ?? '',
		excerpt: lines
			.slice(titleLine + 1)
			.join(' ')
			.replace(/\s+/g, ' ')
			.slice(0, length)
			.trim(),
		tags: tags.map((tag) => `#${tag}`).join(' ')
	};
}

/** Per stored version of a note: a list row's strings are worked out once, not on every render. */
const summaries = new WeakMap<Note, NoteSummary>();

export function noteSummary(note: Note): NoteSummary {
	let summary = summaries.get(note);
	if (!summary) {
		summary = summarize(note.data.text, note.data.tags);
		summaries.set(note, summary);
	}
	return summary;
}
