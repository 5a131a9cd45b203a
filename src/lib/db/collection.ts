import Dexie from 'dexie';
import { decode, encode, type Entity } from './codec';
import { read, write } from './database';
import type { RecordKind, StoredRecord } from './schema';

export interface CreateOptions {
	id?: string;
	parentId?: string;
	/** Lets imports keep the time a record was first made. */
	createdAt?: number;
}

/** Data access for one kind of record. Every row passes through the codec both ways. */
export interface Collection<T> {
	/** Newest change first. */
	list(): Promise<Entity<T>[]>;
	listByParent(parentId: string): Promise<Entity<T>[]>;
	get(id: string): Promise<Entity<T> | undefined>;
	create(data: T, options?: CreateOptions): Promise<Entity<T>>;
	/** Read-modify-write of one record; changes to the same record are applied in order. */
	update(id: string, change: (data: T) => T): Promise<Entity<T>>;
	/** Removes a record and returns it, so the caller can offer undo. */
	remove(id: string): Promise<Entity<T> | undefined>;
	/** Puts a removed record back exactly as it was (undo). */
	restore(entity: Entity<T>): Promise<void>;
	/** Writes many records at once, all or nothing (imports). */
	createMany(items: T[]): Promise<Entity<T>[]>;
}

export class RecordNotFoundError extends Error {
	constructor(readonly id: string) {
		super(`No record ${id}`);
		this.name = 'RecordNotFoundError';
	}
}

function decodeAll<T>(rows: StoredRecord[]): Promise<Entity<T>[]> {
	// Promise.resolve keeps Dexie's liveQuery context across a non-Dexie await (see Dexie docs).
	return Promise.resolve(Promise.all(rows.map((row) => decode<T>(row))));
}

/** Serialises read-modify-write per record id within this tab. */
const queues = new Map<string, Promise<unknown>>();
function queued<R>(id: string, task: () => Promise<R>): Promise<R> {
	const previous = queues.get(id) ?? Promise.resolve();
	const next = previous.then(task, task);
	queues.set(id, next);
	const forget = () => {
		if (queues.get(id) === next) queues.delete(id);
	};
	next.then(forget, forget);
	return next;
}

/**
 * Strictly increasing timestamps within this tab: two writes in the same millisecond must still
 * list in the order they were made (lists sort by updatedAt).
 */
let lastTimestamp = 0;
function timestamp(): number {
	lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
	return lastTimestamp;
}

export function newId(): string {
	return crypto.randomUUID();
}

export function collection<T>(kind: RecordKind): Collection<T> {
	const entity = (data: T, options: CreateOptions = {}): Entity<T> => {
		const now = timestamp();
		const made: Entity<T> = {
			id: options.id ?? newId(),
			kind,
			createdAt: options.createdAt ?? now,
			updatedAt: now,
			data
		};
		if (options.parentId !== undefined) made.parentId = options.parentId;
		return made;
	};

	return {
		async list() {
			const rows = await read((db) =>
				db.records
					.where('[kind+updatedAt]')
					.between([kind, Dexie.minKey], [kind, Dexie.maxKey])
					.reverse()
					.toArray()
			);
			return decodeAll<T>(rows);
		},

		async listByParent(parentId) {
			const rows = await read((db) => db.records.where('parentId').equals(parentId).toArray());
			return decodeAll<T>(rows.filter((row) => row.kind === kind));
		},

		async get(id) {
			const row = await read((db) => db.records.get(id));
			return row && row.kind === kind ? decode<T>(row) : undefined;
		},

		async create(data, options) {
			const made = entity(data, options);
			const row = await encode(made);
			await write((db) => db.records.add(row));
			return made;
		},

		update(id, change) {
			return queued(id, async () => {
				const row = await read((db) => db.records.get(id));
				if (!row || row.kind !== kind) throw new RecordNotFoundError(id);
				const current = await decode<T>(row);
				const next: Entity<T> = {
					...current,
					data: change(current.data),
					updatedAt: Math.max(timestamp(), current.updatedAt + 1)
				};
				const { body, codec, updatedAt } = await encode(next);
				// update(), not put(): Dexie then knows the row's old index keys and can tell
				// live queries in other tabs that the row moved within the [kind+updatedAt] index.
				const changed = await write((db) => db.records.update(id, { body, codec, updatedAt }));
				if (changed === 0) throw new RecordNotFoundError(id);
				return next;
			});
		},

		async remove(id) {
			const found = await this.get(id);
			if (!found) return undefined;
			await write((db) => db.records.delete(id));
			return found;
		},

		async restore(removed) {
			const row = await encode(removed);
			await write((db) => db.records.put(row));
		},

		async createMany(items) {
			const made = items.map((data) => entity(data));
			const rows = await Promise.all(made.map((e) => encode(e)));
			await write((db) => db.transaction('rw', db.records, () => db.records.bulkAdd(rows)));
			return made;
		}
	};
}
