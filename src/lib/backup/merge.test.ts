import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planRestore } from './merge';
import type { BackupRecord } from './payload';
import { backupRecords, canonical, runs } from './testing';

const note = (id: string, updatedAt: number): BackupRecord => ({
	id,
	kind: 'note',
	createdAt: 0,
	updatedAt,
	data: { updatedAt }
});

/** What the phone holds after a plan is written. */
function apply(current: BackupRecord[], plan: ReturnType<typeof planRestore>): BackupRecord[] {
	const result = new Map(plan.mode === 'replace' ? [] : current.map((r) => [r.id, r]));
	for (const record of plan.write) result.set(record.id, record);
	return [...result.values()];
}

describe('planning a restore', () => {
	test('merge keeps the newer version of each id and counts the conflicts', () => {
		const phone = [
			note('same', 5),
			note('phone-newer', 9),
			note('backup-newer', 1),
			note('only-phone', 1)
		];
		const backup = [
			note('same', 5),
			note('phone-newer', 3),
			note('backup-newer', 7),
			note('only-backup', 2)
		];
		const plan = planRestore(phone, backup, 'merge');
		expect(plan.write.map((r) => r.id)).toEqual(['backup-newer', 'only-backup']);
		expect(plan).toMatchObject({
			added: 1,
			conflicts: 2,
			takenFromBackup: 1,
			expected: { note: 5 }
		});
	});

	test('replace writes the backup as it is', () => {
		const plan = planRestore([note('a', 1)], [note('b', 1)], 'replace');
		expect(apply([note('a', 1)], plan)).toEqual([note('b', 1)]);
		expect(plan.expected).toEqual({ note: 1 });
	});

	test(
		'merge: every id of either side is kept, in its newest version (property)',
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(backupRecords(12), backupRecords(12), (phone, backup) => {
					const plan = planRestore(phone, backup, 'merge');
					const after = new Map(apply(phone, plan).map((r) => [r.id, r]));
					const ids = new Set([...phone, ...backup].map((r) => r.id));
					expect(after.size).toBe(ids.size);
					for (const record of [...phone, ...backup])
						expect(after.get(record.id)!.updatedAt).toBeGreaterThanOrEqual(record.updatedAt);
					const counted: Record<string, number> = {};
					for (const record of after.values())
						counted[record.kind] = (counted[record.kind] ?? 0) + 1;
					expect(plan.expected).toEqual(counted);
				}),
				{ numRuns: runs(1000) }
			);
		}
	);

	test(
		'replace: the phone ends up holding exactly the backup (property)',
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(backupRecords(12), backupRecords(12), (phone, backup) => {
					expect(canonical(apply(phone, planRestore(phone, backup, 'replace')))).toBe(
						canonical(backup)
					);
				}),
				{ numRuns: runs(1000) }
			);
		}
	);
});
