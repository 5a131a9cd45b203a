import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { AppDatabase, useDatabaseForTesting } from './database';
import { keyring } from './keyring';
import { RECORD_KINDS } from './schema';
import { recordStore } from './store.svelte';

/**
 * Gives each test of the calling file its own empty database (fake-indexeddb) and an empty
 * decoded store, deleted after.
 * Returns a getter for the current test's database.
 */
export function useTestDatabase(): () => AppDatabase {
	let db: AppDatabase;
	beforeEach(() => {
		db = new AppDatabase(`test-${crypto.randomUUID()}`);
		useDatabaseForTesting(db);
		keyring.usePlain();
		recordStore.reset();
	});
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});
	return () => db;
}

/** Waits until every kind is in memory, then reads: for tests of the synchronous queries. */
export async function loaded<T>(read: () => T | undefined): Promise<T> {
	await Promise.all(RECORD_KINDS.map((kind) => recordStore.load(kind)));
	const value = read();
	if (value === undefined) throw new Error('still loading after every kind was loaded');
	return value;
}
