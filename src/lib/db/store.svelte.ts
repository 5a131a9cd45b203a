/* eslint-disable svelte/prefer-svelte-reactivity -- plain Maps and Sets on purpose: each kind's
   revision is the one signal Svelte follows, so a change costs one notification, not one per key. */
import { decode, encode, type Entity } from './codec';
import type { KindTally } from './database';
import { disk } from './disk';
import { RecordNotFoundError } from './errors';
import { firstScreens } from './first-screen.svelte';
import { keyring } from './keyring';
import { storageHealth } from './storage-health.svelte';
import { RECORD_KINDS, type RecordKind, type StoredRecord } from './schema';

type AnyEntity = Entity<unknown>;

/** What a follower of a kind is told: the ids that changed (the store has their new state). */
export type ChangeListener = (ids: readonly string[]) => void;

/** One kind's decoded records, and the signals that tell Svelte they changed. */
class Shelf {
	readonly records = new Map<string, AnyEntity>();
	/** Bumped on every change of this kind, in this tab or another: reading it subscribes. */
	revision = $state(0);
	loaded = $state(false);
	/** Why the kind could not be read at all (a database from a newer app version). */
	error = $state.raw<unknown>(undefined);
	loading: Promise<void> | undefined;
	readonly listeners = new Set<ChangeListener>();
	#sorted: { revision: number; list: AnyEntity[] } | undefined;

	/** Newest change first, sorted once per revision. */
	newestFirst(): AnyEntity[] {
		if (this.#sorted?.revision !== this.revision) {
			const list = [...this.records.values()].sort((a, b) => b.updatedAt - a.updatedAt);
			this.#sorted = { revision: this.revision, list };
		}
		return this.#sorted.list;
	}

	changed(ids: readonly string[]): void {
		this.revision++;
		for (const listener of this.listeners) listener(ids);
	}
}

/**
 * Strictly increasing timestamps within this tab: two writes in the same millisecond must still
 * list in the order they were made (lists sort by updatedAt).
 */
let lastTimestamp = 0;
function timestamp(after = 0): number {
	lastTimestamp = Math.max(Date.now(), lastTimestamp + 1, after + 1);
	return lastTimestamp;
}

/** Thrown by a change that refuses to apply to a version it was not made from (an editor's). */
export class ChangeRefused extends Error {
	constructor() {
		super('The record changed since this edit began');
		this.name = 'ChangeRefused';
	}
}

/** A change was refused, or could not be applied again: `theirs` is the version it met. */
export class EditConflict<T = unknown> extends Error {
	constructor(readonly theirs: Entity<T>) {
		super(`Record ${theirs.id} was changed elsewhere`);
		this.name = 'EditConflict';
	}
}

/** How `put` fits an editor's whole data to the stored record. */
export interface PutOptions<T> {
	/** Whether the stored data still says what `from` said (by default: it is that object). */
	same?: (current: T, from: T) => boolean;
	/** Carries over from the stored data what other screens change (a contact's groups). */
	keep?: (data: T, current: T) => T;
}

const MAX_REBASES = 5;

/** Records decoded in one task when a kind is read: a few milliseconds on a slow phone. */
const DECODE_SLICE = 500;

/** Lets the page paint and answer input before the next slice of work (no timer clamping). */
function breather(): Promise<void> {
	return new Promise((resume) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resume();
		};
		channel.port2.postMessage(null);
	});
}

/** Applies a change to a record; a refusal becomes an EditConflict naming that record. */
function applyChange<T>(change: (data: T) => T, record: Entity<T>): T {
	try {
		return change(record.data);
	} catch (error) {
		throw error instanceof ChangeRefused ? new EditConflict(record) : error;
	}
}

/**
 * THE decoded records of this session, in memory. Every kind is read from IndexedDB and decoded
 * once, on first use; after that features read it synchronously, and Svelte tracks what they
 * read through each kind's revision. A write changes memory at once, encodes the record once and
 * stores it in one transaction; other tabs are told which ids changed and re-read only those.
 *
 * A write checks that the row on disk is still the version this tab last saw or wrote. When
 * another tab got there first, this tab takes that version and applies its change again on top
 * (changes are functions of the data); a change that cannot be re-applied throws EditConflict.
 *
 * `reset()` drops every decoded byte in one place: locking (keyring.lock) relies on it.
 */
export class RecordStore {
	#shelves = new Map<RecordKind, Shelf>(RECORD_KINDS.map((kind) => [kind, new Shelf()]));
	/** Per record: the updatedAt of the row on disk that memory was built from. */
	#onDisk = new Map<string, number>();
	/** Per record: updatedAt values this tab has sent to disk and not yet seen land. */
	#sent = new Map<string, Set<number>>();
	/** Per record: the latest write asked for, so an older one still encoding is dropped. */
	#latestWrite = new Map<string, number>();
	#writeCount = 0;
	/** Versions `put` has kept as a copy already. */
	#keptAside = new WeakSet<AnyEntity>();
	#channel: BroadcastChannel | undefined;
	#generation = 0;
	/** Ids another tab changed while their kind was being read: read again once it is. */
	#missed = new Set<string>();

	#shelf(kind: RecordKind): Shelf {
		const shelf = this.#shelves.get(kind);
		if (!shelf) throw new Error(`Unknown record kind ${kind}`);
		return shelf;
	}

	// Reads: synchronous and reactive; undefined while the kind is still loading.

	list<T>(kind: RecordKind): Entity<T>[] | undefined {
		const shelf = this.#shelf(kind);
		void shelf.revision;
		if (!shelf.loaded) {
			this.#startLoading(kind);
			return undefined;
		}
		return shelf.newestFirst() as Entity<T>[];
	}

	/** undefined while loading, null when there is no such record. */
	get<T>(kind: RecordKind, id: string): Entity<T> | null | undefined {
		const shelf = this.#shelf(kind);
		void shelf.revision;
		if (!shelf.loaded) {
			this.#startLoading(kind);
			return undefined;
		}
		return (shelf.records.get(id) as Entity<T> | undefined) ?? null;
	}

	/** The record as memory holds it now, without subscribing (for followers). */
	peek<T>(kind: RecordKind, id: string): Entity<T> | undefined {
		return this.#shelf(kind).records.get(id) as Entity<T> | undefined;
	}

	/** Why a kind could not be read at all, if it could not. */
	loadError(kind: RecordKind): unknown {
		return this.#shelf(kind).error;
	}

	/** Calls `listener` with the ids of every change of `kind` from now on; returns the stop. */
	follow(kind: RecordKind, listener: ChangeListener): () => void {
		const shelf = this.#shelf(kind);
		shelf.listeners.add(listener);
		return () => shelf.listeners.delete(listener);
	}

	/** A read found the kind not in memory yet: load it; a failure shows through loadError. */
	#startLoading(kind: RecordKind): void {
		this.load(kind).catch(() => {});
	}

	/** Reads and decodes a kind once; every later call resolves at once. */
	load(kind: RecordKind): Promise<void> {
		const shelf = this.#shelf(kind);
		shelf.loading ??= this.#fill(kind, shelf);
		return shelf.loading;
	}

	async #fill(kind: RecordKind, shelf: Shelf): Promise<void> {
		const generation = this.#generation;
		try {
			await keyring.whenOpen();
			if (generation !== this.#generation) return;
			const { database, read } = await disk();
			this.#listen((await database()).name);
			const rows = await read((db) => db.records.where('kind').equals(kind).toArray());
			const decoded: (AnyEntity | undefined)[] = [];
			// Years of notes are decoded a slice at a time: the page can paint and answer a tap
			// between slices, instead of freezing while all of them are read.
			for (let start = 0; start < rows.length; start += DECODE_SLICE) {
				if (start > 0) await breather();
				if (generation !== this.#generation) return;
				const slice = rows.slice(start, start + DECODE_SLICE);
				decoded.push(...(await Promise.all(slice.map((row) => this.#decode(row)))));
			}
			if (generation !== this.#generation) return;
			let unreadable = 0;
			for (const [index, entity] of decoded.entries()) {
				if (!entity) unreadable++;
				else if (!shelf.records.has(entity.id)) this.#remember(shelf, entity);
				this.#onDisk.set(rows[index]!.id, rows[index]!.updatedAt);
			}
			storageHealth.unreadable[kind] = unreadable;
			shelf.error = undefined;
			shelf.loaded = true;
			shelf.changed(rows.map((row) => row.id));
			// What another tab changed or deleted since the rows above were read.
			if (this.#missed.size > 0) {
				const missed = [...this.#missed];
				this.#missed.clear();
				void this.#refresh(missed);
			}
		} catch (error) {
			// Let a later read try again (a closed connection, a database from a newer version).
			shelf.loading = undefined;
			if (generation === this.#generation) shelf.error = error;
			throw error;
		}
	}

	/** One record that cannot be read must never hide the others: it is skipped and counted. */
	async #decode(row: StoredRecord): Promise<AnyEntity | undefined> {
		try {
			return (await decode(row)) as AnyEntity;
		} catch {
			return undefined;
		}
	}

	#remember(shelf: Shelf, entity: AnyEntity): void {
		shelf.records.set(entity.id, entity);
	}

	// Writes: memory first, then one encode and one transaction.

	async create<T>(entity: Entity<T>): Promise<Entity<T>> {
		const shelf = this.#shelf(entity.kind);
		await this.load(entity.kind);
		const taken = shelf.records.get(entity.id);
		if (taken) throw new EditConflict(taken);
		this.#remember(shelf, entity);
		shelf.changed([entity.id]);
		try {
			await this.#save(entity, {});
		} catch (error) {
			// On a conflict memory already holds the other tab's record of that id.
			if (!(error instanceof EditConflict)) this.#forget(shelf, entity.id);
			throw error;
		}
		return entity;
	}

	/** Applies `change` to the record in memory now and stores the result. */
	async update<T>(kind: RecordKind, id: string, change: (data: T) => T): Promise<Entity<T>> {
		const shelf = this.#shelf(kind);
		await this.load(kind);
		const current = shelf.records.get(id) as Entity<T> | undefined;
		if (!current) throw new RecordNotFoundError(id);
		const next: Entity<T> = {
			...current,
			data: applyChange(change, current),
			updatedAt: timestamp(current.updatedAt)
		};
		this.#remember(shelf, next);
		shelf.changed([id]);
		return this.#save(next, { change });
	}

	/**
	 * Saves whole data under an id: the record is made on the first save, changed after. Given
	 * the data the caller started `from`, a version another tab saved in between is kept as a
	 * copy under a new id (returned) instead of being overwritten.
	 */
	async put<T>(
		kind: RecordKind,
		id: string,
		data: T,
		from?: T,
		{ same, keep = (mine) => mine }: PutOptions<T> = {}
	): Promise<Entity<T> | undefined> {
		await this.load(kind);
		if (!this.#shelf(kind).records.has(id)) {
			await this.create(stamp(kind, data, { id }));
			return undefined;
		}
		const says = (current: T, version: T) => current === version || !!same?.(current, version);
		const unchangedSince = (current: T): T => {
			if (from !== undefined && !says(current, from)) throw new ChangeRefused();
			return keep(data, current);
		};
		try {
			await this.update<T>(kind, id, unchangedSince);
			return undefined;
		} catch (error) {
			if (!(error instanceof EditConflict)) throw error;
			const theirs = error.theirs as Entity<T>;
			// An editor's saves overlap, and several can meet the same version: it is kept once.
			const keepIt = !this.#keptAside.has(theirs);
			this.#keptAside.add(theirs);
			const copy = keepIt
				? await this.create(stamp(kind, theirs.data, { parentId: theirs.parentId }))
				: undefined;
			// This save goes over theirs, but never over a newer save of the same editor.
			await this.update<T>(kind, id, (current) =>
				says(current, theirs.data) || from === undefined || says(current, from)
					? keep(data, current)
					: current
			);
			return copy;
		}
	}

	/** Removes a record and returns it, so the caller can offer undo. */
	async remove<T>(kind: RecordKind, id: string): Promise<Entity<T> | undefined> {
		const shelf = this.#shelf(kind);
		await this.load(kind);
		const found = shelf.records.get(id) as Entity<T> | undefined;
		if (!found) return undefined;
		this.#forget(shelf, id);
		this.#latestWrite.set(id, ++this.#writeCount);
		try {
			await (await disk()).write((db) => db.records.delete(id));
		} catch (error) {
			this.#remember(shelf, found);
			shelf.changed([id]);
			throw error;
		}
		this.#onDisk.delete(id);
		this.#announce([id]);
		return found;
	}

	/** Puts a removed record back exactly as it was (undo). */
	async restore<T>(entity: Entity<T>): Promise<void> {
		const shelf = this.#shelf(entity.kind);
		await this.load(entity.kind);
		this.#remember(shelf, entity);
		shelf.changed([entity.id]);
		await this.#save(entity, {});
	}

	/** Stores many new records in one transaction, all or nothing (imports). */
	async createMany<T>(kind: RecordKind, entities: Entity<T>[]): Promise<Entity<T>[]> {
		const shelf = this.#shelf(kind);
		await this.load(kind);
		const rows = await Promise.all(entities.map((entity) => encode(entity)));
		const { write } = await disk();
		await write((db) => db.transaction('rw', db.records, () => db.records.bulkAdd(rows)));
		for (const entity of entities) {
			this.#remember(shelf, entity);
			this.#onDisk.set(entity.id, entity.updatedAt);
		}
		const ids = entities.map((entity) => entity.id);
		shelf.changed(ids);
		this.#announce(ids);
		return entities;
	}

	#forget(shelf: Shelf, id: string): void {
		shelf.records.delete(id);
		shelf.changed([id]);
	}

	/**
	 * Encodes and stores one record, unless a newer write of the same record was asked for in
	 * the meantime, and resolves with the version that ended up on disk. The write reads back
	 * the row it replaced: when that was another tab's version this tab had not seen, the change
	 * is applied again on top of it and stored, or the caller gets it (EditConflict) to settle.
	 */
	async #save<T>(
		entity: Entity<T>,
		options: { change?: (data: T) => T },
		rebases = 0
	): Promise<Entity<T>> {
		const ticket = ++this.#writeCount;
		this.#latestWrite.set(entity.id, ticket);
		const row = await encode(entity);
		if (this.#latestWrite.get(entity.id) !== ticket) return entity;
		const sent = this.#sent.get(entity.id) ?? new Set<number>();
		this.#sent.set(entity.id, sent.add(entity.updatedAt));

		let theirs: StoredRecord | undefined;
		try {
			const replaced = await (await disk()).putRow(row);
			if (replaced && !this.#isOurs(replaced)) theirs = replaced;
			this.#landed(entity.id, entity.updatedAt);
		} finally {
			sent.delete(entity.updatedAt);
		}
		this.#announce([entity.id]);
		const newer = theirs && (await this.#decode(theirs));
		if (!newer) return entity;
		// This write replaced another tab's version that this tab had not seen: apply this tab's
		// change on top of it, or hand that version to the caller to keep.
		if (!options.change || rebases >= MAX_REBASES) throw new EditConflict(newer);
		const rebased: Entity<T> = {
			...(newer as Entity<T>),
			data: applyChange(options.change, newer as Entity<T>),
			updatedAt: timestamp(entity.updatedAt)
		};
		const shelf = this.#shelf(entity.kind);
		this.#remember(shelf, rebased);
		shelf.changed([entity.id]);
		return this.#save(rebased, options, rebases + 1);
	}

	/** Whether a stored row is one this tab has seen or written (not another tab's newer one). */
	#isOurs(row: StoredRecord): boolean {
		return (
			this.#onDisk.get(row.id) === row.updatedAt || !!this.#sent.get(row.id)?.has(row.updatedAt)
		);
	}

	#landed(id: string, updatedAt: number): void {
		this.#onDisk.set(id, Math.max(updatedAt, this.#onDisk.get(id) ?? 0));
	}

	// Other tabs.

	#listen(databaseName: string): void {
		if (this.#channel || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(`${databaseName}:records`);
		this.#channel.onmessage = (event: MessageEvent<{ ids: string[] }>) =>
			void this.#refresh(event.data.ids);
	}

	#announce(ids: string[]): void {
		this.#channel?.postMessage({ ids });
	}

	/** Re-reads the rows another tab changed; nothing else is decoded again. */
	async #refresh(ids: string[]): Promise<void> {
		const generation = this.#generation;
		const rows = await (await disk()).read((db) => db.records.bulkGet(ids));
		for (const [index, id] of ids.entries()) {
			const row = rows[index];
			if (generation !== this.#generation) return;
			if (!row) {
				this.#onDisk.delete(id);
				for (const shelf of this.#shelves.values()) {
					if (shelf.records.has(id)) this.#forget(shelf, id);
					// A kind being read may still hold the row as it was before.
					if (shelf.loading && !shelf.loaded) this.#missed.add(id);
				}
				continue;
			}
			const shelf = this.#shelves.get(row.kind as RecordKind);
			if (shelf?.loading && !shelf.loaded) this.#missed.add(id);
			if (!shelf?.loaded || this.#isOurs(row)) continue;
			const entity = await this.#decode(row);
			if (generation !== this.#generation) return;
			this.#onDisk.set(id, row.updatedAt);
			if (!entity) {
				const kind = row.kind as RecordKind;
				storageHealth.unreadable[kind] = (storageHealth.unreadable[kind] ?? 0) + 1;
				continue;
			}
			this.#remember(shelf, entity);
			shelf.changed([id]);
		}
	}

	/**
	 * Restoring a backup or taking a share: encodes the records and stores them in one
	 * transaction, all or nothing ('replace' drops every other record first). Memory then takes
	 * the very records it stored, with nothing decoded again, and other tabs are told what
	 * changed. Resolves with the rows of each kind now on disk, counted on the kind index, for
	 * the caller to check against what it meant to write.
	 */
	async replaceAll(records: AnyEntity[], mode: 'replace' | 'merge'): Promise<KindTally> {
		await Promise.all(RECORD_KINDS.map((kind) => this.load(kind)));
		const rows = await Promise.all(records.map((entity) => encode(entity)));
		const { countRows, replaceRows } = await disk();
		await replaceRows(rows, mode);
		const changed = new Map<Shelf, string[]>();
		for (const [kind, shelf] of this.#shelves) {
			if (mode !== 'replace') continue;
			changed.set(shelf, [...shelf.records.keys()]);
			for (const id of shelf.records.keys()) this.#onDisk.delete(id);
			shelf.records.clear();
			// Every row of a record kind was replaced, the unreadable ones too.
			storageHealth.unreadable[kind] = 0;
		}
		for (const entity of records) {
			const shelf = this.#shelf(entity.kind);
			this.#remember(shelf, entity);
			this.#onDisk.set(entity.id, entity.updatedAt);
			changed.set(shelf, [...(changed.get(shelf) ?? []), entity.id]);
		}
		for (const [shelf, ids] of changed) shelf.changed(ids);
		this.#announce([...new Set([...changed.values()].flat())]);
		return countRows();
	}

	/** Drops every decoded record and forgets every kind was loaded (lock, tests). */
	reset(): void {
		this.#generation++;
		this.#missed.clear();
		this.#channel?.close();
		this.#channel = undefined;
		for (const shelf of this.#shelves.values()) {
			const dropped = [...shelf.records.keys()];
			shelf.records.clear();
			shelf.loading = undefined;
			shelf.loaded = false;
			shelf.changed(dropped);
		}
		firstScreens.reset();
		storageHealth.unreadable = {};
		this.#onDisk.clear();
		this.#sent.clear();
		this.#latestWrite.clear();
	}
}

export const recordStore = new RecordStore();
keyring.onLock(() => recordStore.reset());

/** A new record's fields beside its data. */
export function stamp<T>(
	kind: RecordKind,
	data: T,
	options: { id?: string; parentId?: string; createdAt?: number } = {}
): Entity<T> {
	const now = timestamp();
	const made: Entity<T> = {
		id: options.id ?? crypto.randomUUID(),
		kind,
		createdAt: options.createdAt ?? now,
		updatedAt: now,
		data
	};
	if (options.parentId !== undefined) made.parentId = options.parentId;
	return made;
}
