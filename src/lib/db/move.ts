import { decode, encode } from './codec';
import { openGeneration, type AppDatabase } from './database';
import type { MoveState } from './storage-layout';
import { deleteArea } from './storage-area';

/**
 * Moves every row into a new generation of the database, re-encoded: how the vault turns on
 * (plain → encrypted) and off (encrypted → plain). The old generation is deleted only when the
 * new one holds everything, and with it its folder on disk, so no old plain text survives
 * turning the lock on (see storage-area.ts). Rows go in id order, in batches: after a kill the
 * move resumes after the last id the new generation holds, and nothing is lost or doubled.
 */
export interface Move {
	from: AppDatabase;
	to: AppDatabase;
	/** The key the rows are read with now (null: plain), and the one they are written with. */
	readKey: CryptoKey | null;
	writeKey: CryptoKey | null;
}

const BATCH = 250;

/** Makes the next generation, holding the vault header it will be read with (null: plain). */
export async function startMove(from: AppDatabase, header: unknown): Promise<AppDatabase> {
	const to = await openGeneration(from.generation + 1);
	const move: MoveState = { from: from.generation, done: false };
	await to.transaction('rw', to.vault, async () => {
		await to.vault.clear();
		if (header !== null) await to.vault.put({ id: 'header', value: header });
		await to.vault.put({ id: 'move', value: move });
	});
	return to;
}

/**
 * Copies what is left to copy, reporting rows done out of the total. A row that cannot be read
 * with the old key is left behind (it could not be opened anyway); their count is returned.
 */
export async function continueMove(
	{ from, to, readKey, writeKey }: Move,
	onProgress: (done: number, total: number) => void
): Promise<{ leftBehind: number }> {
	const total = await from.records.count();
	let after = (await to.records.orderBy(':id').lastKey()) as string | undefined;
	let done = after === undefined ? 0 : await from.records.where(':id').belowOrEqual(after).count();
	let leftBehind = 0;
	onProgress(done, total);
	for (;;) {
		const range =
			after === undefined ? from.records.orderBy(':id') : from.records.where(':id').above(after);
		const rows = await range.limit(BATCH).toArray();
		if (rows.length === 0) break;
		const moved = [];
		for (const row of rows) {
			try {
				moved.push(await encode(await decode(row, readKey), writeKey));
			} catch {
				leftBehind++;
			}
		}
		await to.records.bulkPut(moved);
		after = rows[rows.length - 1]!.id;
		done += rows.length;
		onProgress(done, total);
	}
	return { leftBehind };
}

/** Marks the new generation whole, then deletes the old one. */
export async function finishMove(from: AppDatabase, to: AppDatabase): Promise<void> {
	const move: MoveState = { from: from.generation, done: true };
	await to.vault.put({ id: 'move', value: move });
	from.close();
	await deleteArea(from.generation);
}
