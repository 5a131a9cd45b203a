import { collection, type Entity } from '$lib/db';
import { dateTimeFormat } from '$lib/ui/intl';
import type { Locale } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import { plainSpaces } from './plain-text';

/** A quick structured report of agent activity, written to hand to a legal team. */
export interface IncidentData {
	/** When it happened (ms since the epoch), prefilled with the time the report was started. */
	occurredAt: number;
	place: string;
	agents: number;
	vehicles: number;
	plates: string;
	/** Uniforms, insignia or agency, as seen. */
	agency: string;
	whatHappened: string;
	witnesses: string;
	followUp: string;
}

export type Incident = Entity<IncidentData>;

const DAY_MS = 24 * 60 * 60 * 1000;

const incidents = collection<IncidentData>('incident');

export function newIncident(now = Date.now()): IncidentData {
	return {
		occurredAt: now,
		place: '',
		agents: 0,
		vehicles: 0,
		plates: '',
		agency: '',
		whatHappened: '',
		witnesses: '',
		followUp: ''
	};
}

// Queries
/** Most recent incident first. */
let sorted: { from: Incident[]; list: Incident[] } | undefined;

/** Most recent incident first; undefined while loading. */
export function listIncidents(): Incident[] | undefined {
	const all = incidents.list();
	if (!all) return undefined;
	if (sorted?.from !== all) {
		sorted = { from: all, list: [...all].sort((a, b) => b.data.occurredAt - a.data.occurredAt) };
	}
	return sorted.list;
}

/** undefined while loading, null when there is no such report. */
export const getIncident = (id: string): Incident | null | undefined => incidents.get(id);

/** When an incident logged at `createdAt` is deleted, or null when reports are kept. */
export function deletionTime(createdAt: number, retentionDays: number | null): number | null {
	return retentionDays === null ? null : createdAt + retentionDays * DAY_MS;
}

export function expiredIncidents<T extends { createdAt: number }>(
	list: T[],
	retentionDays: number | null,
	now = Date.now()
): T[] {
	return list.filter((incident) => {
		const at = deletionTime(incident.createdAt, retentionDays);
		return at !== null && at <= now;
	});
}

// Mutations
export const createIncident = (data: IncidentData): Promise<Incident> => incidents.create(data);

/**
 * Saves a whole report under its id; the first save of a new report makes it. A version another
 * tab saved since `from` is kept as a separate report, which is returned.
 */
export function saveIncident(
	id: string,
	data: IncidentData,
	from?: IncidentData
): Promise<Incident | undefined> {
	return incidents.put(id, data, from);
}

export const deleteIncident = (id: string): Promise<Incident | undefined> => incidents.remove(id);
export const restoreIncident = (incident: Incident): Promise<void> => incidents.restore(incident);

/** Deletes reports older than the retention setting; returns how many went. */
export async function purgeExpiredIncidents(
	retentionDays: number | null,
	now = Date.now()
): Promise<number> {
	if (retentionDays === null) return 0;
	await incidents.ready();
	const expired = expiredIncidents(incidents.list() ?? [], retentionDays, now);
	for (const incident of expired) await incidents.remove(incident.id);
	return expired.length;
}

// Presentation
function formatDateTime(time: number, locale: Locale): string {
	return plainSpaces(
		dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(time)
	);
}

/** A one-line name for lists and search: the place, or the time when no place was written. */
export function incidentTitle(data: IncidentData, locale: Locale): string {
	const when = plainSpaces(
		dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(data.occurredAt)
	);
	return data.place.trim() ? `${data.place.trim()} · ${when}` : when;
}

/** The report as plain text for a legal team, in the chosen language; empty fields left out. */
export function incidentText(data: IncidentData, locale: Locale): string {
	const options = { locale };
	const line = (label: string, value: string | number) =>
		String(value).trim() && value !== 0 ? [`${label}: ${String(value).trim()}`] : [];
	const block = (label: string, value: string) =>
		value.trim() ? ['', `${label}:`, value.trim()] : [];
	return [
		m.rr_incident_report_heading({}, options),
		`${m.rr_incident_time({}, options)}: ${formatDateTime(data.occurredAt, locale)}`,
		...line(m.rr_incident_place({}, options), data.place),
		...line(m.rr_incident_agents({}, options), data.agents),
		...line(m.rr_incident_vehicles({}, options), data.vehicles),
		...line(m.rr_incident_plates({}, options), data.plates),
		...line(m.rr_incident_agency({}, options), data.agency),
		...block(m.rr_incident_what({}, options), data.whatHappened),
		...block(m.rr_incident_witnesses({}, options), data.witnesses),
		...block(m.rr_incident_follow_up({}, options), data.followUp)
	].join('\n');
}

/** A file name for the downloaded report: the date and time it happened. */
export function incidentFileName(data: IncidentData): string {
	const d = new Date(data.occurredAt);
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
	return `incident-${stamp}.txt`;
}
