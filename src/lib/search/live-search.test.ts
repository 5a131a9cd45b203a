import { describe, expect, test, vi } from 'vitest';
import type { SearchHit } from './search-index';

/** Each search waits until the test answers it. */
const asked: { query: string; answer: (hits: SearchHit[]) => void }[] = [];

vi.mock('./search-manager.svelte', () => ({
	searchManager: {
		revision: 0,
		ready: true,
		start: () => {},
		search: (query: string) => new Promise<SearchHit[]>((answer) => asked.push({ query, answer }))
	},
	describeRecord: () => undefined
}));

const { LiveSearch } = await import('./live-search.svelte');

const hit = (title: string) => ({ title }) as SearchHit;
const settle = () => new Promise((done) => setTimeout(done));

describe('search as the user types', () => {
	test('asks at once, coalesces the keys typed meanwhile, and shows only the latest answer', async () => {
		asked.length = 0;
		const search = new LiveSearch();
		search.ask('s');
		search.ask('st');
		search.ask('str');
		expect(asked.map((a) => a.query)).toEqual(['s']);

		asked[0]!.answer([hit('s')]);
		await settle();
		expect(asked.map((a) => a.query)).toEqual(['s', 'str']);
		expect(search.hits).toEqual([]);

		asked[1]!.answer([hit('strike')]);
		await settle();
		expect(search.hits).toEqual([hit('strike')]);
		expect(search.answered).toBe('str');
	});

	test('an answer that arrives after the box was cleared is dropped', async () => {
		asked.length = 0;
		const search = new LiveSearch();
		search.ask('picket');
		search.ask('');
		asked[0]!.answer([hit('picket')]);
		await settle();
		expect(search.hits).toEqual([]);
		expect(asked).toHaveLength(1);
	});
});
