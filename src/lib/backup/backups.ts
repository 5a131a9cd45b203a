import { recordStore, storageHealth, type RecordKind } from '$lib/db';
import { RECORD_KINDS } from '$lib/db/schema';
import { BackupError } from './backup-error';
import { STATUS_ID, updateBackupStatus } from './backup-status';
import { deviceWorkFactor, runInWorker } from './backup-worker-client';
import { planRestore, type RestoreMode, type RestorePlan } from './merge';
import { buildPayload, type BackupPayload, type BackupRecord } from './payload';
import type { Progress } from './sealed-file';

/** Every record of every kind, decoded, except this phone's own backup status. */
export async function gatherRecords(): Promise<BackupRecord[]> {
	await Promise.all(RECORD_KINDS.map((kind) => recordStore.load(kind)));
	return RECORD_KINDS.flatMap((kind) => recordStore.list<unknown>(kind) ?? []).filter(
		(record) => record.id !== STATUS_ID
	);
}

export interface MadeBackup {
	file: Blob;
	fileName: string;
	/** The payload's summary (its records left out). */
	payload: BackupPayload;
}

export function backupFileName(date: Date, sealed: boolean): string {
	return `rank-and-file-backup-${date.toISOString().slice(0, 10)}.${sealed ? 'age' : 'json'}`;
}

/**
 * Writes every record into one file: an age file for the passphrase, or plain JSON when the
 * passphrase is null (the screen warns first). Remembers when, for the reminder and the sheet.
 */
export async function makeBackup(
	passphrase: string | null,
	appVersion: string,
	progress: Progress = () => {}
): Promise<MadeBackup> {
	progress('prepare', 0);
	const factor = passphrase === null ? 0 : await deviceWorkFactor();
	const payload = buildPayload(await gatherRecords(), appVersion);
	const answer = await runInWorker(
		{ type: 'seal', value: payload, passphrase, workFactor: factor },
		progress
	);
	if (answer.type !== 'sealed') throw new Error(answer.type);
	const created = new Date(payload.createdAt);
	const fileName = backupFileName(created, passphrase !== null);
	await updateBackupStatus({
		lastBackupAt: created.getTime(),
		lastFileName: fileName,
		lastCounts: payload.counts,
		snoozedUntil: undefined
	});
	return {
		file: new Blob([answer.file as Uint8Array<ArrayBuffer>], {
			type: passphrase === null ? 'application/json' : 'application/octet-stream'
		}),
		fileName,
		payload: { ...payload, records: [] }
	};
}

/** Opens and checks a backup file in the worker; nothing is written. */
export async function readBackup(
	file: Uint8Array,
	passphrase: string,
	progress: Progress = () => {}
): Promise<BackupPayload> {
	const answer = await runInWorker({ type: 'open-backup', file, passphrase }, progress);
	if (answer.type !== 'backup') throw new Error(answer.type);
	return answer.payload;
}

/** What restoring would do, from what the phone holds now. */
export async function previewRestore(
	payload: BackupPayload,
	mode: RestoreMode
): Promise<RestorePlan> {
	return planRestore(await gatherRecords(), payload.records, mode);
}

/**
 * Writes a backup's records in one transaction (a failure changes nothing), then reads every
 * kind back from disk and compares the counts with what the plan expected.
 */
export async function restoreBackup(
	payload: BackupPayload,
	mode: RestoreMode
): Promise<RestorePlan> {
	const incoming = payload.records.filter((record) => record.id !== STATUS_ID);
	const plan = planRestore(await gatherRecords(), incoming, mode);
	// This phone's own backup status is kept as it is, whatever the file holds.
	const status = recordStore.peek<unknown>('settings', STATUS_ID);
	const write = mode === 'replace' && status ? [...plan.write, status] : plan.write;
	const onDisk = await recordStore.replaceAll(write, mode);
	// The rows on disk, re-read by kind, beside what the plan expects: rows that could not be
	// read before (kept by a merge) and this phone's backup status are not in the plan.
	const kept = (kind: RecordKind) =>
		(storageHealth.unreadable[kind] ?? 0) +
		(kind === 'settings' && recordStore.peek('settings', STATUS_ID) ? 1 : 0);
	for (const kind of RECORD_KINDS) {
		if ((onDisk[kind] ?? 0) - kept(kind) !== (plan.expected[kind] ?? 0))
			throw new BackupError('verify-failed', kind);
	}
	return plan;
}
