import MiniSearch, { type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { roundedScore, topMatches } from './top-matches';

interface Doc {
	id: string;
	text: string;
}

const WORDS = [
	'strike',
	'striking',
	'steward',
	'huelga',
	'union',
	'unity',
	'vote',
	'shift',
	'sign'
];

/** A corpus where many documents share words and scores, as a real one does. */
function corpus(): Doc[] {
	return Array.from({ length: 300 }, (_, i) => ({
		id: `doc:${i}`,
		text: Array.from({ length: 1 + (i % 7) }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(
			' '
		)
	}));
}

const options = { fields: ['text'] };

const asked: [string, SearchOptions][] = [
	['strike', { prefix: true }],
	['st', { prefix: true }],
	['union vote', { combineWith: 'AND', prefix: true }],
	['union vote', { combineWith: 'OR' }],
	['strikr', { fuzzy: 1 }],
	['nothing', { prefix: true }]
];

describe('topMatches', () => {
	const plain = new MiniSearch<Doc>(options);
	plain.addAll(corpus());

	it.each(asked)(
		'finds what MiniSearch finds for %j, and the same best',
		(query, searchOptions) => {
			const all = plain.search(query, searchOptions);
			const found = topMatches(plain, query, searchOptions, 10, () => true);
			expect(found.count).toBe(all.length);
			const cutoff =
				all.length > 10 ? roundedScore((all[9] as { score: number }).score) : -Infinity;
			const expected = all.filter((result) => roundedScore(result.score) >= cutoff);
			const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
			expect(found.best.map(({ id, score, terms }) => ({ id, score, terms })).sort(byId)).toEqual(
				expected.map(({ id, score, terms }) => ({ id, score, terms })).sort(byId)
			);
		}
	);

	it('counts and keeps only the documents asked for', () => {
		const even = (id: string) => Number(id.split(':')[1]) % 2 === 0;
		const found = topMatches(plain, 'strike', { prefix: true }, 5, even);
		expect(found.count).toBe(
			plain.search('strike', { prefix: true, filter: (r) => even(r.id) }).length
		);
		expect(found.best.every((match) => even(match.id))).toBe(true);
	});
});
