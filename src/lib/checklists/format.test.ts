import { describe, expect, it } from 'vitest';
import { checklistTitle, formatDue, formatPercent, measureText, progressText } from './format';

// Unit tests run in the base language, English.
describe('format', () => {
	it('writes percentages rounded down, in the locale’s style', () => {
		expect(formatPercent(70, 'en')).toBe('70%');
		expect(formatPercent(99.9, 'en')).toBe('99%');
		expect(formatPercent(70, 'es').replace(/\s/g, ' ')).toBe('70 %');
	});

	it('writes progress in words', () => {
		expect(progressText({ done: 3, total: 10, percent: 30 })).toBe('3 of 10 done (30%)');
	});

	it('names an untitled checklist', () => {
		expect(checklistTitle({ title: '  ' })).toBe('Untitled checklist');
		expect(checklistTitle({ title: { en: 'Strike school', es: 'Escuela de huelga' } })).toBe(
			'Strike school'
		);
	});

	it('writes due dates for people', () => {
		expect(formatDue('2026-05-01', 'en-US')).toBe('Fri, May 1, 2026');
		expect(formatDue('not a date', 'en-US')).toBe('not a date');
	});

	it('puts a structure test against its band in words, not only colour', () => {
		const measure = { unit: 'cards signed', count: 84, total: 120, targetLow: 65, targetHigh: 80 };
		expect(measureText(measure)).toBe(
			'84 of 120 cards signed (70%). Within your target of 65–80%.'
		);
		expect(measureText({ ...measure, count: 70 })).toBe(
			'70 of 120 cards signed (58%). Below your target of 65–80%: 8 more to reach it.'
		);
		expect(measureText({ ...measure, count: 100 })).toBe(
			'100 of 120 cards signed (83%). Above your target of 65–80%.'
		);
		expect(measureText({ unit: '', count: 4 })).toBe(
			'4 people so far. Set the total to see progress.'
		);
		expect(measureText({ unit: 'cards', count: 4, total: 8 })).toBe(
			'4 of 8 cards (50%). Set a target band to see where you stand.'
		);
	});
});
