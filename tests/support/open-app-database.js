// Runs in the page: opens the app's current database raw, as an attacker (or a test, or the
// bench) reads it. The app keeps each generation of its data in a Storage Bucket of its own
// (src/lib/db/storage-area.ts); before the vault it used one database named 'rank-and-file'.
// Plain JS so that the bench (scripts/bench) can use it too.
/** @returns {Promise<IDBDatabase>} */
export async function openAppDatabase() {
	/** @param {string} name */
	const generation = (name) => Number(/^rank-and-file-(\d+)$/.exec(name)?.[1] ?? -1);
	/** @type {{ keys(): Promise<string[]>, open(name: string): Promise<{ indexedDB: IDBFactory }> }} */
	const buckets = /** @type {any} */ (navigator).storageBuckets;
	const names = buckets ? await buckets.keys() : [];
	const newest = names.sort((a, b) => generation(b) - generation(a))[0];
	const usable = newest !== undefined && generation(newest) > 0;
	const factory = usable ? (await buckets.open(newest)).indexedDB : indexedDB;
	const name = usable ? newest : 'rank-and-file';
	// The app makes its database with the first record it reads or writes, not when a page
	// opens: wait for it rather than open (and so create) an empty one under it.
	for (;;) {
		const made = (await factory.databases()).some((info) => info.name === name);
		if (made) {
			/** @type {IDBDatabase} */
			const db = await new Promise((resolve, reject) => {
				const request = factory.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			if (db.objectStoreNames.contains('records')) return db;
			db.close();
		}
		await new Promise((wait) => setTimeout(wait, 50));
	}
}
