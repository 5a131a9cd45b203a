import { describe, expect, it } from 'vitest';
import { flatten, highlight, snippet } from './highlight';

const marked = (text: string, terms: string[]) =>
	highlight(text, terms)
		.filter((part) => part.match)
		.map((part) => part.text);

describe('highlight', () => {
	it('marks whole words that start with a term, keeping the original case and accents', () => {
		expect(highlight('La Huélga empieza', ['huel'])).toEqual([
			{ text: 'La ', match: false },
			{ text: 'Huélga', match: true },
			{ text: ' empieza', match: false }
		]);
		expect(marked('Deportación, DEPORTACION y deportar', ['deportacion'])).toEqual([
			'Deportación',
			'DEPORTACION'
		]);
		expect(marked('Niño y nino', ['NIÑO'])).toEqual(['Niño', 'nino']);
	});

	it('does not match inside a word', () => {
		expect(marked('restrike strike', ['strike'])).toEqual(['strike']);
	});

	it('merges neighbouring parts and reassembles to the original text', () => {
		const text = 'Strike! strike… (STRIKE)';
		const parts = highlight(text, ['strike']);
		expect(parts.map((part) => part.text).join('')).toBe(text);
		for (let i = 1; i < parts.length; i++) {
			expect(parts[i]?.match).not.toBe(parts[i - 1]?.match);
		}
	});

	it('returns the text unmarked without terms, and nothing for empty text', () => {
		expect(highlight('Union hall', [])).toEqual([{ text: 'Union hall', match: false }]);
		expect(highlight('Union hall', ['', '  ', '!!'])).toEqual([
			{ text: 'Union hall', match: false }
		]);
		expect(highlight('', ['union'])).toEqual([]);
	});

	it('treats markup as plain text, never producing HTML', () => {
		const text = '<img src=x onerror=alert(1)> "><script>alert("xss")</script>';
		const parts = highlight(text, ['alert', 'script']);
		expect(parts.map((part) => part.text).join('')).toBe(text);
		expect(marked(text, ['alert', 'script'])).toEqual(['alert', 'script', 'alert', 'script']);
		for (const part of parts) expect(Object.keys(part).sort()).toEqual(['match', 'text']);
	});

	it('handles emoji and CJK', () => {
		const text = '✊🏽 罢工通知 🚨 ストライキ huelga👩‍👩‍👧';
		expect(highlight(text, ['🚨']).map((part) => part.text)).toEqual([text]);
		expect(marked(text, ['罢', '工'])).toEqual(['罢工']);
		expect(marked(text, ['huelga'])).toEqual(['huelga']);
		expect(
			highlight(text, ['ス'])
				.map((part) => part.text)
				.join('')
		).toBe(text);
	});
});

describe('snippet', () => {
	const filler = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

	it('returns short text whole, with whitespace collapsed', () => {
		expect(snippet(flatten('  Stay\n\ncalm.\tRecord. '), ['calm'])).toBe('Stay calm. Record.');
	});

	it('centres on the first match with ellipses, cutting at word boundaries', () => {
		const text = `${filler('antes', 60)} La Huélga empieza ${filler('después', 60)}`;
		const result = snippet(text, ['huelga']);
		expect(result).toMatch(/^…antes .*La Huélga empieza .*después…$/);
		expect(result.length).toBeLessThanOrEqual(162);
	});

	it('starts at the beginning when nothing matches and respects a custom length', () => {
		const text = filler('union', 100);
		expect(snippet(text, ['zzz'], 40)).toBe(`${filler('union', 6)}…`);
		expect(snippet(text, [], 40).startsWith('union')).toBe(true);
	});

	it('keeps a match near the end inside the window', () => {
		const text = `${filler('word', 80)} final`;
		expect(snippet(text, ['final'])).toMatch(/final$/);
	});

	it('never splits an emoji', () => {
		const text = '🚨'.repeat(200);
		const result = snippet(text, [], 31);
		expect(result).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
		expect(result).not.toMatch(/(?<![\ud800-\udbff])[\udc00-\udfff]/);
	});
});
