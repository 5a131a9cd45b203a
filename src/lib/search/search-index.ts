import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { markdownToText } from '$lib/notes/plain-text';
import { flatten, snippet } from './highlight';
import { isUnspacedScript, STOP_WORDS, tokenize } from './normalize';
import { roundedScore, topMatches, type TopMatch, type TopMatches } from './top-matches';

export type SearchKind =
	| 'note'
	| 'checklist'
	| 'contact'
	| 'incident'
	| 'resolution'
	| 'builtin-checklist'
	| 'builtin-resolution'
	| 'builtin-card';

export interface SearchDoc {
	/** Unique across kinds, e.g. "note:abc". */
	id: string;
	kind: SearchKind;
	title: string;
	body: string;
	tags?: string[];
	href: string;
	/** Must change whenever the record changes; records without it are compared by content. */
	updatedAt?: number;
	/** The title and body are Markdown (notes): a hit shows them as plain text. */
	markdown?: boolean;
}

export interface SearchHit {
	id: string;
	kind: SearchKind;
	title: string;
	href: string;
	score: number;
	/** Matched index terms (normalised), ready for `highlight`. */
	terms: string[];
	/** About 160 characters of the body around the first match. */
	snippet: string;
}

interface Entry {
	doc: SearchDoc;
	signature: string;
	/** What hits show of it, worked out once (Markdown is slow): see `shownOf`. */
	shown?: Shown;
}

interface Shown {
	/** The title as plain text. */
	title: string;
	/** The body as plain text on one line, without the title it may start with. */
	body: string;
}

const DEFAULT_LIMIT = 50;

/** Exact and prefix matches fewer than this (about a screenful) are joined by near spellings. */
const FUZZY_BELOW = 10;

/** The body without the title it starts with, so that a snippet does not repeat the title. */
export function withoutTitle(body: string, title: string): string {
	const start = body.trimStart();
	const head = title.trim();
	if (!head || start.slice(0, head.length).toLocaleLowerCase() !== head.toLocaleLowerCase()) {
		return body;
	}
	return start.slice(head.length);
}

/** What hits show of a record: plain text, the title said once. Worked out at most once. */
function shownOf(entry: Entry): Shown {
	if (entry.shown) return entry.shown;
	const { doc } = entry;
	const title = doc.markdown ? markdownToText(doc.title) : doc.title;
	const body = doc.markdown ? markdownToText(doc.body) : doc.body;
	entry.shown = { title, body: flatten(withoutTitle(body, title)) };
	return entry.shown;
}

// FNV-1a: a collision only costs a missed re-index of one edited record.
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

// Live queries re-emit whole lists on every save, so the diff must not read every body: a record
// with `updatedAt` is trusted to bump it on each edit, and only bodies without one are hashed.
export function signatureOf(doc: SearchDoc): string {
	const head = [doc.kind, doc.href, doc.title, ...(doc.tags ?? [])].join('\u0000');
	const body = doc.updatedAt === undefined ? hash(doc.body) : doc.updatedAt;
	return `${head}\u0000${doc.body.length}\u0000${body}`;
}

function fuzziness(term: string): number | false {
	if (/^\d+$/.test(term)) return false;
	if (term.length >= 8) return 2;
	return term.length >= 4 ? 1 : false;
}

interface ParsedQuery {
	terms: string[];
	/** False once the user has typed a space or punctuation after the last word. */
	typingLastTerm: boolean;
}

function parseQuery(query: string): ParsedQuery {
	const all = tokenize(query);
	const typingLastTerm = /[\p{L}\p{N}\p{M}]$/u.test(query);
	const last = all.length - 1;
	// The word still being typed may be the start of a longer one ("la" → "labor"), and a query
	// made only of stop words ("de") is still what the user asked for.
	const kept = all.filter((term, i) => !STOP_WORDS.has(term) || (i === last && typingLastTerm));
	const terms = [...new Set(kept.length > 0 ? kept : all)];
	// The first letter of a next word would expand to a large part of the vocabulary and say
	// almost nothing: wait for the second one.
	const typed = terms.at(-1);
	if (
		typingLastTerm &&
		terms.length > 1 &&
		typed?.length === 1 &&
		!isUnspacedScript(typed) &&
		typed === all.at(-1)
	) {
		terms.pop();
	}
	return { terms, typingLastTerm };
}

const indexOptions: Options<SearchDoc> = {
	fields: ['title', 'body', 'tags'],
	storeFields: [],
	tokenize: (text) => tokenize(text),
	processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
	extractField: (doc, field) =>
		field === 'tags' ? (doc.tags ?? []).join(' ') : String(doc[field as keyof SearchDoc] ?? '')
};

/** Bumped whenever the saved form or the tokenizer changes: an older saved index is rebuilt. */
const SAVED_FORMAT = 2;

interface SavedIndex {
	format: number;
	mini: AsPlainObject;
	entries: Entry[];
}

export class SearchIndex {
	private readonly entries: Map<string, Entry>;
	private readonly mini: MiniSearch<SearchDoc>;

	constructor(saved?: SavedIndex) {
		this.entries = new Map(saved?.entries.map((entry) => [entry.doc.id, entry]));
		this.mini = saved ? MiniSearch.loadJS(saved.mini, indexOptions) : new MiniSearch(indexOptions);
	}

	/** An index saved by `save`, or an empty one when the text is from another format. */
	static restore(text: string): SearchIndex {
		const saved = JSON.parse(text) as SavedIndex;
		return saved.format === SAVED_FORMAT ? new SearchIndex(saved) : new SearchIndex();
	}

	save(): string {
		const saved: SavedIndex = {
			format: SAVED_FORMAT,
			mini: this.mini.toJSON(),
			// The shown texts are worked out again: they would double what is saved.
			entries: [...this.entries.values()].map(({ doc, signature }) => ({ doc, signature }))
		};
		return JSON.stringify(saved);
	}

	get size(): number {
		return this.entries.size;
	}

	/** Every document id with the version the index holds of it. */
	versions(): Map<string, string> {
		return new Map([...this.entries].map(([id, entry]) => [id, entry.signature]));
	}

	/**
	 * Works out what hits show of each record not yet shown, until `deadline` (a
	 * `performance.now()` time). True once every record is ready. Run while the worker is idle,
	 * so that a key's hits need no Markdown parsing.
	 */
	prepareShown(deadline: number): boolean {
		for (const entry of this.entries.values()) {
			if (entry.shown) continue;
			if (performance.now() > deadline) return false;
			shownOf(entry);
		}
		return true;
	}

	addAll(docs: SearchDoc[]): void {
		for (const doc of docs) this.upsert(doc);
	}

	upsert(doc: SearchDoc): void {
		const signature = signatureOf(doc);
		const existing = this.entries.get(doc.id);
		if (existing?.signature === signature) {
			// The same version again (built-in content is sent on every visit): keep what was
			// worked out for it.
			this.entries.set(doc.id, { ...existing, doc });
			return;
		}
		this.entries.set(doc.id, { doc, signature });
		if (existing) this.mini.discard(doc.id);
		this.mini.add(doc);
	}

	remove(id: string): void {
		if (!this.entries.delete(id)) return;
		this.mini.discard(id);
	}

	replaceKind(kind: SearchKind, docs: SearchDoc[]): void {
		const next = new Map(docs.map((doc) => [doc.id, doc]));
		for (const [id, entry] of this.entries) {
			if (entry.doc.kind === kind && !next.has(id)) this.remove(id);
		}
		for (const doc of next.values()) this.upsert(doc);
	}

	search(query: string, opts: { limit?: number; kinds?: readonly SearchKind[] } = {}): SearchHit[] {
		const { terms, typingLastTerm } = parseQuery(query);
		if (terms.length === 0) return [];
		const lastIndex = terms.length - 1;
		const options: SearchOptions = {
			tokenize: () => terms,
			processTerm: (term) => term,
			boost: { title: 3, tags: 2 },
			// Finished words still prefix-match so "strike" finds "strikes"; single letters only
			// while they are being typed.
			prefix: (term, i) => term.length > 1 || (typingLastTerm && i === lastIndex),
			fuzzy: (term) => fuzziness(term),
			combineWith: 'AND'
		};
		const { kinds } = opts;
		// Filtered inside the search, so that the list's limit counts only the kinds asked for.
		const keep = kinds
			? (id: string) => {
					const kind = this.entries.get(id)?.doc.kind;
					return kind !== undefined && kinds.includes(kind);
				}
			: () => true;
		const [only] = terms;
		if (terms.length === 1 && only?.length === 1 && typingLastTerm && !isUnspacedScript(only)) {
			// A lone first letter: titles and tags starting with it are useful, bodies are noise
			// and would touch nearly every posting list.
			options.fields = ['title', 'tags'];
		}
		const limit = opts.limit ?? DEFAULT_LIMIT;
		const top = (asked: SearchOptions): TopMatches =>
			topMatches(this.mini, query, asked, limit, keep);
		// Typo tolerance is for a query that finds little. Where exact and prefix matches fill a
		// screen (or the list asked for), near spellings are left out on purpose: one can outrank
		// a real match, and looking every word up one or two letters off is the costliest part
		// of a search.
		let found = top({ ...options, fuzzy: false });
		if (found.count < Math.min(limit, FUZZY_BELOW)) found = top(options);
		if (found.count === 0 && terms.length > 1) found = top({ ...options, combineWith: 'OR' });
		return this.rank(found.best, limit).map(({ match, entry }) => ({
			id: entry.doc.id,
			kind: entry.doc.kind,
			href: entry.doc.href,
			score: match.score,
			terms: match.terms,
			title: shownOf(entry).title,
			snippet: snippet(shownOf(entry).body, match.terms)
		}));
	}

	/** The best `limit` matches, best first; among equal scores, the most recently changed. */
	private rank(matches: TopMatch[], limit: number): { match: TopMatch; entry: Entry }[] {
		const ranked = matches.map((match) => ({
			match,
			rounded: roundedScore(match.score),
			entry: this.entries.get(match.id) as Entry
		}));
		ranked.sort(
			(a, b) => b.rounded - a.rounded || (b.entry.doc.updatedAt ?? 0) - (a.entry.doc.updatedAt ?? 0)
		);
		return ranked.slice(0, limit);
	}
}

/** Search hits grouped by kind; groups follow their best hit, so the most relevant comes first. */
export function groupByKind(hits: SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
	const groups = new Map<SearchKind, SearchHit[]>();
	for (const hit of hits) {
		const group = groups.get(hit.kind);
		if (group) group.push(hit);
		else groups.set(hit.kind, [hit]);
	}
	return Array.from(groups, ([kind, grouped]) => ({ kind, hits: grouped }));
}
