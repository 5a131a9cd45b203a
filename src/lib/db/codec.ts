import type { CodecId, RecordKind, StoredRecord } from './schema';

/** The fields a record keeps in the clear; everything else travels in `data`. */
export interface RecordMeta {
	id: string;
	kind: RecordKind;
	parentId?: string;
	createdAt: number;
	updatedAt: number;
}

/** A decoded record as the features see it. */
export interface Entity<T> extends RecordMeta {
	data: T;
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
export async function encode<T>(entity: Entity<T>): Promise<StoredRecord> {
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
export async function decode<T>(row: StoredRecord): Promise<Entity<T>> {
	let data: T;
	try {
		data = JSON.parse(row.body) as T;
	} catch (error) {
		throw new DecodeError(row.id, error);
	}
	const entity: Entity<T> = {
		id: row.id,
		kind: row.kind,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		data
	};
	if (row.parentId !== undefined) entity.parentId = row.parentId;
	return entity;
}
