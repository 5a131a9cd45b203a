import { describe, expect, test } from 'vitest';
import { loaded, useTestDatabase } from '$lib/db/testing';
import { addCustomRole, getSettings, updateSettings } from './settings';

const db = useTestDatabase();

describe('settings', () => {
	test('start from defaults and keep changes in one record', async () => {
		expect(await loaded(() => getSettings())).toMatchObject({
			legalHotline: '',
			incidentRetentionDays: null
		});
		await updateSettings((s) => ({ ...s, legalHotline: 'from my legal group' }));
		await updateSettings((s) => ({ ...s, incidentRetentionDays: 7 }));
		expect(await loaded(() => getSettings())).toMatchObject({
			legalHotline: 'from my legal group',
			incidentRetentionDays: 7
		});
		expect(await db().records.where('kind').equals('settings').count()).toBe(1);
	});

	test('survive two first writes at once', async () => {
		await Promise.all([
			updateSettings((s) => ({ ...s, legalGroupName: 'A' })),
			updateSettings((s) => ({ ...s, legalWording: 'B' }))
		]);
		expect(await loaded(() => getSettings())).toMatchObject({
			legalGroupName: 'A',
			legalWording: 'B'
		});
	});

	test('add a custom role once, whatever its case', async () => {
		const first = await addCustomRole(' Childcare ');
		const again = await addCustomRole('childcare');
		expect(again).toBe(first);
		expect((await loaded(() => getSettings())).customRoles).toEqual([
			{ id: first, name: 'Childcare' }
		]);
	});
});
