import { live, type Live } from '$lib/db';
import type { Change } from './changes';
import { getChecklist, updateChecklist } from './checklists';
import type { Checklist } from './model';

interface PendingChange {
	change: Change;
	/** The record's `updatedAt` once this change is on disk. */
	savedAt?: number;
	failed?: boolean;
}

/**
 * One checklist as a page shows and edits it. A change shows on screen at once (a tick must
 * not wait for IndexedDB and the live query's round trip) and is saved behind it: until the
 * saved record catches up, pending changes are applied on top of it. Changes are idempotent
 * (changes.ts), so one that is both on disk and pending does no harm. A failed save (a full
 * disk) stays on screen and is tried again, in order, before the next change.
 *
 * Create it while a component initialises: it subscribes to the record through `live`.
 */
export class OpenChecklist {
	readonly #saved: Live<Checklist | null>;
	#pending = $state.raw<PendingChange[]>([]);
	/** Why the last save failed, until one succeeds (StorageFullError when the disk is full). */
	error = $state.raw<unknown>(undefined);

	constructor(readonly id: string) {
		this.#saved = live(() => getChecklist(id));
	}

	/** undefined while loading, null when there is no such checklist. */
	readonly current = $derived.by((): Checklist | null | undefined => {
		const saved = this.#saved.current;
		if (!saved) return saved;
		const waiting = this.#pending.filter(
			(entry) => entry.savedAt === undefined || entry.savedAt > saved.updatedAt
		);
		if (waiting.length === 0) return saved;
		return { ...saved, data: waiting.reduce((data, entry) => entry.change(data), saved.data) };
	});

	get loadError(): unknown {
		return this.#saved.error;
	}

	/** Shows a change now and saves it; a failure is reported through `error`. */
	apply(change: Change): Promise<void> {
		return this.save(change).catch(() => {});
	}

	/** Like `apply`, but the promise rejects when the save fails (for Autosave). */
	save(change: Change): Promise<void> {
		const retries = this.#pending.filter((entry) => entry.failed);
		const entry: PendingChange = { change };
		this.#pending = [...this.#pending, entry];
		// The data layer runs writes to one record in call order: retries land before this one.
		for (const failed of retries) void this.#write(failed).catch(() => {});
		return this.#write(entry);
	}

	/** Saves again whatever failed to save. */
	retry(): Promise<void> {
		const failed = this.#pending.filter((entry) => entry.failed);
		return Promise.all(failed.map((entry) => this.#write(entry))).then(
			() => {},
			() => {}
		);
	}

	async #write(entry: PendingChange): Promise<void> {
		entry.failed = false;
		try {
			const saved = await updateChecklist(this.id, entry.change);
			entry.savedAt = saved.updatedAt;
			if (!this.#pending.some((other) => other.failed)) this.error = undefined;
		} catch (error) {
			entry.failed = true;
			this.error = error;
			throw error;
		} finally {
			this.#forgetSaved();
		}
	}

	/** Drops changes the saved record already holds. */
	#forgetSaved(): void {
		const savedAt = this.#saved.current?.updatedAt ?? -1;
		this.#pending = this.#pending.filter(
			(entry) => entry.savedAt === undefined || entry.savedAt > savedAt
		);
	}
}
