import type { Entity } from '$lib/db';
import { RECORD_KINDS, type RecordKind } from '$lib/db/schema';
import { BackupError } from './backup-error';

export const BACKUP_FORMAT = 'rank-and-file-backup';
export const BACKUP_VERSION = 1;

/** A record as a backup holds it: decoded, exactly as the features see it. */
export type BackupRecord = Entity<unknown>;

export type KindCounts = Partial<Record<RecordKind, number>>;

/** What a backup file holds once decrypted: JSON that the `age` tool alone can show. */
export interface BackupPayload {
	format: typeof BACKUP_FORMAT;
	version: number;
	appVersion: string;
	/** ISO 8601. */
	createdAt: string;
	counts: KindCounts;
	records: BackupRecord[];
}

/** One record's JSON above this is not something this app writes: refused, not parsed on. */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;
const MAX_ID_CHARS = 200;

export function countKinds(records: readonly { kind: RecordKind }[]): KindCounts {
	const counts: KindCounts = {};
	for (const record of records) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
	return counts;
}

export function buildPayload(
	records: BackupRecord[],
	appVersion: string,
	now = new Date()
): BackupPayload {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		appVersion,
		createdAt: now.toISOString(),
		counts: countKinds(records),
		records
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;
const kinds = new Set<string>(RECORD_KINDS);

/** Checks one record's shape and returns it as a clean record (no fields beside the known). */
function checkRecord(value: unknown): BackupRecord {
	if (!isObject(value)) throw new BackupError('wrong-shape', 'record is not an object');
	const { id, kind, parentId, createdAt, updatedAt, data } = value;
	if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_CHARS)
		throw new BackupError('wrong-shape', 'id');
	if (typeof kind !== 'string' || !kinds.has(kind)) throw new BackupError('wrong-shape', 'kind');
	if (parentId !== undefined && typeof parentId !== 'string')
		throw new BackupError('wrong-shape', 'parentId');
	if (!isTime(createdAt) || !isTime(updatedAt)) throw new BackupError('wrong-shape', 'time');
	if (!isObject(data)) throw new BackupError('wrong-shape', 'data');
	const record: BackupRecord = { id, kind: kind as RecordKind, createdAt, updatedAt, data };
	if (parentId !== undefined) record.parentId = parentId;
	return record;
}

/**
 * Reads a payload's JSON text, checking everything before anything is written: the format and
 * its version, each record's shape, unique ids, and the counts against the records.
 */
export function parsePayload(text: string): BackupPayload {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new BackupError('invalid-json');
	}
	if (!isObject(value) || value.format !== BACKUP_FORMAT) throw new BackupError('not-backup');
	const { version, appVersion, createdAt, counts, records } = value;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		throw new BackupError('wrong-shape', 'version');
	if (version > BACKUP_VERSION) throw new BackupError('newer-format', String(version));
	if (typeof appVersion !== 'string' || appVersion.length > MAX_ID_CHARS)
		throw new BackupError('wrong-shape', 'appVersion');
	if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
		throw new BackupError('wrong-shape', 'createdAt');
	if (!isObject(counts) || !Array.isArray(records)) throw new BackupError('wrong-shape');

	const seen = new Set<string>();
	const clean: BackupRecord[] = [];
	for (const raw of records) {
		const record = checkRecord(raw);
		if (seen.has(record.id)) throw new BackupError('duplicate-id', record.id);
		seen.add(record.id);
		if (JSON.stringify(record.data).length > MAX_RECORD_CHARS) throw new BackupError('too-large');
		clean.push(record);
	}
	const found = countKinds(clean);
	for (const kind of new Set([...Object.keys(counts), ...Object.keys(found)])) {
		if (!kinds.has(kind)) throw new BackupError('wrong-shape', 'counts');
		if (counts[kind] !== found[kind as RecordKind]) throw new BackupError('counts-differ', kind);
	}
	return {
		format: BACKUP_FORMAT,
		version,
		appVersion,
		createdAt,
		counts: found,
		records: clean
	};
}
