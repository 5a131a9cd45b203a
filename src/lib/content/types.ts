/**
 * Built-in content is typed data, shipped in both languages and attributed to its sources.
 * Text is the app's own wording (never the articles' sentences).
 */
export type Locale = 'en' | 'es';

/** A piece of text in every language the app ships. */
export type Localized = Record<Locale, string>;

/** Keys of the four articles in ../shared/seeds (see sources.ts). */
export type SourceKey = 'wsb' | 'tempest' | 'internationalist' | 'wsws';

export interface Source {
	key: SourceKey;
	/** Short name for attribution badges. */
	short: string;
	title: string;
	outlet: string;
	/** ISO date where the article gives one; otherwise a month or season in words. */
	date: Localized;
	author?: string;
	/** Shown as text only: the app never links out (no request leaves the device). */
	address?: string;
}

export interface Attributed {
	sources: SourceKey[];
}

/** Optional context facts with dates and figures, attributed (CONTENT.md §4). */
export interface ContextFact extends Attributed {
	/** ISO yyyy-mm-dd, only where the article gives the day. */
	date?: string;
	text: Localized;
}
