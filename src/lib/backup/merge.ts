import { countKinds, type BackupRecord, type KindCounts } from './payload';

/** Replace: the phone ends up holding exactly the backup. Merge: both, the newer of each id. */
export type RestoreMode = 'replace' | 'merge';

export interface RestorePlan {
	mode: RestoreMode;
	/** The records to write (in merge mode, only those that are new or newer than the phone's). */
	write: BackupRecord[];
	/** Records of the backup that the phone did not have. */
	added: number;
	/** Ids on both sides in different versions; the newer was kept. */
	conflicts: number;
	/** Of the conflicts, those where the backup's version was newer and taken. */
	takenFromBackup: number;
	/** What the phone must hold afterwards, per kind: checked after writing. */
	expected: KindCounts;
}

/** Works out a restore from what the phone holds now, without writing anything. */
export function planRestore(
	current: readonly BackupRecord[],
	incoming: readonly BackupRecord[],
	mode: RestoreMode
): RestorePlan {
	if (mode === 'replace') {
		return {
			mode,
			write: [...incoming],
			added: incoming.length,
			conflicts: 0,
			takenFromBackup: 0,
			expected: countKinds(incoming)
		};
	}
	const result = new Map(current.map((record) => [record.id, record]));
	const write: BackupRecord[] = [];
	let added = 0;
	let conflicts = 0;
	let takenFromBackup = 0;
	for (const record of incoming) {
		const mine = result.get(record.id);
		if (!mine) added++;
		else if (mine.updatedAt === record.updatedAt && mine.kind === record.kind) continue;
		else conflicts++;
		if (mine && mine.updatedAt >= record.updatedAt) continue;
		if (mine) takenFromBackup++;
		result.set(record.id, record);
		write.push(record);
	}
	return {
		mode,
		write,
		added,
		conflicts,
		takenFromBackup,
		expected: countKinds([...result.values()])
	};
}
