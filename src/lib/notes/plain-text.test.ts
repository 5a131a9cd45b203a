import { describe, expect, it } from 'vitest';
import { markdownToText } from './plain-text';

describe('markdownToText', () => {
	it('drops heading, emphasis, task and link marks, one block per line', () => {
		const text = [
			'# Meeting with **nurses**',
			'',
			'- [x] bring _flyers_',
			'- [ ] call [Ana](https://example.org) about `dues`',
			'',
			'> Quote from ~~someone~~ them',
			'1. first',
			'2. second'
		].join('\n');
		expect(markdownToText(text)).toBe(
			[
				'Meeting with nurses',
				'bring flyers',
				'call Ana about dues',
				'Quote from someone them',
				'first',
				'second'
			].join('\n')
		);
	});

	it('keeps escaped characters, entities as characters, image alt text and table cells', () => {
		expect(markdownToText('2 \\* 3 &amp; 4 &#233;')).toBe('2 * 3 & 4 é');
		expect(markdownToText('![a map](map.png) here')).toBe('a map here');
		expect(markdownToText('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a b\n1 2');
	});

	it('keeps raw HTML and code as typed, as the preview shows them', () => {
		expect(markdownToText('<b>hi</b> there')).toBe('<b>hi</b> there');
		expect(markdownToText('```\nx = **1**\n```')).toBe('x = **1**');
	});

	it('leaves plain text alone', () => {
		expect(markdownToText('Just words, nothing else')).toBe('Just words, nothing else');
		expect(markdownToText('')).toBe('');
	});
});
