import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeText, tokenize } from './normalize';
import { groupByKind, SearchIndex, withoutTitle, type SearchDoc } from './search-index';

function doc(id: string, fields: Partial<SearchDoc> = {}): SearchDoc {
	return { id, kind: 'note', title: '', body: '', href: `/${id}`, ...fields };
}

function ids(index: SearchIndex, query: string): string[] {
	return index.search(query).map((hit) => hit.id);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('normalize', () => {
	it('lower-cases and strips Latin diacritics', () => {
		expect(normalizeText('Huélga NIÑO Acción')).toBe('huelga nino accion');
		expect(tokenize('¿Dónde está la Migra?')).toEqual(['donde', 'esta', 'la', 'migra']);
	});

	it('splits on any punctuation and Unicode whitespace', () => {
		expect(tokenize('rapid-response\u00a0line…strike/huelga, 2026')).toEqual([
			'rapid',
			'response',
			'line',
			'strike',
			'huelga',
			'2026'
		]);
	});

	it('keeps other scripts intact and splits Han and kana per character', () => {
		expect(tokenize('Забастовка сегодня')).toEqual(['забастовка', 'сегодня']);
		expect(tokenize('ストライキが')).toEqual(['ス', 'ト', 'ラ', 'イ', 'キ', 'が']);
		expect(tokenize('罢工 union')).toEqual(['罢', '工', 'union']);
		expect(tokenize('파업 시작')).toEqual(['파업', '시작']);
	});

	it('drops emoji and symbols without crashing', () => {
		expect(tokenize('✊🏽 huelga 🚨🚨')).toEqual(['huelga']);
		expect(tokenize('')).toEqual([]);
	});
});

describe('SearchIndex', () => {
	const docs: SearchDoc[] = [
		doc('note:strike', {
			title: 'Strike vote tonight',
			body: 'Bring your card to the union hall before the shift change.'
		}),
		doc('note:huelga', {
			title: 'Plan de huelga',
			body: 'La Huélga empieza el lunes. Lleve agua y su tarjeta.',
			tags: ['turno']
		}),
		doc('builtin-card:raid', {
			kind: 'builtin-card',
			title: 'During a raid',
			body: 'Stay calm, do not open the door, record what you see.'
		}),
		doc('contact:ana', { kind: 'contact', title: 'Ana', body: 'Steward, night shift' }),
		doc('incident:1', {
			kind: 'incident',
			title: 'Agentes en la cuadra',
			body: 'Amenaza de deportación a un vecino. Niño en la escuela.'
		})
	];

	it('finds words by prefix while typing', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'huel')).toEqual(['note:huelga']);
		expect(ids(index, 'depor')).toEqual(['incident:1']);
	});

	it('matches regardless of accents and case, both ways', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'HUELGA')).toEqual(['note:huelga']);
		expect(ids(index, 'deportacion')).toEqual(['incident:1']);
		expect(ids(index, 'nino')).toEqual(['incident:1']);
		expect(ids(index, 'dúring')).toEqual(['builtin-card:raid']);
	});

	it('tolerates typos: one edit from 4 letters, two from 8', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'strke')).toContain('note:strike');
		expect(ids(index, 'stewrd')).toEqual(['contact:ana']);
		expect(ids(index, 'deprtasion')).toEqual(['incident:1']);
		expect(ids(index, 'stwrd')).toEqual([]);
		// Short words are not fuzzy: "ana" must not match "and" or "agua".
		expect(ids(index, 'anx')).toEqual([]);
	});

	it('looks up typos only while exact and prefix matches are fewer than a screenful', () => {
		const strikes = (count: number) =>
			Array.from({ length: count }, (_, i) =>
				doc(`strike:${i}`, { title: 'Meeting', body: 'Two strikes this year.' })
			);
		const few = new SearchIndex();
		few.addAll([...strikes(9), doc('typo', { title: 'Strife' })]);
		// A title one letter off would outrank words that only start with "strike".
		expect(ids(few, 'strike')[0]).toBe('typo');
		const many = new SearchIndex();
		many.addAll([...strikes(10), doc('typo', { title: 'Strife' })]);
		expect(ids(many, 'strike')).not.toContain('typo');
	});

	it('limits a search to some kinds before counting hits, so typos are still looked up', () => {
		const index = new SearchIndex();
		index.addAll([
			...Array.from({ length: 20 }, (_, i) => doc(`note:${i}`, { kind: 'note', title: 'Strike' })),
			doc('contact:typo', { kind: 'contact', title: 'Strife' })
		]);
		expect(index.search('strike', { limit: 5, kinds: ['contact'] }).map((hit) => hit.id)).toEqual([
			'contact:typo'
		]);
	});

	it('searches English and Spanish content side by side', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'shift')).toEqual(expect.arrayContaining(['note:strike', 'contact:ana']));
		expect(ids(index, 'tarjeta')).toEqual(['note:huelga']);
		expect(ids(index, 'record')).toEqual(['builtin-card:raid']);
	});

	it('searches tags', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'turno')).toEqual(['note:huelga']);
	});

	it('ranks a title match above a body match', () => {
		const index = new SearchIndex();
		index.addAll([
			doc('body', { title: 'Meeting notes', body: 'We talked about the picket line and dues.' }),
			doc('title', { title: 'Picket line', body: 'We talked about the meeting and dues.' })
		]);
		expect(ids(index, 'picket')).toEqual(['title', 'body']);
	});

	it('ranks an exact match above a fuzzy one', () => {
		const index = new SearchIndex();
		index.addAll([
			doc('fuzzy', { title: 'Strike fund', updatedAt: 2 }),
			doc('exact', { title: 'Strife fund', updatedAt: 1 })
		]);
		expect(ids(index, 'strife')).toEqual(['exact', 'fuzzy']);
	});

	it('breaks ties with the most recent update', () => {
		const index = new SearchIndex();
		index.addAll([
			doc('old', { title: 'Rapid response', updatedAt: 1 }),
			doc('new', { title: 'Rapid response', updatedAt: 3 }),
			doc('mid', { title: 'Rapid response', updatedAt: 2 })
		]);
		expect(ids(index, 'rapid')).toEqual(['new', 'mid', 'old']);
	});

	it('requires every word, and falls back to any word when none has them all', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'strike card')).toEqual(['note:strike']);
		expect(ids(index, 'strike tarjeta').sort()).toEqual(['note:huelga', 'note:strike']);
	});

	it('ignores stop words next to real words but not a stop word typed alone', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'the strike ')).toEqual(['note:strike']);
		expect(ids(index, 'plan de huelga ')).toEqual(['note:huelga']);
		// "la" alone may be the start of a longer word.
		expect(ids(index, 'la')).toEqual([]);
		index.upsert(doc('note:labor', { title: 'Labor board' }));
		expect(ids(index, 'la')).toEqual(['note:labor']);
	});

	it('waits for a second letter before using the next word', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(ids(index, 'strike v')).toEqual(ids(index, 'strike'));
		expect(ids(index, 'strike vo')).toEqual(['note:strike']);
	});

	it('returns hits with href, matched terms and a snippet around the match', () => {
		const index = new SearchIndex();
		const long = `${'Filler words about nothing. '.repeat(20)}The boss called ICE on Tuesday. ${'More filler. '.repeat(20)}`;
		index.addAll([doc('note:long', { title: 'Long note', body: long })]);
		const [hit] = index.search('tues');
		expect(hit).toMatchObject({ id: 'note:long', kind: 'note', href: '/note:long' });
		expect(hit?.terms).toEqual(['tuesday']);
		expect(hit?.snippet).toContain('Tuesday');
		expect(hit?.snippet.length).toBeLessThanOrEqual(162);
		expect(hit?.snippet.startsWith('…')).toBe(true);
	});

	it('honours the limit', () => {
		const index = new SearchIndex();
		index.addAll(
			Array.from({ length: 30 }, (_, i) => doc(`n${i}`, { title: 'Union dues', updatedAt: i }))
		);
		expect(index.search('union', { limit: 5 }).map((hit) => hit.id)).toEqual([
			'n29',
			'n28',
			'n27',
			'n26',
			'n25'
		]);
	});

	it('returns nothing for empty or symbol-only queries', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		expect(index.search('')).toEqual([]);
		expect(index.search('  ¿?! 🚨 ')).toEqual([]);
	});

	it('does not crash on emoji, CJK or markup and finds CJK words', () => {
		const index = new SearchIndex();
		index.addAll([
			doc('cjk', { title: '罢工通知', body: 'ストライキは明日です 🚨✊🏽' }),
			doc('xss', { title: '<img src=x onerror=alert(1)>', body: '"><script>alert(1)</script>' })
		]);
		expect(ids(index, '罢工')).toEqual(['cjk']);
		expect(ids(index, 'ストライキ')).toEqual(['cjk']);
		expect(ids(index, '🚨')).toEqual([]);
		expect(ids(index, 'onerror')).toEqual(['xss']);
		expect(ids(index, 'script')).toEqual(['xss']);
	});

	it('searches a saved index as it searched the index it was saved from', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		const restored = SearchIndex.restore(index.save());
		for (const query of ['shift', 'huelga', 'strik', 'tarjeta vote']) {
			expect(restored.search(query)).toEqual(index.search(query));
		}
		expect(restored.versions()).toEqual(index.versions());
	});

	it('starts empty from an index saved in another format', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		const saved = JSON.parse(index.save()) as { format: number };
		const older = SearchIndex.restore(JSON.stringify({ ...saved, format: saved.format - 1 }));
		expect(older.size).toBe(0);
		expect(older.search('shift')).toEqual([]);
	});

	it('works out every hit’s shown text in slices, up to a deadline', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		const past = () => performance.now() - 1;
		expect(index.prepareShown(past())).toBe(false);
		expect(index.prepareShown(Infinity)).toBe(true);
		// Nothing is left to work out, even with no time at all.
		expect(index.prepareShown(past())).toBe(true);
		index.upsert(doc('note:new', { title: 'New', body: 'Más' }));
		expect(index.prepareShown(past())).toBe(false);
	});

	it('upserts by replacing the previous version', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		index.upsert(doc('note:strike', { title: 'Walkout tonight', body: 'Meet at gate 3.' }));
		expect(index.size).toBe(docs.length);
		expect(ids(index, 'strike')).toEqual([]);
		expect(ids(index, 'walkout')).toEqual(['note:strike']);
	});

	it('removes documents', () => {
		const index = new SearchIndex();
		index.addAll(docs);
		index.remove('note:huelga');
		index.remove('missing');
		expect(index.size).toBe(docs.length - 1);
		expect(ids(index, 'huelga')).toEqual([]);
		index.upsert(docs[1] as SearchDoc);
		expect(ids(index, 'huelga')).toEqual(['note:huelga']);
	});

	it('replaceKind only re-indexes what changed and leaves other kinds alone', () => {
		const index = new SearchIndex();
		const notes = [
			doc('note:1', { title: 'First', body: 'alpha', updatedAt: 1 }),
			doc('note:2', { title: 'Second', body: 'bravo', updatedAt: 1 }),
			doc('note:3', { title: 'Third', body: 'charlie', updatedAt: 1 })
		];
		index.addAll([...notes, doc('contact:1', { kind: 'contact', title: 'Delta' })]);
		const add = vi.spyOn(MiniSearch.prototype, 'add');
		const discard = vi.spyOn(MiniSearch.prototype, 'discard');

		// A live query re-emits fresh objects with the same content.
		index.replaceKind(
			'note',
			notes.map((note) => ({ ...note }))
		);
		expect(add).not.toHaveBeenCalled();
		expect(discard).not.toHaveBeenCalled();

		index.replaceKind('note', [
			{ ...(notes[0] as SearchDoc) },
			{ ...(notes[1] as SearchDoc), body: 'bravo echo', updatedAt: 2 },
			doc('note:4', { title: 'Fourth', body: 'foxtrot' })
		]);
		expect(add.mock.calls.map(([added]) => added.id)).toEqual(['note:2', 'note:4']);
		expect(discard.mock.calls.map(([id]) => id).sort()).toEqual(['note:2', 'note:3']);
		expect(index.size).toBe(4);
		expect(ids(index, 'echo')).toEqual(['note:2']);
		expect(ids(index, 'charlie')).toEqual([]);
		expect(ids(index, 'delta')).toEqual(['contact:1']);
	});

	it('replaceKind compares content when records carry no updatedAt', () => {
		const index = new SearchIndex();
		const card = doc('builtin-card:1', { kind: 'builtin-card', title: 'Card', body: 'Stay calm' });
		index.replaceKind('builtin-card', [card]);
		const add = vi.spyOn(MiniSearch.prototype, 'add');
		index.replaceKind('builtin-card', [{ ...card }]);
		expect(add).not.toHaveBeenCalled();
		index.replaceKind('builtin-card', [{ ...card, body: 'Mantenga la calma' }]);
		expect(add).toHaveBeenCalledTimes(1);
		expect(ids(index, 'calma')).toEqual(['builtin-card:1']);
	});

	it('groups hits by kind in order of each kind’s best hit, keeping hit order', () => {
		const index = new SearchIndex();
		index.addAll([
			doc('note:a', { title: 'Shift schedule', body: 'shift shift' }),
			doc('contact:a', { kind: 'contact', title: 'Night shift steward' }),
			doc('note:b', { body: 'Swap my shift on Friday, long text about many other things too' }),
			doc('builtin-card:a', { kind: 'builtin-card', body: 'Talk to your shift before a vote' })
		]);
		const hits = index.search('shift');
		const groups = groupByKind(hits);
		expect(groups.map((group) => group.kind)).toEqual([
			...new Set(hits.map((hit) => hit.kind))
		] as string[]);
		for (const group of groups) {
			expect(group.hits).toEqual(hits.filter((hit) => hit.kind === group.kind));
		}
		expect(groupByKind(hits)).toEqual(groups);
		expect(groupByKind([])).toEqual([]);
	});

	it('shows a note as plain text and its snippet without the title', () => {
		const index = new SearchIndex();
		const text = '# Picket **plan**\n- [x] bring [flyers](https://example.org)\n- [ ] call _Ana_';
		index.addAll([doc('note:plan', { title: '# Picket **plan**', body: text, markdown: true })]);
		const [hit] = index.search('flyers');
		expect(hit?.title).toBe('Picket plan');
		expect(hit?.snippet).toBe('bring flyers call Ana');
	});

	it('never repeats the title at the start of a snippet, whatever the kind', () => {
		const index = new SearchIndex();
		index.addAll([
			doc('incident:2', {
				kind: 'incident',
				title: 'Agents at the corner',
				body: 'agents at the corner\nTwo vans'
			}),
			doc('contact:b', { kind: 'contact', title: 'Vans Repair', body: 'Vans parked outside' })
		]);
		const snippets = Object.fromEntries(index.search('vans').map((hit) => [hit.id, hit.snippet]));
		expect(snippets).toEqual({ 'incident:2': 'Two vans', 'contact:b': 'Vans parked outside' });
		expect(withoutTitle('  Title\nrest', 'title')).toBe('\nrest');
		expect(withoutTitle('Other\nrest', 'Title')).toBe('Other\nrest');
	});
});
