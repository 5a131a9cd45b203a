import { describe, expect, it } from 'vitest';
import { summarize } from './note-summary';

describe('summarize', () => {
	it('takes the first line as the title and the rest as a plain excerpt', () => {
		const summary = summarize(
			'\n## Meeting **Tuesday**\n- [x] Bring\n\n- [ ] [sheets](https://x.org)',
			['union', 'shop floor']
		);
		expect(summary).toEqual({
			title: 'Meeting Tuesday',
			excerpt: 'Bring sheets',
			tags: '#union #shop floor'
		});
	});

	it('shows no Markdown marks in the title or the excerpt', () => {
		const { title, excerpt } = summarize('**Bold** start\n> quoted _words_ and `code`', []);
		expect(title).toBe('Bold start');
		expect(excerpt).toBe('quoted words and code');
	});

	it('cuts the excerpt to the length asked for', () => {
		expect(summarize(`Title\n${'word '.repeat(100)}`, [], 20).excerpt).toBe('word word word word');
		expect(summarize('   ', [])).toEqual({ title: '', excerpt: '', tags: '' });
	});
});
