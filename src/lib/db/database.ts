import Dexie, { type Table } from 'dexie';
import {
	declareSchema,
	RECORD_KINDS,
	type RecordKind,
	type StoredRecord,
	type VaultRow
} from './schema';
import { isClosedError, isNewerVersionError, isQuotaError, StorageFullError } from './errors';
import { flushPendingWrites, track } from './pending-writes';
import { openArea, type StorageArea } from './storage-area';
import { findLayout, refuseNewer, sessionLayout, type LayoutFound } from './storage-layout';
import { storageHealth } from './storage-health.svelte';

export class AppDatabase extends Dexie {
	records!: Table<StoredRecord, string>;
	vault!: Table<VaultRow, string>;

	constructor(
		name: string,
		options: { factory?: IDBFactory; upToVersion?: number; generation?: number } = {}
	) {
		super(name, options.factory && { indexedDB: options.factory, IDBKeyRange });
		this.generation = options.generation ?? 0;
		declareSchema(this, options.upToVersion);
	}

	/** Which generation of the data this is (storage-area.ts). */
	readonly generation: number;
}

/**
 * The databases on disk: `current` is the one the app reads and writes; `unfinished` is a newer
 * generation that a move was filling when it was interrupted (the vault resumes it).
 */
export interface StorageLayout {
	current: AppDatabase;
	unfinished?: AppDatabase;
}

let layout: Promise<StorageLayout> | undefined;
let handingOver = false;

/** What to do once this tab has saved everything and let go of an upgraded database. */
let afterHandOver: () => void = () => location.reload();

/** The databases of this session, found once. */
export function storageLayout(): Promise<StorageLayout> {
	layout ??= sessionLayout().then((found) => {
		const opened = databasesOf(found);
		connect(opened.current);
		return opened;
	});
	return layout;
}

export async function database(): Promise<AppDatabase> {
	return (await storageLayout()).current;
}

/** After a move (the vault turning on or off), the new generation is the one to use. */
export function switchTo(db: AppDatabase): void {
	layout = Promise.resolve({ current: connect(db) });
}

/** Tests point the data layer at a fresh database and decide what a hand-over does. */
export function useDatabaseForTesting(db: AppDatabase, onHandOver: () => void = () => {}): void {
	layout = Promise.resolve({ current: connect(db) });
	handingOver = false;
	afterHandOver = onHandOver;
}

/** Opens a generation of the data, refusing one that a newer app version upgraded. */
export async function openGeneration(generation: number): Promise<AppDatabase> {
	const area = await openArea(generation);
	await refuseNewer(area);
	return databaseIn(area);
}

/** The databases of the generations the vault found (storage-layout.ts). */
export async function findStorage(): Promise<StorageLayout> {
	return databasesOf(await findLayout());
}

function databasesOf({ current, unfinished }: LayoutFound): StorageLayout {
	return {
		current: databaseIn(current.area),
		unfinished: unfinished && databaseIn(unfinished.area)
	};
}

function databaseIn({ generation, name, factory }: StorageArea): AppDatabase {
	return new AppDatabase(name, { factory, generation });
}

function connect(db: AppDatabase): AppDatabase {
	// Another tab (a newer version of the app, or the vault moving the data) wants this database:
	// returning false keeps the connection open until this tab's unsaved edits are on disk; then
	// let go and reload.
	db.on('versionchange', () => {
		void handOver(db);
		return false;
	});
	return db;
}

async function handOver(db: AppDatabase): Promise<void> {
	if (handingOver) return;
	handingOver = true;
	storageHealth.report('handing-over');
	await flushPendingWrites();
	db.close();
	afterHandOver();
}

async function attempt<T>(op: (db: AppDatabase) => Promise<T>): Promise<T> {
	const db = await database();
	try {
		return await op(db);
	} catch (error) {
		// The browser can close a connection under us (storage pressure, devtools, a crash of
		// the IndexedDB process): open it again and try once more rather than drop the edit.
		if (isClosedError(error) && !handingOver) {
			await db.open();
			return await op(db);
		}
		throw error;
	}
}

function translate(error: unknown): unknown {
	if (isQuotaError(error)) {
		storageHealth.report('full');
		return new StorageFullError(error);
	}
	if (isNewerVersionError(error)) storageHealth.report('newer-version');
	return error;
}

/** One row as stored, still encoded: for code that decodes it elsewhere (the search worker). */
export const readRow = (id: string): Promise<StoredRecord | undefined> =>
	read((db) => db.records.get(id));

/** Stores a row that the codec encoded elsewhere (the search worker). */
export const writeRow = (row: StoredRecord): Promise<string> => write((db) => db.records.put(row));

/**
 * Stores one row and resolves with the row it replaced, in one transaction that is committed at
 * once: a transaction still waiting on its page is aborted when the page is reloaded or closed,
 * so asking for the commit right away is what keeps the last keystroke. The replaced row lets
 * the caller notice that it overwrote another tab's newer version, and keep that version.
 */
export function putRow(row: StoredRecord): Promise<StoredRecord | undefined> {
	return write(async (db) => {
		if (!db.isOpen()) await db.open();
		return new Promise<StoredRecord | undefined>((resolve, reject) => {
			const transaction = db.backendDB().transaction('records', 'readwrite');
			const records = transaction.objectStore('records');
			const replaced = records.get(row.id);
			records.put(row);
			transaction.oncomplete = () => resolve(replaced.result as StoredRecord | undefined);
			transaction.onabort = () => reject(transaction.error ?? new DOMException('', 'AbortError'));
			transaction.commit();
		});
	});
}

/**
 * Restoring a backup: stores many rows in one transaction, all or nothing. 'replace' first
 * deletes every user record (not the search index, which catches up by itself); 'merge' writes
 * over the rows of the ids given and leaves the rest.
 */
export function replaceRows(rows: StoredRecord[], mode: 'replace' | 'merge'): Promise<void> {
	return write((db) =>
		db.transaction('rw', db.records, async () => {
			if (mode === 'replace') await db.records.where('kind').anyOf(RECORD_KINDS).delete();
			await db.records.bulkPut(rows);
		})
	);
}

/** How many rows of each record kind a database holds. */
export type KindTally = Partial<Record<RecordKind, number>>;

/** The rows of each record kind on disk, counted on the kind index: nothing is decoded. */
export function countRows(): Promise<KindTally> {
	return read(async (db) => {
		const counts = await Promise.all(
			RECORD_KINDS.map((kind) => db.records.where('kind').equals(kind).count())
		);
		return Object.fromEntries(RECORD_KINDS.map((kind, index) => [kind, counts[index]]));
	});
}

/** Runs a read, reopening a closed connection once. */
export async function read<T>(op: (db: AppDatabase) => Promise<T>): Promise<T> {
	try {
		return await attempt(op);
	} catch (error) {
		throw translate(error);
	}
}

/**
 * Runs a write: reopens a closed connection once, reports a full disk (StorageFullError) and
 * is tracked so that an update or upgrade waits for it.
 */
export function write<T>(op: (db: AppDatabase) => Promise<T>): Promise<T> {
	return track(
		attempt(op).then(
			(result) => {
				storageHealth.recovered();
				return result;
			},
			(error: unknown) => {
				throw translate(error);
			}
		)
	);
}
