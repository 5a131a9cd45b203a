import { describe, expect, it } from 'vitest';
import { builtInChecklists, findBuiltInChecklist } from '$lib/content/checklists';
import { useTestDatabase } from '$lib/db/testing';
import { docsOf } from '$lib/search/testing';
import { insertItem, setNote } from './changes';
import { createBlankChecklist, startFromBuiltIn, updateChecklist } from './checklists';
import { builtInChecklistSearchSource, checklistSearchSource } from './search-source';
import { newItem } from './templates';

useTestDatabase();

describe('checklistSearchSource', () => {
	it('gives one document per checklist with item titles and notes, linking to it', async () => {
		const mine = await createBlankChecklist('Night shift');
		await updateChecklist(mine.id, insertItem(newItem('Talk to the drivers')));
		const copy = await startFromBuiltIn(findBuiltInChecklist('no-strike-clause')!);
		const noted = await updateChecklist(copy.id, setNote('find-clause', 'Article 31, page 40'));

		const docs = await docsOf(checklistSearchSource);
		expect(checklistSearchSource.kind).toBe('checklist');
		expect(docs).toHaveLength(2);
		const [first, second] = docs;
		expect(first).toMatchObject({
			id: `checklist:${copy.id}`,
			kind: 'checklist',
			title: 'Know your contract’s no-strike clause',
			href: `/strike-school/checklist?id=${copy.id}`,
			updatedAt: noted.updatedAt
		});
		expect(first!.body).toContain('Find the no-strike clause in the contract');
		expect(first!.body).toContain('Article 31, page 40');
		expect(second).toMatchObject({ title: 'Night shift', body: 'Talk to the drivers' });
	});
});

describe('builtInChecklistSearchSource', () => {
	it('gives every ready-made checklist, localized, linking to its page', async () => {
		const docs = await docsOf(builtInChecklistSearchSource);
		expect(builtInChecklistSearchSource.kind).toBe('builtin-checklist');
		expect(docs.map((doc) => doc.href)).toEqual(
			builtInChecklists.map((c) => `/strike-school/${c.slug}`)
		);
		const ids = docs.map((doc) => doc.id);
		expect(new Set(ids).size).toBe(ids.length);
		const day = docs.find((doc) => doc.href.endsWith('/day-of-action'))!;
		expect(day.kind).toBe('builtin-checklist');
		expect(day.body).toContain('no work, no school, no shopping');
	});
});
