import { alertTemplates, type AlertTemplate } from '$lib/content/alert-templates';
import type { Locale } from '$lib/content/types';
import { collection, type Entity } from '$lib/db';
import type { AlertValues, Confirmation, Position } from './alerts';
import { timeInputValue } from './alerts';

/**
 * An alert as the user composes it, kept through the data layer (so the vault covers it) while
 * the user is away in the messaging app: a dropped tab opens it again. Alerts are short-lived
 * on purpose: every one is deleted a few hours after its last change, sent or not.
 */
export interface AlertData {
	templateId: AlertTemplate['id'];
	/** The text fields, as typed. */
	texts: AlertValues;
	agents: number;
	vehicles: number;
	/** When it was seen, as a time input's value ("15:42"). */
	time: string;
	locale: Locale;
	confirmation: Confirmation;
	position?: Position;
	/** The group chosen for this alert; the last one used is offered first next time. */
	groupId?: string;
	/** For an all clear: the alert it closes, quoted in the text. */
	closesId?: string;
	/** "Send without accents": the text is put in the GSM alphabet so it stays one SMS. */
	withoutAccents: boolean;
	/** When the text was last handed to the messaging app or the share sheet. */
	sentAt?: number;
}

export type SavedAlert = Entity<AlertData>;

/** How long an alert is kept after its last change. */
export const ALERT_KEEP_MS = 6 * 60 * 60 * 1000;

const alerts = collection<AlertData>('alert');

export function newAlert(
	templateId: AlertTemplate['id'],
	options: { locale: Locale; groupId?: string; now?: Date }
): AlertData {
	return {
		templateId,
		texts: {},
		agents: 0,
		vehicles: 0,
		time: timeInputValue(options.now),
		locale: options.locale,
		confirmation: 'seen',
		groupId: options.groupId,
		withoutAccents: false
	};
}

export const templateOf = (data: Pick<AlertData, 'templateId'>): AlertTemplate =>
	alertTemplates.find((t) => t.id === data.templateId) ?? alertTemplates[0]!;

const fresh = (alert: SavedAlert, now: number) => alert.updatedAt > now - ALERT_KEEP_MS;

// Queries
/** undefined while loading, null when there is no such alert (or it has expired). */
export function getAlert(id: string, now = Date.now()): SavedAlert | null | undefined {
	const found = alerts.get(id);
	return found && !fresh(found, now) ? null : found;
}

/** The newest alert not yet handed to the messaging app, to pick up again. */
export function unsentAlert(now = Date.now()): SavedAlert | null | undefined {
	const list = alerts.list();
	if (!list) return undefined;
	return list.find((alert) => !alert.data.sentAt && fresh(alert, now)) ?? null;
}

/** Alerts sent in the last hours that an all clear can close, newest first. */
export function closableAlerts(now = Date.now()): SavedAlert[] {
	return (alerts.list() ?? [])
		.filter((alert) => alert.data.sentAt && fresh(alert, now) && templateOf(alert.data).confirmable)
		.filter((alert) => alert.data.templateId !== 'all-clear')
		.sort((a, b) => b.data.sentAt! - a.data.sentAt!);
}

// Mutations
export const createAlert = (data: AlertData): Promise<SavedAlert> => alerts.create(data);

export const saveAlert = (id: string, data: AlertData): Promise<SavedAlert | undefined> =>
	alerts.put(id, data);

/** Deletes alerts older than ALERT_KEEP_MS; returns how many went. */
export async function purgeOldAlerts(now = Date.now()): Promise<number> {
	await alerts.ready();
	const old = (alerts.list() ?? []).filter((alert) => !fresh(alert, now));
	for (const alert of old) await alerts.remove(alert.id);
	return old.length;
}
