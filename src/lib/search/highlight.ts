import { normalizeText, tokenize, wordSpans, type WordSpan } from './normalize';

export interface HighlightPart {
	text: string;
	match: boolean;
}

function needlesOf(terms: string[]): string[] {
	return [...new Set(terms.flatMap((term) => tokenize(term)))];
}

function* matchingSpans(text: string, needles: string[]): Generator<WordSpan> {
	if (needles.length === 0) return;
	for (const span of wordSpans(text)) {
		const word = normalizeText(span.word);
		if (needles.some((needle) => word.startsWith(needle))) yield span;
	}
}

/**
 * Splits `text` into plain-text parts, flagging words that start with one of `terms`
 * (accent- and case-insensitive). Parts are meant for text nodes and <mark>, never for innerHTML.
 */
export function highlight(text: string, terms: string[]): HighlightPart[] {
	const parts: HighlightPart[] = [];
	const push = (part: string, match: boolean) => {
		if (!part) return;
		const last = parts.at(-1);
		if (last && last.match === match) last.text += part;
		else parts.push({ text: part, match });
	};
	let cursor = 0;
	for (const span of matchingSpans(text, needlesOf(terms))) {
		push(text.slice(cursor, span.start), false);
		push(text.slice(span.start, span.end), true);
		cursor = span.end;
	}
	push(text.slice(cursor), false);
	return parts;
}

function isLowSurrogate(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	return code >= 0xdc00 && code <= 0xdfff;
}

/** Text on one line, as a snippet is cut from: every run of white space made one space. */
export function flatten(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * About `length` characters of `flat` (text passed through `flatten`, which a search does once
 * per record rather than on every key) around the first word matching `terms`, with ellipses.
 */
export function snippet(flat: string, terms: string[], length = 160): string {
	if (flat.length <= length) return flat;
	const first = matchingSpans(flat, needlesOf(terms)).next();
	const matchStart = first.done ? 0 : first.value.start;
	const matchEnd = first.done ? 0 : first.value.end;

	// A little context before the match reads better than starting on it.
	let start = Math.max(0, Math.min(matchStart - Math.floor(length / 4), flat.length - length));
	if (start > 0) {
		const space = flat.indexOf(' ', start);
		if (space !== -1 && space < matchStart) start = space + 1;
	}
	let end = Math.min(flat.length, start + length);
	if (end < flat.length) {
		const space = flat.lastIndexOf(' ', end);
		if (space > matchEnd) end = space;
	}
	if (isLowSurrogate(flat, start)) start += 1;
	if (isLowSurrogate(flat, end)) end -= 1;
	return (start > 0 ? '…' : '') + flat.slice(start, end).trim() + (end < flat.length ? '…' : '');
}
