import { describe, expect, test } from 'vitest';
import { loaded, useTestDatabase } from '$lib/db/testing';
import {
	ALERT_KEEP_MS,
	closableAlerts,
	createAlert,
	getAlert,
	newAlert,
	purgeOldAlerts,
	saveAlert,
	unsentAlert
} from './alert-records';

const db = useTestDatabase();

describe('alert records', () => {
	test('an unsent alert is offered again; a sent one can be closed by an all clear', async () => {
		const sighting = await createAlert(newAlert('agents-sighted', { locale: 'en' }));
		expect((await loaded(() => unsentAlert()))?.id).toBe(sighting.id);
		await saveAlert(sighting.id, { ...sighting.data, sentAt: Date.now() });
		expect(await loaded(() => unsentAlert())).toBeNull();
		const meeting = await createAlert(newAlert('meeting-called', { locale: 'en' }));
		await saveAlert(meeting.id, { ...meeting.data, sentAt: Date.now() });
		// A meeting is not something an all clear closes.
		expect(closableAlerts().map((alert) => alert.id)).toEqual([sighting.id]);
	});

	test('are kept a few hours after their last change, then deleted', async () => {
		const alert = await createAlert(newAlert('all-clear', { locale: 'es' }));
		const later = alert.updatedAt + ALERT_KEEP_MS + 1;
		expect(getAlert(alert.id)?.data.templateId).toBe('all-clear');
		expect(getAlert(alert.id, later)).toBeNull();
		expect(unsentAlert(later)).toBeNull();
		expect(await purgeOldAlerts(alert.updatedAt + 1)).toBe(0);
		expect(await purgeOldAlerts(later)).toBe(1);
		expect(await db().records.where('kind').equals('alert').count()).toBe(0);
	});
});
