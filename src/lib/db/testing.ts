import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { AppDatabase, useDatabaseForTesting } from './database';

/**
 * Gives each test of the calling file its own empty database (fake-indexeddb), deleted after.
 * Returns a getter for the current test's database.
 */
export function useTestDatabase(): () => AppDatabase {
	let db: AppDatabase;
	beforeEach(() => {
		db = new AppDatabase(`test-${crypto.randomUUID()}`);
		useDatabaseForTesting(db);
	});
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});
	return () => db;
}
