import { describe, expect, it } from 'vitest';
import { parseTemplate, renderDocument } from '$lib/resolutions/template-engine';
import {
	findResolutionTemplate,
	resolutionTemplates,
	type ResolutionTemplate
} from './resolutions';
import { sources } from './sources';
import type { Locale, Localized } from './types';

const locales: Locale[] = ['en', 'es'];

function placeholders(text: string): string[] {
	return parseTemplate(text).flatMap((segment) => (segment.type === 'field' ? [segment.key] : []));
}

function mustFind(slug: string): ResolutionTemplate {
	const template = findResolutionTemplate(slug);
	if (!template) throw new Error(`No resolution template "${slug}"`);
	return template;
}

function clauses(template: ResolutionTemplate): Localized[] {
	return [...template.whereas, ...template.resolved];
}

function allTexts(template: ResolutionTemplate): Localized[] {
	return [
		template.title,
		template.whenToUse,
		...template.fields.flatMap((field) => (field.hint ? [field.label, field.hint] : [field.label])),
		...clauses(template),
		...template.howToAdopt
	];
}

/** Politicians the articles name: none may be written into a template's text. */
const politicians = [
	'Craig',
	'Adam Smith',
	'Tina Smith',
	'Hochul',
	'Mamdani',
	'Walz',
	'Frey',
	'Pritzker',
	'Brandon Johnson',
	'Obama',
	'Biden',
	'Trump',
	'Krishnamoorthi',
	'Noem',
	'Sawant',
	'Preckwinkle',
	'Newsom',
	'Karen Bass',
	'Sanders',
	'Ocasio-Cortez',
	'Bush',
	'Roosevelt',
	'Olson',
	'Homan',
	'Raoul',
	'Fuentes',
	'Thompson'
];

describe('resolution templates', () => {
	it('has at least seven templates, covering the ideas the articles name', () => {
		expect(resolutionTemplates.length).toBeGreaterThanOrEqual(7);
		for (const slug of [
			'defend-immigrant-coworkers',
			'fourth-amendment-workplace',
			'city-non-compliance',
			'independent-investigation',
			'revoke-endorsements',
			'prepare-strike-action',
			'strike-solidarity'
		]) {
			expect(mustFind(slug).slug).toBe(slug);
		}
	});

	it('has unique kebab-case slugs and positive integer versions', () => {
		const slugs = resolutionTemplates.map((template) => template.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const template of resolutionTemplates) {
			expect(template.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(Number.isInteger(template.version) && template.version > 0).toBe(true);
		}
	});

	it('leaves the paths of the draft editor and print view free', () => {
		for (const reserved of ['edit', 'print'])
			expect(findResolutionTemplate(reserved)).toBeUndefined();
	});

	it('finds nothing for unknown or prototype slugs', () => {
		for (const slug of ['', 'nope', '__proto__', 'constructor', 'toString']) {
			expect(findResolutionTemplate(slug)).toBeUndefined();
		}
	});

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: declares well-formed, unique fields',
		(_, template) => {
			const keys = template.fields.map((field) => field.key);
			expect(new Set(keys).size).toBe(keys.length);
			for (const field of template.fields) {
				expect(field.key).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(['text', 'multiline', 'date', 'number']).toContain(field.kind);
			}
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: clause placeholders match the declared fields in both languages',
		(_, template) => {
			const declared = template.fields.map((field) => field.key).sort();
			for (const locale of locales) {
				const used = new Set(clauses(template).flatMap((clause) => placeholders(clause[locale])));
				for (const key of used) expect(declared).toContain(key);
				expect([...used].sort()).toEqual(declared);
			}
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: has no stray braces and no placeholders outside clauses',
		(_, template) => {
			for (const text of allTexts(template)) {
				for (const locale of locales) {
					const literal = parseTemplate(text[locale])
						.map((segment) => (segment.type === 'text' ? segment.text : ''))
						.join('');
					expect(literal).not.toMatch(/[{}]/);
				}
			}
			const outside = [template.title, template.whenToUse, ...template.howToAdopt];
			for (const text of outside) {
				for (const locale of locales) expect(placeholders(text[locale])).toEqual([]);
			}
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: every text exists in both languages and is translated',
		(_, template) => {
			expect(template.whereas.length).toBeGreaterThan(0);
			expect(template.resolved.length).toBeGreaterThan(0);
			expect(template.howToAdopt.length).toBeGreaterThan(0);
			for (const text of allTexts(template)) {
				expect(text.en.trim()).not.toBe('');
				expect(text.es.trim()).not.toBe('');
				expect(text.en).not.toBe(text.es);
			}
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: clauses leave the formal openings and closing marks to the renderer',
		(_, template) => {
			for (const clause of clauses(template)) {
				expect(clause.en).not.toMatch(/\b(whereas|resolved)\b/i);
				expect(clause.en).not.toMatch(/^that\b/i);
				expect(clause.es).not.toMatch(/considerando|resuelve/i);
				expect(clause.es).not.toMatch(/^que\b/i);
				for (const locale of locales) expect(clause[locale]).not.toMatch(/[.;,:\s]$/);
			}
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: Spanish addresses the reader as usted, never tú',
		(_, template) => {
			for (const text of allTexts(template)) {
				expect(text.es).not.toMatch(/(^|[^\p{L}])(tú|tu|tus|ti|contigo)(?![\p{L}])/iu);
			}
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: cites at least one known source, once each',
		(_, template) => {
			expect(template.sources.length).toBeGreaterThan(0);
			expect(new Set(template.sources).size).toBe(template.sources.length);
			for (const key of template.sources) expect(Object.keys(sources)).toContain(key);
		}
	);

	it.each(resolutionTemplates.map((template) => [template.slug, template] as const))(
		'%s: renders completely once every field is filled',
		(_, template) => {
			const values = Object.fromEntries(template.fields.map((field) => [field.key, 'X']));
			for (const locale of locales) {
				for (const format of ['text', 'markdown', 'html'] as const) {
					const output = renderDocument(
						{
							title: template.title[locale],
							whereas: template.whereas.map((clause) => clause[locale]),
							resolved: template.resolved.map((clause) => clause[locale]),
							values,
							locale
						},
						format
					);
					expect(output).not.toContain('{{');
					expect(output).not.toContain('missing');
					expect(output).not.toMatch(/[.;]{2}|;\.|\.;/);
				}
			}
		}
	);

	it('keeps politicians’ names out of the endorsements template: they are fields', () => {
		const template = mustFind('revoke-endorsements');
		for (const text of allTexts(template)) {
			for (const locale of locales) {
				for (const name of politicians) expect(text[locale]).not.toContain(name);
			}
		}
		expect(template.fields.map((field) => field.key)).toContain('politicians');
		expect(
			template.resolved.some((clause) => placeholders(clause.en).includes('politicians'))
		).toBe(true);
	});

	it('keeps politicians’ names out of every template', () => {
		for (const template of resolutionTemplates) {
			for (const text of allTexts(template)) {
				for (const locale of locales) {
					for (const name of politicians) expect(text[locale]).not.toContain(name);
				}
			}
		}
	});

	it('names the striking union as a field, never a value', () => {
		const template = mustFind('strike-solidarity');
		expect(template.fields.map((field) => field.key)).toContain('striking_union');
	});

	it('gives May Day 2026 as Friday, 1 May in both languages', () => {
		const texts = clauses(mustFind('prepare-strike-action'));
		expect(texts.some((text) => text.en.includes('Friday, May 1, 2026'))).toBe(true);
		expect(texts.some((text) => text.es.includes('viernes 1 de mayo de 2026'))).toBe(true);
	});
});
