import { collection, recordsScreen, type Entity } from '$lib/db';
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
	/** Where the follow-up stands; missing on reports from before it existed (not started). */
	followUpStatus?: FollowUpStatus;
	/** The day of the next follow-up ("2026-09-30"), or empty. */
	followUpOn?: string;
}

/**
 * Steps after an incident, in neutral words (no legal advice): the hub lists every report not
 * closed, so nobody falls through after a raid.
 */
export const FOLLOW_UP_STATUSES = [
	'not-started',
	'legal-team-told',
	'family-contacted',
	'lawyer-found',
	'released',
	'transferred',
	'closed'
] as const;

export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export function followUpLabel(status: FollowUpStatus | undefined, locale?: Locale): string {
	const options = locale ? { locale } : undefined;
	const labels: Record<FollowUpStatus, string> = {
		'not-started': m.rr_follow_up_not_started({}, options),
		'legal-team-told': m.rr_follow_up_legal_team_told({}, options),
		'family-contacted': m.rr_follow_up_family_contacted({}, options),
		'lawyer-found': m.rr_follow_up_lawyer_found({}, options),
		released: m.rr_follow_up_released({}, options),
		transferred: m.rr_follow_up_transferred({}, options),
		closed: m.rr_follow_up_closed({}, options)
	};
	return labels[status ?? 'not-started'];
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
		followUp: '',
		followUpStatus: 'not-started',
		followUpOn: ''
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

/** The incidents list's first screen at the last visit, shown while the reports load. */
export const incidentsScreen = recordsScreen<IncidentData>('incidents');

let open: { from: Incident[]; list: Incident[] } | undefined;

/**
 * Reports whose follow-up is not closed: the soonest follow-up day first, then those without a
 * day, most recent incident first. undefined while loading.
 */
export function openFollowUps(): Incident[] | undefined {
	const all = listIncidents();
	if (!all) return undefined;
	if (open?.from !== all) {
		const dated = (i: Incident) => i.data.followUpOn || '9999';
		open = {
			from: all,
			list: all
				.filter((incident) => incident.data.followUpStatus !== 'closed')
				.sort((a, b) => dated(a).localeCompare(dated(b)))
		};
	}
	return open.list;
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
		'',
		`${m.rr_follow_up_status({}, options)}: ${followUpLabel(data.followUpStatus, locale)}`,
		...line(m.rr_follow_up_on({}, options), data.followUpOn ?? ''),
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
