import { collection } from '$lib/db';
import { read } from '$lib/db/database';
import { isRecordKind } from '$lib/db/schema';
import type { KindCounts } from './payload';

/** What this phone remembers of its backups: never part of a backup itself. */
export interface BackupStatus {
	lastBackupAt?: number;
	lastFileName?: string;
	lastCounts?: KindCounts;
	/** Remind after this many days of changes not in a backup; 0 never reminds. */
	reminderDays: number;
	/** Where the user keeps the file, in their words, for the recovery sheet. */
	location: string;
	/** "Later" on the reminder hides it until then. */
	snoozedUntil?: number;
}

export const STATUS_ID = 'backup';
export const REMINDER_CHOICES = [0, 3, 7, 14, 30] as const;
const DAY = 24 * 60 * 60 * 1000;

const defaults: BackupStatus = { reminderDays: 7, location: '' };
const settings = collection<Partial<BackupStatus>>('settings');

// Queries
let merged: { from: unknown; status: BackupStatus } | undefined;

/** The status with defaults; undefined while loading. */
export function getBackupStatus(): BackupStatus | undefined {
	const found = settings.get(STATUS_ID);
	if (found === undefined) return undefined;
	if (merged?.from !== found) merged = { from: found, status: { ...defaults, ...found?.data } };
	return merged.status;
}

export async function readBackupStatus(): Promise<BackupStatus> {
	await settings.ready();
	return getBackupStatus() ?? defaults;
}

/**
 * When the oldest change not yet in a backup was made, or undefined when there is none. Read
 * from the timestamp index alone: nothing is decoded, so every page can ask.
 */
export async function oldestUnsavedChange(since: number): Promise<number | undefined> {
	const row = await read((db) =>
		db.records
			.where('updatedAt')
			.above(since)
			.filter((row) => isRecordKind(row.kind) && row.id !== STATUS_ID)
			.first()
	);
	return row?.updatedAt;
}

/** A reminder is due when a change has waited more than the chosen days for a backup. */
export function reminderDue(
	status: BackupStatus,
	oldestUnsaved: number | undefined,
	now: number
): boolean {
	if (status.reminderDays <= 0 || oldestUnsaved === undefined) return false;
	if (status.snoozedUntil !== undefined && status.snoozedUntil > now) return false;
	return now - oldestUnsaved >= status.reminderDays * DAY;
}

// Mutations
export async function updateBackupStatus(change: Partial<BackupStatus>): Promise<void> {
	const current = await readBackupStatus();
	await settings.put(STATUS_ID, { ...current, ...change });
}

export const snoozeReminder = (now = Date.now()): Promise<void> =>
	updateBackupStatus({ snoozedUntil: now + DAY });
