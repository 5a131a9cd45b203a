import { readSettings } from '$lib/contacts/settings';
import { purgeOldAlerts } from './alert-records';
import { purgeExpiredIncidents } from './incidents';

/**
 * Deletes what is kept only for a while: alerts after their hours, incident reports after the
 * days the user chose. Resolves with how many reports went (old alerts go quietly).
 */
export async function purgeExpired(): Promise<number> {
	void purgeOldAlerts().catch(() => undefined);
	const { incidentRetentionDays } = await readSettings();
	return purgeExpiredIncidents(incidentRetentionDays);
}
