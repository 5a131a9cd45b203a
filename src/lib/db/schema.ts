import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { LATEST_VERSION } from './schema-version';

/**
 * Kinds of user record. Every kind lives in the one `records` table so that a single codec
 * (codec.ts) sees every record on its way in and out: that is where encryption will go.
 */
export const RECORD_KINDS = [
	'note',
	'checklist',
	'contact',
	'contact-group',
	'phone-tree',
	'incident',
	'resolution-draft',
	'settings',
	'alert'
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

const recordKinds = new Set<string>(RECORD_KINDS);
/** Whether a row holds a user record (not the search index or a list's saved first screen). */
export const isRecordKind = (kind: string): kind is RecordKind => recordKinds.has(kind);

/**
 * What a row may hold: a user record, the saved search index (read by the search worker), or a
 * list's saved first screen (first-screen.svelte.ts). Only user records are backed up.
 */
export type StoredKind = RecordKind | 'search-index' | 'first-screen';

/**
 * How a row's body is encoded: `json1` plain JSON text, `aes1` AES-256-GCM bytes (codec.ts).
 * Rows from schema v1 had no marker and were plain JSON.
 */
export type CodecId = 'json1' | 'aes1';

/**
 * The row as IndexedDB stores it. Only non-sensitive fields sit beside the opaque body and
 * only they are indexed: ids, kind, timestamps, parent id.
 */
export interface StoredRecord {
	id: string;
	kind: StoredKind;
	parentId?: string;
	createdAt: number;
	updatedAt: number;
	codec: CodecId;
	body: string | Uint8Array<ArrayBuffer>;
}

/**
 * Rows of the `vault` table, which holds nothing readable: the vault's header (the wrapped data
 * key and how to derive the key that unwraps it) and, while the data moves into a new database,
 * where it comes from. See src/lib/vault.
 */
export interface VaultRow {
	id: 'header' | 'move';
	value: unknown;
}

interface SchemaVersion {
	version: number;
	stores: Record<string, string>;
	upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Every version the app has shipped, oldest first. Never edit a shipped entry: add a new one.
 * Tests open a database at each old version, fill it and upgrade it to the latest.
 */
export const schemaHistory: readonly SchemaVersion[] = [
	{ version: 1, stores: { records: 'id, kind, parentId, updatedAt' } },
	{
		// v2 marks each row's codec so that encrypted and plain rows can live side by side, and
		// lists a kind newest-first straight from the index.
		version: 2,
		stores: { records: 'id, kind, parentId, updatedAt, [kind+updatedAt]' },
		upgrade: (tx) =>
			tx
				.table('records')
				.toCollection()
				.modify((row: Partial<StoredRecord>) => {
					row.codec ??= 'json1';
				})
	},
	// v3 adds the vault's own table: its header, and the state of a move into a new database.
	{ version: 3, stores: { vault: 'id' } }
];

/** Declares versions 1..upTo on a Dexie instance (upTo < latest only in tests). */
export function declareSchema(db: Dexie, upTo: number = LATEST_VERSION): void {
	for (const step of schemaHistory) {
		if (step.version > upTo) break;
		const version = db.version(step.version).stores(step.stores);
		if (step.upgrade) version.upgrade(step.upgrade);
	}
}
