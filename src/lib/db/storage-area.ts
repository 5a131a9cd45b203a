/**
 * Where the database lives on disk. Chromium keeps every IndexedDB database of an origin in one
 * LevelDB folder, and deleting a database leaves its old values in those files until LevelDB
 * compacts them: plain text would outlive turning the lock on. A Storage Bucket has a folder of
 * its own that is removed with the bucket. So the data lives in numbered generations, each in
 * its own bucket: turning the lock on or off writes the next generation, then deletes the old
 * one, folder and all. Where Storage Buckets are missing (Firefox, Safari) each generation is a
 * database of its own; those browsers keep one file per database and delete it with it.
 *
 * Generation 0 is the single database that app versions before the vault used.
 */
export interface StorageArea {
	generation: number;
	name: string;
	factory: IDBFactory;
}

const LEGACY_NAME = 'rank-and-file';
const PREFIX = 'rank-and-file-';

interface StorageBucket {
	indexedDB: IDBFactory;
}

interface StorageBucketManager {
	open(name: string): Promise<StorageBucket>;
	keys(): Promise<string[]>;
	delete(name: string): Promise<void>;
}

function bucketManager(): StorageBucketManager | undefined {
	const nav = globalThis.navigator as
		(Navigator & { storageBuckets?: StorageBucketManager }) | undefined;
	return nav?.storageBuckets;
}

export function areaName(generation: number): string {
	return generation === 0 ? LEGACY_NAME : `${PREFIX}${generation}`;
}

function generationOf(name: string): number | undefined {
	if (name === LEGACY_NAME) return 0;
	const match = /^rank-and-file-([1-9]\d{0,8})$/.exec(name);
	return match ? Number(match[1]) : undefined;
}

export async function openArea(generation: number): Promise<StorageArea> {
	const name = areaName(generation);
	const buckets = generation > 0 ? bucketManager() : undefined;
	const factory = buckets ? (await buckets.open(name)).indexedDB : indexedDB;
	return { generation, name, factory };
}

/** The generations on disk, newest first. */
export async function generationsOnDisk(): Promise<number[]> {
	const names = (await indexedDB.databases()).map((info) => info.name ?? '');
	const buckets = bucketManager();
	if (buckets) names.push(...(await buckets.keys()));
	const generations = new Set(names.map(generationOf).filter((g) => g !== undefined));
	return [...generations].sort((a, b) => b - a);
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = factory.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
	});
}

/** Deletes a generation and, with its bucket, its folder on disk. */
export async function deleteArea(generation: number): Promise<void> {
	const name = areaName(generation);
	const buckets = generation > 0 ? bucketManager() : undefined;
	if (buckets) {
		// Delete the database first: it asks other tabs to let go of it (versionchange), which
		// a bucket deletion alone does not wait for.
		await deleteDatabase((await buckets.open(name)).indexedDB, name);
		await buckets.delete(name);
	} else {
		await deleteDatabase(indexedDB, name);
	}
}
