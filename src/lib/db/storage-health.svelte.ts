import type { RecordKind } from './schema';

/**
 * What is wrong with on-device storage right now, if anything. The shell shows it in a banner;
 * features never swallow these conditions, and callers keep the unsaved edit in memory.
 */
export type StorageProblem =
	| 'full' // quota exceeded: the last change is kept on screen, not yet on disk
	| 'newer-version' // a newer Rank & File upgraded the data: this copy must update
	| 'unavailable' // IndexedDB cannot be opened at all (private mode on some browsers)
	| 'handing-over'; // another tab is upgrading the data: saving, then reloading

class StorageHealth {
	problem = $state<StorageProblem | null>(null);
	/** Per kind, stored records that could not be read and are left out of every list. */
	unreadable = $state<Partial<Record<RecordKind, number>>>({});

	report(problem: StorageProblem): void {
		this.problem = problem;
	}

	/** Called after a successful write: a transient problem such as a full disk is over. */
	recovered(): void {
		if (this.problem === 'full') this.problem = null;
	}
}

export const storageHealth = new StorageHealth();
