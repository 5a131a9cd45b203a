import { describe, expect, it } from 'vitest';
import * as alerts from './alert-templates';
import * as infoCards from './info-cards';
import * as roles from './roles';
import * as timeline from './timeline';
import * as whistle from './whistle';
import { alertFields, alertTemplates } from './alert-templates';
import { knowYourRightsCard, type InfoCard } from './info-cards';
import { contextFacts } from './timeline';
import { whistleContext, whistleSignals } from './whistle';
import { sources } from './sources';
import type { Localized } from './types';

/** Every piece of built-in rapid-response content, by its export name. */
const content = { ...alerts, ...infoCards, ...roles, ...timeline, ...whistle };

type Visit = (value: unknown, path: string) => void;

function walk(value: unknown, visit: Visit, path = 'content'): void {
	visit(value, path);
	if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${path}[${i}]`));
	else if (value !== null && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) walk(item, visit, `${path}.${key}`);
}

function collect<T>(
	test: (value: unknown) => value is T,
	root: unknown = content
): { value: T; path: string }[] {
	const found: { value: T; path: string }[] = [];
	walk(root, (value, path) => {
		if (test(value)) found.push({ value, path });
	});
	return found;
}

function isLocalized(value: unknown): value is Localized {
	return value !== null && typeof value === 'object' && 'en' in value && 'es' in value;
}

function hasSources(value: unknown): value is { sources: unknown } {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && 'sources' in value;
}

function cardText(card: InfoCard): Localized[] {
	return collect(isLocalized, card).map(({ value }) => value);
}

const cards = Object.values(content).filter(
	(value) => hasSources(value) && 'sections' in value
) as InfoCard[];

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

// Seven or more digits with the separators phone numbers use; ISO dates are stripped first.
const phoneLike = /\d(?:[\s().+-]*\d){6,}/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/g;

describe('rapid-response content', () => {
	it('has text in both languages, never empty and never left untranslated', () => {
		const texts = collect(isLocalized);
		expect(texts.length).toBeGreaterThan(100);
		for (const { value, path } of texts) {
			expect(value.en.trim(), path).not.toBe('');
			expect(value.es.trim(), path).not.toBe('');
			// A sentence that is only a placeholder ("{{what}}") is the same in every language.
			if (value.en.replace(/\{\{\w+\}\}/g, '').trim() !== '') {
				expect(value.es, path).not.toBe(value.en);
			}
		}
	});

	it('attributes every attributed item to at least one known source', () => {
		const attributed = collect(hasSources);
		const expected =
			whistleSignals.length +
			whistleContext.length +
			alertTemplates.length +
			contextFacts.length +
			cards.reduce((sum, card) => sum + 1 + card.sections.length, 0);
		expect(cards).toHaveLength(5);
		expect(attributed).toHaveLength(expected);
		for (const { value, path } of attributed) {
			expect(Array.isArray(value.sources), path).toBe(true);
			const keys = value.sources as string[];
			expect(keys.length, path).toBeGreaterThan(0);
			for (const key of keys) expect(Object.keys(sources), path).toContain(key);
		}
	});

	it('gives each card the union of its sections’ sources', () => {
		for (const card of cards) {
			const fromSections = new Set(card.sections.flatMap((section) => section.sources));
			expect(new Set(card.sources), card.id).toEqual(fromSections);
		}
	});

	it('makes "agents present" a broken rhythm of short blasts', () => {
		const signal = whistleSignals.find((s) => s.id === 'agents-present');
		const on = signal?.pattern.filter((_, i) => i % 2 === 0) ?? [];
		expect(on.length).toBeGreaterThanOrEqual(3);
		for (const ms of on) expect(ms).toBeLessThanOrEqual(500);
		for (const ms of signal?.pattern ?? []) expect(ms).toBeGreaterThan(0);
	});

	it('makes "detention" one long steady blast', () => {
		const signal = whistleSignals.find((s) => s.id === 'detention');
		const on = signal?.pattern.filter((_, i) => i % 2 === 0) ?? [];
		expect(on).toHaveLength(1);
		expect(on[0]).toBeGreaterThanOrEqual(2000);
	});

	it('fills alert templates only from their own fields, using each in both languages', () => {
		const known = alertFields.map((field) => field.key);
		expect(new Set(known).size).toBe(known.length);
		for (const template of alertTemplates) {
			for (const key of template.fields) expect(known, template.id).toContain(key);
			for (const locale of ['en', 'es'] as const) {
				const used = template.sentences.flatMap((sentence) => placeholders(sentence[locale]));
				for (const key of used) expect(template.fields, `${template.id}.${locale}`).toContain(key);
				for (const key of template.fields) expect(used, `${template.id}.${locale}`).toContain(key);
			}
		}
	});

	it('opens every alert with a sentence that needs no field, so it always says what it is', () => {
		for (const template of alertTemplates) {
			const [first] = template.sentences;
			expect(placeholders(first?.en ?? '{{none}}'), template.id).toEqual([]);
			expect(placeholders(first?.es ?? '{{none}}'), template.id).toEqual([]);
		}
	});

	it('uses US spelling in English', () => {
		walk(content, (value, path) => {
			if (isLocalized(value)) {
				expect(value.en, path).not.toMatch(
					/neighbour|colour|organis|labour|defence|favour|centre/i
				);
			}
		});
	});

	it('gives context facts ISO dates', () => {
		for (const fact of [...contextFacts, ...whistleContext]) {
			if (fact.date === undefined) continue;
			expect(fact.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new Date(fact.date).toISOString().slice(0, 10)).toBe(fact.date);
		}
	});

	it('contains no phone-number-like sequence anywhere', () => {
		expect('Call 312-555-0100').toMatch(phoneLike);
		expect('(312) 555 0100').toMatch(phoneLike);
		expect('71.5% of 60,000 on 2025-09-21'.replace(isoDate, '')).not.toMatch(phoneLike);
		walk(content, (value, path) => {
			if (typeof value === 'string')
				expect(value.replace(isoDate, ''), path).not.toMatch(phoneLike);
		});
	});

	it('mentions the Fourth Amendment in both languages on the rights card', () => {
		const texts = cardText(knowYourRightsCard);
		expect(texts.some((t) => t.en.includes('Fourth Amendment'))).toBe(true);
		expect(texts.some((t) => t.es.includes('Cuarta Enmienda'))).toBe(true);
	});

	it('says on the rights card that it is not legal advice', () => {
		const texts = cardText(knowYourRightsCard);
		expect(
			texts.some((t) => /not legal advice/i.test(t.en) && /no es asesoría legal/i.test(t.es))
		).toBe(true);
	});
});
