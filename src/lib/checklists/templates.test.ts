import { describe, expect, it } from 'vitest';
import {
	builtInChecklists,
	findBuiltInChecklist,
	type BuiltInChecklist
} from '$lib/content/checklists';
import { moveItem, removeItem, setDone, setNote } from './changes';
import type { ChecklistData } from './model';
import { dismissTemplateUpdate, takeTemplateUpdate, templateUpdate } from './template-updates';
import { blankChecklist, copyFromBuiltIn, mayHaveTemplateUpdate, newItem } from './templates';

const versioned = findBuiltInChecklist('defend-immigrant-coworkers') as BuiltInChecklist;

/** A copy as a user of the first release would have made it. */
function versionOneCopy(): ChecklistData {
	const copy = copyFromBuiltIn(versioned);
	return {
		...copy,
		items: copy.items.filter((item) => versioned.items.find((i) => i.id === item.id)!.since === 1),
		template: { slug: versioned.slug, version: 1 }
	};
}

describe('copyFromBuiltIn', () => {
	it.each(builtInChecklists.map((c) => [c.slug, c] as const))(
		'%s: copies every item with its id, wording, sources and measure, nothing done',
		(_slug, source) => {
			const copy = copyFromBuiltIn(source);
			expect(copy.title).toEqual(source.title);
			expect(copy.archived).toBe(false);
			expect(copy.template).toEqual({ slug: source.slug, version: source.version });
			expect(copy.items.map((item) => item.id)).toEqual(source.items.map((item) => item.id));
			copy.items.forEach((item, index) => {
				const original = source.items[index]!;
				expect(item.title).toEqual(original.title);
				expect(item.why).toEqual(original.why);
				expect(item.sources).toEqual(original.sources);
				expect(item.done).toBe(false);
				expect(item.note).toBe('');
				if (original.measure) expect(item.measure).toMatchObject({ count: 0 });
				else expect(item.measure).toBeUndefined();
			});
		}
	);

	it('is a snapshot: changing the copy leaves the built-in content alone, and back', () => {
		const source = builtInChecklists[0]!;
		const before = structuredClone(source);
		const copy = copyFromBuiltIn(source);
		(copy.title as { en: string }).en = 'changed';
		(copy.items[0]!.title as { en: string }).en = 'changed';
		copy.items[0]!.sources!.push('wsws');
		expect(source).toEqual(before);
	});

	it('keeps the built-in unit of a structure test, with no band (the articles give none)', () => {
		const source = builtInChecklists.find((c) => c.items.some((i) => i.measure))!;
		const measured = copyFromBuiltIn(source).items.find((i) => i.measure)!;
		expect(measured.measure).toEqual({
			unit: source.items.find((i) => i.measure)!.measure!.unit,
			count: 0
		});
	});
});

describe('blank checklists and new items', () => {
	it('starts empty, unarchived and without a template', () => {
		expect(blankChecklist()).toEqual({ title: '', items: [], archived: false });
	});

	it('gives each new item its own id', () => {
		const a = newItem('Call the steward');
		expect(a).toMatchObject({ title: 'Call the steward', done: false, note: '' });
		expect(newItem('x').id).not.toBe(a.id);
	});
});

describe('template versions', () => {
	it('offers nothing to a current copy, a blank checklist or an unknown template', () => {
		expect(templateUpdate(copyFromBuiltIn(versioned))).toBeUndefined();
		expect(templateUpdate(blankChecklist('mine'))).toBeUndefined();
		const orphan = { ...versionOneCopy(), template: { slug: 'gone', version: 1 } };
		expect(templateUpdate(orphan)).toBeUndefined();
	});

	it('tells a version 1 copy what version 2 adds', () => {
		const update = templateUpdate(versionOneCopy());
		expect(update?.template).toBe(versioned);
		expect(update?.added.map((item) => item.id)).toEqual(['union-resolution', 'link-committees']);
	});

	it('never offers again an item the copy already has', () => {
		const copy = versionOneCopy();
		const withOne = { ...copy, items: [...copy.items, newItemWithId('link-committees')] };
		expect(templateUpdate(withOne)?.added.map((item) => item.id)).toEqual(['union-resolution']);
	});

	it('does not bring back an old item the user deleted', () => {
		const copy = removeItem('form-committee')(versionOneCopy());
		const added = templateUpdate(copy)!.added.map((item) => item.id);
		expect(added).not.toContain('form-committee');
	});

	it('adds the new items only when asked, keeping everything the user did', () => {
		let copy = versionOneCopy();
		copy = setDone('hold-training', true)(copy);
		copy = setNote('commute', 'Ask about the night bus')(copy);
		copy = moveItem('commute', 0)(copy);
		const before = structuredClone(copy);

		const taken = takeTemplateUpdate(templateUpdate(copy)!)(copy);
		expect(taken.items.slice(0, before.items.length)).toEqual(before.items);
		expect(taken.items.slice(before.items.length).map((i) => i.id)).toEqual([
			'union-resolution',
			'link-committees'
		]);
		expect(taken.template).toEqual({ slug: versioned.slug, version: 2 });
		expect(templateUpdate(taken)).toBeUndefined();
		// Safe to apply twice (see changes.ts).
		expect(takeTemplateUpdate(templateUpdate(copy)!)(taken)).toEqual(taken);
	});

	it('stays quiet once dismissed, without changing the items', () => {
		const copy = versionOneCopy();
		const dismissed = dismissTemplateUpdate(templateUpdate(copy)!)(copy);
		expect(dismissed.items).toEqual(copy.items);
		expect(dismissed.template).toEqual({ slug: versioned.slug, version: 1, dismissedVersion: 2 });
		expect(templateUpdate(dismissed)).toBeUndefined();
	});

	it('is foreseen from the library alone: a newer version the user has not dismissed', () => {
		const copy = versionOneCopy();
		expect(mayHaveTemplateUpdate(copy)).toBe(true);
		expect(mayHaveTemplateUpdate(copyFromBuiltIn(versioned))).toBe(false);
		expect(mayHaveTemplateUpdate(blankChecklist('mine'))).toBe(false);
		expect(mayHaveTemplateUpdate(dismissTemplateUpdate(templateUpdate(copy)!)(copy))).toBe(false);
		for (const source of builtInChecklists) {
			expect(mayHaveTemplateUpdate(copyFromBuiltIn(source)), source.slug).toBe(false);
		}
	});
});

function newItemWithId(id: string) {
	return { ...newItem(id), id };
}
