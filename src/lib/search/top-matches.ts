import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';

/** A match as MiniSearch scores it, before any result object is made. */
interface RawMatch {
	score: number;
	/** The query terms this document matched. */
	terms: string[];
	/** Index term → the fields it was found in. */
	match: Record<string, string[]>;
}

export interface TopMatch {
	id: string;
	score: number;
	/** The index terms matched, for highlighting. */
	terms: string[];
}

export interface TopMatches {
	/**
	 * The best `limit` matches and every match tied with the last of them, unsorted: the caller
	 * ranks them and breaks the ties.
	 */
	best: TopMatch[];
	/** How many documents matched in all. */
	count: number;
}

/** The parts of MiniSearch (7.x) used here that its types keep private or protected. */
interface MiniSearchInternals {
	executeQuery(query: Query, options: SearchOptions): Map<number, RawMatch>;
	_documentIds: Map<number, string>;
}

/**
 * MiniSearch, asked for the best few matches only. Its `search` makes and sorts a result object
 * for every match: thousands for a common word among 10,000 notes, on every key, where the list
 * shows 50. This scores the same query with MiniSearch's own `executeQuery` and makes objects
 * only for the matches that can be shown. `executeQuery` is private in MiniSearch's types: the
 * tests beside this file compare both paths, so an update that changes it fails there first.
 */
export function topMatches<T>(
	index: MiniSearch<T>,
	query: Query,
	options: Omit<SearchOptions, 'filter'>,
	limit: number,
	keep: (id: string) => boolean
): TopMatches {
	const internals = index as unknown as MiniSearchInternals;
	const raw = internals.executeQuery(query, options);
	const ids: string[] = [];
	const scores: number[] = [];
	const matches: RawMatch[] = [];
	for (const [shortId, match] of raw) {
		const id = internals._documentIds.get(shortId) as string;
		if (!keep(id)) continue;
		ids.push(id);
		// As MiniSearch's `search` scores: documents that match more of the query rank higher.
		scores.push(match.score * (match.terms.length || 1));
		matches.push(match);
	}
	const cutoff = limit < scores.length ? roundedScore(nthLargest(scores, limit)) : -Infinity;
	const best: TopMatch[] = [];
	for (let i = 0; i < ids.length; i++) {
		const score = scores[i] as number;
		if (roundedScore(score) >= cutoff) {
			best.push({
				id: ids[i] as string,
				score,
				terms: Object.keys((matches[i] as RawMatch).match)
			});
		}
	}
	return { best, count: ids.length };
}

/** Scores equal to six decimals are a tie: float noise must not decide which of two is shown. */
export function roundedScore(score: number): number {
	return Math.round(score * 1e6);
}

/** The n-th largest of `values` (n from 1), without sorting objects. */
function nthLargest(values: number[], n: number): number {
	const sorted = Float64Array.from(values).sort();
	return sorted[sorted.length - n] as number;
}
