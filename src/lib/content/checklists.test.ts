import { describe, expect, it } from 'vitest';
import {
	builtInChecklists,
	findBuiltInChecklist,
	itemsAddedSince,
	type BuiltInChecklist
} from './checklists';
import { checklistLibrary } from './checklist-library';
import { sources } from './sources';
import type { Localized } from './types';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function expectTranslated(text: Localized, where: string) {
	expect(text.en.trim(), `${where} (en)`).not.toBe('');
	expect(text.es.trim(), `${where} (es)`).not.toBe('');
	expect(text.es, `${where} is not translated`).not.toBe(text.en);
}

function expectSourced(keys: string[], where: string) {
	expect(keys.length, `${where} has no source`).toBeGreaterThan(0);
	for (const key of keys) expect(Object.keys(sources), `${where}: ${key}`).toContain(key);
}

describe('built-in checklists', () => {
	it('ships at least seven checklists with unique kebab-case slugs', () => {
		expect(builtInChecklists.length).toBeGreaterThanOrEqual(7);
		const slugs = builtInChecklists.map((checklist) => checklist.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(kebab);
		// /strike-school/checklist is the page of a user's own checklist.
		expect(slugs).not.toContain('checklist');
	});

	it.each(builtInChecklists.map((c) => [c.slug, c] as const))(
		'%s: items have unique kebab-case ids and 5–10 entries',
		(_slug, checklist) => {
			const ids = checklist.items.map((item) => item.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(kebab);
			expect(ids.length).toBeGreaterThanOrEqual(5);
			expect(ids.length).toBeLessThanOrEqual(10);
		}
	);

	it.each(builtInChecklists.map((c) => [c.slug, c] as const))(
		'%s: every text is present and translated',
		(slug, checklist) => {
			expectTranslated(checklist.title, `${slug} title`);
			expectTranslated(checklist.summary, `${slug} summary`);
			for (const item of checklist.items) {
				expectTranslated(item.title, `${slug}/${item.id} title`);
				// Titles must fit a phone-sized list row.
				expect(item.title.en.length, `${slug}/${item.id}`).toBeLessThanOrEqual(80);
				expect(item.title.es.length, `${slug}/${item.id}`).toBeLessThanOrEqual(80);
				if (item.why) expectTranslated(item.why, `${slug}/${item.id} why`);
				if (item.measure) expectTranslated(item.measure.unit, `${slug}/${item.id} unit`);
			}
		}
	);

	it.each(builtInChecklists.map((c) => [c.slug, c] as const))(
		'%s: the checklist and each item cite known sources',
		(slug, checklist) => {
			expectSourced(checklist.sources, slug);
			for (const item of checklist.items) expectSourced(item.sources, `${slug}/${item.id}`);
		}
	);

	it.each(builtInChecklists.map((c) => [c.slug, c] as const))(
		'%s: item versions never exceed the checklist version, and the newest matches it',
		(_slug, checklist) => {
			expect(Number.isInteger(checklist.version)).toBe(true);
			for (const item of checklist.items) {
				expect(Number.isInteger(item.since)).toBe(true);
				expect(item.since).toBeGreaterThanOrEqual(1);
				expect(item.since).toBeLessThanOrEqual(checklist.version);
			}
			expect(Math.max(...checklist.items.map((item) => item.since))).toBe(checklist.version);
		}
	);

	it('measures give a unit and, when banded, 0 ≤ low ≤ high ≤ 100', () => {
		const measured = builtInChecklists.flatMap((c) => c.items.filter((item) => item.measure));
		expect(measured.length).toBeGreaterThanOrEqual(2);
		for (const { measure } of measured) {
			const { targetLow, targetHigh } = measure!;
			// A band is all or nothing: half a band cannot be drawn.
			expect(targetLow === undefined).toBe(targetHigh === undefined);
			if (targetLow === undefined || targetHigh === undefined) continue;
			expect(targetLow).toBeGreaterThanOrEqual(0);
			expect(targetHigh).toBeLessThanOrEqual(100);
			expect(targetLow).toBeLessThanOrEqual(targetHigh);
		}
	});
});

describe('findBuiltInChecklist', () => {
	it('finds every checklist by slug and nothing else', () => {
		for (const checklist of builtInChecklists) {
			expect(findBuiltInChecklist(checklist.slug)).toBe(checklist);
		}
		expect(findBuiltInChecklist('no-such-checklist')).toBeUndefined();
	});
});

describe('itemsAddedSince', () => {
	it('gives a current copy nothing and a pre-release copy everything', () => {
		for (const checklist of builtInChecklists) {
			expect(itemsAddedSince(checklist, checklist.version)).toEqual([]);
			expect(itemsAddedSince(checklist, 0)).toEqual(checklist.items);
		}
	});

	it('gives a version 1 copy exactly the items added in version 2', () => {
		const versioned = findBuiltInChecklist('defend-immigrant-coworkers') as BuiltInChecklist;
		expect(versioned.version).toBe(2);
		expect(itemsAddedSince(versioned, 1).map((item) => item.id)).toEqual([
			'union-resolution',
			'link-committees'
		]);
	});

	it('leaves every other checklist at version 1', () => {
		const others = builtInChecklists.filter((c) => c.slug !== 'defend-immigrant-coworkers');
		for (const checklist of others) expect(checklist.version).toBe(1);
	});
});

describe('the checklist library', () => {
	it('says how many items each ready-made checklist has, in the same order', () => {
		expect(checklistLibrary.map((entry) => [entry.slug, entry.itemCount])).toEqual(
			builtInChecklists.map((checklist) => [checklist.slug, checklist.items.length])
		);
	});
});
