import type { CodecId, RecordKind, StoredKind, StoredRecord } from './schema';

/** The fields a record keeps in the clear; everything else travels in `data`. */
export interface RecordMeta {
	id: string;
	kind: StoredKind;
	parentId?: string;
	createdAt: number;
	updatedAt: number;
}

/** What the codec turns into a row and back: a user record, or the saved search index. */
export interface Decoded<T> extends RecordMeta {
	data: T;
}

/** A decoded user record as the features see it. */
export interface Entity<T> extends Decoded<T> {
	kind: RecordKind;
}

export class DecodeError extends Error {
	constructor(
		readonly id: string,
		cause: unknown
	) {
		super(`Record ${id} could not be read`, { cause });
		this.name = 'DecodeError';
	}
}

const CURRENT_CODEC: CodecId = 'json1';

/**
 * THE one place a record is turned into a stored row. Async on purpose: encryption (WebCrypto)
 * will slot in here without changing any caller.
 */
export async function encode<T>(entity: Decoded<T>): Promise<StoredRecord> {
	const row: StoredRecord = {
		id: entity.id,
		kind: entity.kind,
		createdAt: entity.createdAt,
		updatedAt: entity.updatedAt,
		codec: CURRENT_CODEC,
		body: JSON.stringify(entity.data)
	};
	if (entity.parentId !== undefined) row.parentId = entity.parentId;
	return row;
}

/** THE one place a stored row is turned back into a record. */
export async function decode<T>(row: StoredRecord): Promise<Decoded<T>> {
	if (row.codec !== 'json1') throw new DecodeError(row.id, `unknown codec ${String(row.codec)}`);
	let data: T;
	try {
		data = JSON.parse(row.body) as T;
	} catch (error) {
		throw new DecodeError(row.id, error);
	}
	const entity: Decoded<T> = {
		id: row.id,
		kind: row.kind,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		data
	};
	if (row.parentId !== undefined) entity.parentId = row.parentId;
	return entity;
}
