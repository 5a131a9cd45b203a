import { LATEST_VERSION, NewerDatabaseError } from './schema-version';
import { deleteArea, generationsOnDisk, openArea, type StorageArea } from './storage-area';
import { storageHealth } from './storage-health.svelte';

/**
 * Which generations hold the data, and their vault rows, read with plain IndexedDB. Every page
 * needs this first (the vault says locked, unlocked or plain before anything shows), and most
 * pages need nothing else of the database: the database library loads only where records do.
 */

/** What a move between generations (the vault turning on or off) writes beside the rows. */
export interface MoveState {
	from: number;
	done: boolean;
}

/** One generation and its `vault` table's rows by id (the vault's header, a move's state). */
export interface GenerationFound {
	area: StorageArea;
	vaultRows: ReadonlyMap<string, unknown>;
}

/**
 * `current` is the generation the app reads and writes; `unfinished` is a newer one that a move
 * was filling when it was interrupted (the vault resumes it).
 */
export interface LayoutFound {
	current: GenerationFound;
	unfinished?: GenerationFound;
}

let session: Promise<LayoutFound> | undefined;

/** The layout this page found when it started: the vault and the database share it. */
export function sessionLayout(): Promise<LayoutFound> {
	session ??= findLayout();
	return session;
}

/**
 * The newest generation whose move finished is current. A newer one still being filled is
 * `unfinished`; older ones are what a finished move did not get to delete, and go now. A
 * generation that a newer app version upgraded is refused before anything reads it.
 */
export async function findLayout(): Promise<LayoutFound> {
	const generations = await generationsOnDisk();
	let unfinished: GenerationFound | undefined;
	for (const [index, generation] of generations.entries()) {
		const found = await readGeneration(await openArea(generation));
		const move = found.vaultRows.get('move') as MoveState | undefined;
		if (move && !move.done && !unfinished && generations.includes(move.from)) {
			unfinished = found;
			continue;
		}
		for (const older of generations.slice(index + 1)) void deleteArea(older).catch(() => {});
		return { current: found, unfinished };
	}
	return { current: { area: await openArea(1), vaultRows: new Map() } };
}

/** Refuses a database that a newer app version upgraded: this version cannot read it. */
export async function refuseNewer(area: StorageArea): Promise<void> {
	checkVersion((await peek(area)).version);
}

function checkVersion(version: number): void {
	// Dexie stores version n as n * 10, plus one for each index it patches in by itself.
	const stored = Math.floor(version / 10);
	if (stored <= LATEST_VERSION) return;
	storageHealth.report('newer-version');
	throw new NewerDatabaseError(stored, LATEST_VERSION);
}

async function readGeneration(area: StorageArea): Promise<GenerationFound> {
	const { version, rows } = await peek(area);
	checkVersion(version);
	return { area, vaultRows: rows };
}

/**
 * The version of a database on disk (0 if there is none) and its `vault` table's rows by id,
 * read without creating or upgrading it.
 */
function peek({ factory, name }: StorageArea): Promise<{
	version: number;
	rows: Map<string, unknown>;
}> {
	return new Promise((resolve, reject) => {
		const rows = new Map<string, unknown>();
		const request = factory.open(name);
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onsuccess = () => {
			const db = request.result;
			// Closed at once: a connection left open would hold up Dexie's upgrade of this database.
			const done = () => {
				db.close();
				resolve({ version: db.version, rows });
			};
			if (!db.objectStoreNames.contains('vault')) return done();
			const transaction = db.transaction('vault', 'readonly');
			const cursor = transaction.objectStore('vault').openCursor();
			cursor.onsuccess = () => {
				const row = cursor.result;
				if (!row) return;
				const value = row.value as { id: string; value: unknown };
				rows.set(value.id, value.value);
				row.continue();
			};
			transaction.oncomplete = done;
			transaction.onabort = () => {
				db.close();
				reject(transaction.error);
			};
		};
		request.onerror = (event) => {
			event.preventDefault();
			if (request.error?.name === 'AbortError') resolve({ version: 0, rows });
			else reject(request.error);
		};
	});
}
