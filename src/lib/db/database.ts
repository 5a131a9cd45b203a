import Dexie, { type Table } from 'dexie';
import { DB_NAME, declareSchema, LATEST_VERSION, RECORD_KINDS, type StoredRecord } from './schema';
import {
	isClosedError,
	isNewerVersionError,
	isQuotaError,
	NewerDatabaseError,
	StorageFullError
} from './errors';
import { flushPendingWrites, track } from './pending-writes';
import { storageHealth } from './storage-health.svelte';

export class AppDatabase extends Dexie {
	records!: Table<StoredRecord, string>;

	constructor(name: string = DB_NAME, upToVersion?: number) {
		super(name);
		declareSchema(this, upToVersion);
	}
}

let instance: AppDatabase | undefined;
let handingOver = false;

/** What to do once this tab has saved everything and let go of an upgraded database. */
let afterHandOver: () => void = () => location.reload();

export function database(): AppDatabase {
	if (!instance) instance = connect(new AppDatabase());
	return instance;
}

/** Tests point the data layer at a fresh database and decide what a hand-over does. */
export function useDatabaseForTesting(db: AppDatabase, onHandOver: () => void = () => {}): void {
	instance = connect(db);
	handingOver = false;
	afterHandOver = onHandOver;
}

function connect(db: AppDatabase): AppDatabase {
	// Another tab (a newer version of the app) wants to upgrade the schema. Returning false keeps
	// the connection open until this tab's unsaved edits are on disk; then let go and reload.
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

/**
 * The version of the database on disk, read without creating or upgrading it (0 if none).
 * Dexie stores version n as n * 10, plus one for each index it patches in by itself.
 */
function storedVersion(name: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onsuccess = () => {
			const version = request.result.version;
			request.result.close();
			resolve(version);
		};
		request.onerror = (event) => {
			event.preventDefault();
			if (request.error?.name === 'AbortError') resolve(0);
			else reject(request.error);
		};
	});
}

const checks = new WeakMap<AppDatabase, Promise<void>>();
const passed = new WeakSet<AppDatabase>();

/**
 * Dexie 4 opens a database that a newer app version upgraded, patches our indexes into it and
 * carries on. Refuse instead, before touching it: this copy of the app must update first.
 */
function compatibilityCheck(db: AppDatabase): Promise<void> | undefined {
	if (passed.has(db)) return undefined;
	let check = checks.get(db);
	if (!check) {
		check = storedVersion(db.name).then((stored) => {
			const found = Math.floor(stored / 10);
			if (found > LATEST_VERSION) throw new NewerDatabaseError(found, LATEST_VERSION);
			passed.add(db);
		});
		checks.set(db, check);
	}
	return check;
}

async function attempt<T>(op: (db: AppDatabase) => Promise<T>): Promise<T> {
	const db = database();
	// Inside a live query, nothing but Dexie may be awaited before the query itself, or Dexie
	// loses track of what the query read (and other tabs' changes no longer reach it). So the
	// one-off check is awaited through Dexie.waitFor, and skipped once it has passed.
	const check = compatibilityCheck(db);
	if (check) await Dexie.waitFor(check);
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
