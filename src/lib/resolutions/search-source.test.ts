import { describe, expect, test } from 'vitest';
import { findResolutionTemplate, resolutionTemplates } from '$lib/content/resolutions';
import { useTestDatabase } from '$lib/db/testing';
import { docsOf } from '$lib/search/testing';
import { createDraft, saveDraft } from './drafts';
import { builtInResolutionSearchSource, resolutionDraftSearchSource } from './search-source';

useTestDatabase();

describe('resolution search sources', () => {
	test('one document per saved draft, with its filled text and a link to its editor', async () => {
		const draft = await createDraft(findResolutionTemplate('strike-solidarity')!, 'en');
		await saveDraft(draft.id, { ...draft.data, values: { striking_union: 'Nurses United' } });
		const docs = await docsOf(resolutionDraftSearchSource);
		expect(docs).toHaveLength(1);
		expect(docs[0]).toMatchObject({
			id: `resolution:${draft.id}`,
			kind: 'resolution',
			title: 'Stand with a union on strike',
			href: `/resolutions/edit?id=${draft.id}`,
			tags: ['Draft']
		});
		expect(docs[0]!.body).toContain(
			'Nurses United is on strike against [Employer they are striking]'
		);
		expect(docs[0]!.updatedAt).toBeGreaterThan(0);
	});

	test('one document per built-in template, linking to its page', async () => {
		const docs = await docsOf(builtInResolutionSearchSource);
		expect(docs.map((doc) => doc.href)).toEqual(
			resolutionTemplates.map((template) => `/resolutions/${template.slug}`)
		);
		const solidarity = docs.find((doc) => doc.id === 'builtin-resolution:strike-solidarity');
		expect(solidarity).toMatchObject({
			kind: 'builtin-resolution',
			title: 'Stand with a union on strike'
		});
		expect(solidarity!.body).toContain('replacement workers');
		expect(solidarity!.body).toContain('[Union on strike]');
	});
});
