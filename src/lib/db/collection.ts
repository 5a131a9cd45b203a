import type { Entity } from './codec';
import type { RecordKind } from './schema';
import { recordStore, stamp, type PutOptions } from './store.svelte';

export interface CreateOptions {
	id?: string;
	parentId?: string;
	/** Lets imports keep the time a record was first made. */
	createdAt?: number;
}

/**
 * One kind of record as a feature sees it: synchronous, reactive reads from the decoded store
 * (undefined while the kind is still loading) and asynchronous writes that change memory at
 * once and resolve when the record is on disk.
 */
export interface Collection<T> {
	/** Resolves once this kind is in memory (reads before that return undefined). */
	ready(): Promise<void>;
	/** Why this kind could not be read at all, if it could not. */
	loadError(): unknown;
	/** Newest change first. */
	list(): Entity<T>[] | undefined;
	/** null when there is no such record. */
	get(id: string): Entity<T> | null | undefined;
	create(data: T, options?: CreateOptions): Promise<Entity<T>>;
	/** Applies `change` to the current data; changes to one record apply in call order. */
	update(id: string, change: (data: T) => T): Promise<Entity<T>>;
	/**
	 * Saves whole data under an id, making the record on the first save (editors). `from` is the
	 * data the editor started from: when another tab changed the record since, its version is
	 * kept as a new record (returned) rather than overwritten.
	 */
	put(id: string, data: T, from?: T, options?: PutOptions<T>): Promise<Entity<T> | undefined>;
	/** Removes a record and returns it, so the caller can offer undo. */
	remove(id: string): Promise<Entity<T> | undefined>;
	/** Puts a removed record back exactly as it was (undo). */
	restore(entity: Entity<T>): Promise<void>;
	/** Writes many records at once, all or nothing (imports). */
	createMany(items: T[]): Promise<Entity<T>[]>;
}

export function newId(): string {
	return crypto.randomUUID();
}

export function collection<T>(kind: RecordKind): Collection<T> {
	return {
		ready: () => recordStore.load(kind),
		loadError: () => recordStore.loadError(kind),
		list: () => recordStore.list<T>(kind),
		get: (id) => recordStore.get<T>(kind, id),
		create: (data, options) => recordStore.create(stamp(kind, data, options)),
		update: (id, change) => recordStore.update(kind, id, change),
		put: (id, data, from, options) => recordStore.put(kind, id, data, from, options),
		remove: (id) => recordStore.remove<T>(kind, id),
		restore: (entity) => recordStore.restore(entity),
		createMany: (items) =>
			recordStore.createMany(
				kind,
				items.map((data) => stamp(kind, data))
			)
	};
}
