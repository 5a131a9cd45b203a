// Only the Latin/Greek/Cyrillic accent block: stripping every \p{M} would also erase
// Japanese dakuten and Indic vowel signs, which change the word rather than decorate it.
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Han and kana are written without spaces, so each character is its own term: a multi-character
// query then AND-matches its characters instead of needing the whole sentence as a prefix.
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const UNSPACED_SPLIT =
	/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

export const STOP_WORDS: ReadonlySet<string> = new Set([
	// English
	'a',
	'an',
	'and',
	'are',
	'as',
	'at',
	'be',
	'by',
	'for',
	'from',
	'in',
	'is',
	'it',
	'of',
	'on',
	'or',
	'that',
	'the',
	'to',
	'with',
	// Spanish
	'al',
	'con',
	'de',
	'del',
	'e',
	'el',
	'en',
	'es',
	'la',
	'las',
	'lo',
	'los',
	'o',
	'para',
	'por',
	'que',
	'se',
	'su',
	'u',
	'un',
	'una',
	'y'
]);

export function normalizeText(text: string): string {
	const lower = text.toLowerCase();
	if (ASCII.test(lower)) return lower;
	return lower.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC');
}

/** True for Han and kana terms, where a single character is already a whole word. */
export function isUnspacedScript(term: string): boolean {
	return UNSPACED_SCRIPT.test(term);
}

export interface WordSpan {
	start: number;
	end: number;
	word: string;
}

/** Word runs of `text` with their offsets, so callers can map terms back to the original. */
export function* wordSpans(text: string): Generator<WordSpan> {
	for (const run of text.matchAll(WORD)) {
		const start = run.index;
		const word = run[0];
		if (!UNSPACED_SCRIPT.test(word)) {
			yield { start, end: start + word.length, word };
			continue;
		}
		for (const part of word.matchAll(UNSPACED_SPLIT)) {
			const partStart = start + part.index;
			yield { start: partStart, end: partStart + part[0].length, word: part[0] };
		}
	}
}

/** Lower-cased, accent-free terms; indexing and querying must both go through this. */
export function tokenize(text: string): string[] {
	const normalized = normalizeText(text);
	if (!UNSPACED_SCRIPT.test(normalized)) return normalized.match(WORD) ?? [];
	return Array.from(wordSpans(normalized), (span) => span.word);
}
