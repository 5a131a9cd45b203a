import { keyring } from './keyring';
import type { RecordKind, StoredKind, StoredRecord } from './schema';

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

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * What an encrypted body is bound to (AES-GCM associated data): the codec version, the kind and
 * the id. A body copied onto another record, or relabelled as another kind, fails to decrypt.
 */
function associatedData(row: Pick<StoredRecord, 'id' | 'kind'>): Uint8Array<ArrayBuffer> {
	return encoder.encode(`rank-and-file/aes1/${row.kind}/${row.id}`);
}

/**
 * THE one place a record is turned into a stored row. With a key (an unlocked vault) the body
 * is AES-256-GCM with a fresh random 96-bit IV per write, stored as IV ‖ ciphertext; without,
 * plain JSON. `key` is given explicitly only when the vault moves rows between codecs.
 */
export async function encode<T>(
	entity: Decoded<T>,
	key: CryptoKey | null = keyring.current()
): Promise<StoredRecord> {
	const meta = {
		id: entity.id,
		kind: entity.kind,
		createdAt: entity.createdAt,
		updatedAt: entity.updatedAt,
		...(entity.parentId !== undefined && { parentId: entity.parentId })
	};
	const json = JSON.stringify(entity.data);
	if (!key) return { ...meta, codec: 'json1', body: json };
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: associatedData(meta) },
		key,
		encoder.encode(json)
	);
	const body = new Uint8Array(IV_BYTES + sealed.byteLength);
	body.set(iv);
	body.set(new Uint8Array(sealed), IV_BYTES);
	return { ...meta, codec: 'aes1', body };
}

/** A record's data is always an object: anything else is a damaged or foreign row. */
function checkShape(data: unknown): void {
	if (typeof data !== 'object' || data === null) throw new TypeError('not a record');
}

async function openBody(row: StoredRecord, key: CryptoKey | null): Promise<string> {
	if (row.codec === 'json1' && !key && typeof row.body === 'string') return row.body;
	if (row.codec === 'aes1' && key && row.body instanceof Uint8Array) {
		const plain = await crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv: row.body.subarray(0, IV_BYTES),
				additionalData: associatedData(row)
			},
			key,
			row.body.subarray(IV_BYTES)
		);
		return decoder.decode(plain);
	}
	// A plain row in an encrypted database would be one that nobody here wrote: refuse it too.
	throw new Error(`unexpected codec ${String(row.codec)}`);
}

/**
 * THE one place a stored row is turned back into a record. Anything that cannot be opened with
 * the current key (tampered, truncated, moved, wrong codec, wrong shape) is a DecodeError.
 */
export async function decode<T>(
	row: StoredRecord,
	key: CryptoKey | null = keyring.current()
): Promise<Decoded<T>> {
	let data: T;
	try {
		data = JSON.parse(await openBody(row, key)) as T;
		if (row.kind !== 'search-index') checkShape(data);
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
