import { describe, expect, test } from 'vitest';
import { findResolutionTemplate, type ResolutionTemplate } from '$lib/content/resolutions';
import { loaded, useTestDatabase } from '$lib/db/testing';
import {
	createDraft,
	deleteDraft,
	duplicateDraft,
	getDraft,
	listDrafts,
	listDraftsForTemplate,
	newDraftData,
	restoreDraft,
	saveDraft,
	setDraftPaper
} from './drafts';

useTestDatabase();

function template(slug: string): ResolutionTemplate {
	const found = findResolutionTemplate(slug);
	if (!found) throw new Error(slug);
	return found;
}

describe('newDraftData', () => {
	test('copies the template’s text in the chosen language, with its slug and version', () => {
		const solidarity = template('strike-solidarity');
		const data = newDraftData(solidarity, 'es');
		expect(data).toMatchObject({
			templateSlug: 'strike-solidarity',
			templateVersion: solidarity.version,
			locale: 'es',
			title: solidarity.title.es,
			values: {},
			paper: 'letter'
		});
		expect(data.whereas.map((clause) => clause.text)).toEqual(
			solidarity.whereas.map((clause) => clause.es)
		);
		expect(data.adoption.status).toBe('draft');
	});

	test('editing a draft’s clauses never touches the template', () => {
		const solidarity = template('strike-solidarity');
		const before = structuredClone(solidarity);
		const data = newDraftData(solidarity, 'en');
		data.whereas[0]!.text = 'changed';
		data.resolved.pop();
		expect(solidarity).toEqual(before);
	});
});

describe('drafts', () => {
	test('several drafts per template, listed newest edit first and by template', async () => {
		const first = await createDraft(template('strike-solidarity'), 'en');
		const second = await createDraft(template('strike-solidarity'), 'es');
		const other = await createDraft(template('city-non-compliance'), 'en');
		await saveDraft(first.id, { ...first.data, values: { city: 'Chicago' } });

		expect((await loaded(() => listDrafts())).map((draft) => draft.id)).toEqual([
			first.id,
			other.id,
			second.id
		]);
		expect(
			(await loaded(() => listDraftsForTemplate('strike-solidarity'))).map((draft) => draft.id)
		).toEqual([first.id, second.id]);
		expect((await loaded(() => getDraft(first.id)))?.data.values).toEqual({ city: 'Chicago' });
	});

	test('a save made from an older version keeps the version saved in between as a copy', async () => {
		const draft = await createDraft(template('strike-solidarity'), 'en');
		await setDraftPaper(draft.id, 'a4');
		const copy = await saveDraft(draft.id, { ...draft.data, title: 'New title' }, draft.data);
		expect((await loaded(() => getDraft(draft.id)))?.data.title).toBe('New title');
		expect(copy?.data.paper).toBe('a4');
		expect(await loaded(() => listDrafts())).toHaveLength(2);
	});

	test('a duplicate keeps the text and starts a fresh adoption record', async () => {
		const draft = await createDraft(template('strike-solidarity'), 'en');
		await saveDraft(draft.id, {
			...draft.data,
			values: { city: 'Chicago' },
			adoption: { ...draft.data.adoption, status: 'adopted', movedBy: 'A. Member' }
		});
		const copy = await duplicateDraft(draft.id);
		expect(copy?.id).not.toBe(draft.id);
		expect(copy?.data.values).toEqual({ city: 'Chicago' });
		expect(copy?.data.adoption).toMatchObject({ status: 'draft', movedBy: '' });
		expect((await loaded(() => getDraft(draft.id)))?.data.adoption.status).toBe('adopted');
		expect(await duplicateDraft('nope')).toBeUndefined();
	});

	test('delete can be undone', async () => {
		const draft = await createDraft(template('strike-solidarity'), 'en');
		const removed = await deleteDraft(draft.id);
		expect(await loaded(() => getDraft(draft.id))).toBeNull();
		await restoreDraft(removed!);
		expect((await loaded(() => getDraft(draft.id)))?.data).toEqual(draft.data);
	});
});
