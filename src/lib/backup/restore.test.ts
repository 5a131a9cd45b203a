import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { recordStore } from '$lib/db';
import { encode } from '$lib/db/codec';
import { useTestDatabase } from '$lib/db/testing';
import { openWithPassphrase, sealWithPassphrase } from './age-file';
import { STATUS_ID } from './backup-status';
import { gatherRecords, restoreBackup } from './backups';
import { buildPayload, parsePayload, type BackupRecord } from './payload';
import { backupRecords, canonical, runs } from './testing';

const db = useTestDatabase();

const note = (id: string, text: string, updatedAt = 1): BackupRecord => ({
	id,
	kind: 'note',
	createdAt: 1,
	updatedAt,
	data: { title: text, body: '' }
});

async function store(records: BackupRecord[]): Promise<void> {
	await db().records.bulkPut(await Promise.all(records.map((record) => encode(record))));
	recordStore.reset();
}

const byId = (records: BackupRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('restoring a backup', () => {
	test(
		'backup → age file → restore on an empty phone gives every record back (property)',
		{ timeout: 120_000 },
		async () => {
			await fc.assert(
				fc.asyncProperty(
					backupRecords(6).map((records) => records.filter((r) => r.id !== STATUS_ID)),
					async (records) => {
						await db().records.clear();
						recordStore.reset();
						const plain = new TextEncoder().encode(JSON.stringify(buildPayload(records, '1')));
						const file = await sealWithPassphrase(plain, 'pass', 1);
						const text = new TextDecoder().decode(await openWithPassphrase(file, 'pass'));
						await restoreBackup(parsePayload(text), 'replace');
						expect(canonical(byId(await gatherRecords()))).toBe(canonical(byId(records)));
					}
				),
				{ numRuns: runs(40) }
			);
		}
	);

	test('replace leaves exactly the backup; merge keeps both and the newer of each', async () => {
		await store([note('a', 'phone a', 5), note('b', 'phone b', 1), note('mine', 'only here')]);
		const payload = buildPayload(
			[note('a', 'backup a', 2), note('b', 'backup b', 9), note('c', 'new')],
			'1'
		);

		const merged = await restoreBackup(payload, 'merge');
		expect(merged).toMatchObject({ added: 1, conflicts: 2, takenFromBackup: 1 });
		const titles = (await gatherRecords()).map((r) => (r.data as { title: string }).title).sort();
		expect(titles).toEqual(['backup b', 'new', 'only here', 'phone a']);

		await restoreBackup(payload, 'replace');
		const after = (await gatherRecords()).map((r) => (r.data as { title: string }).title).sort();
		expect(after).toEqual(['backup a', 'backup b', 'new']);
	});

	test('a restore that fails while writing changes nothing', async () => {
		await store([note('a', 'kept'), note('b', 'kept too')]);
		const before = await db().records.toArray();
		vi.spyOn(db().records, 'bulkPut').mockRejectedValueOnce(new Error('disk gone'));
		await expect(restoreBackup(buildPayload([note('c', 'new')], '1'), 'replace')).rejects.toThrow(
			'disk gone'
		);
		expect(await db().records.toArray()).toEqual(before);
	});

	test('rows that did not all land are reported, not taken for a restore', async () => {
		await store([note('a', 'kept')]);
		const bulkPut = db().records.bulkPut.bind(db().records);
		vi.spyOn(db().records, 'bulkPut').mockImplementationOnce((rows) =>
			bulkPut((rows as Parameters<typeof bulkPut>[0]).slice(1))
		);
		const payload = buildPayload([note('b', 'one'), note('c', 'two')], '1');
		await expect(restoreBackup(payload, 'replace')).rejects.toMatchObject({
			problem: 'verify-failed'
		});
	});

	test('a merge beside a record that cannot be read still checks out', async () => {
		await store([note('a', 'kept')]);
		const unreadable = { ...(await encode(note('x', 'damaged'))), body: '{not json' };
		await db().records.put(unreadable);
		await restoreBackup(buildPayload([note('b', 'new')], '1'), 'merge');
		const titles = (await gatherRecords()).map((r) => (r.data as { title: string }).title).sort();
		expect(titles).toEqual(['kept', 'new']);
	});

	test("this phone's own backup status survives a replace", async () => {
		await store([
			{ id: STATUS_ID, kind: 'settings', createdAt: 1, updatedAt: 1, data: { lastBackupAt: 42 } }
		]);
		await restoreBackup(buildPayload([note('a', 'x')], '1'), 'replace');
		await recordStore.load('settings');
		expect(
			recordStore.peek<{ lastBackupAt: number }>('settings', STATUS_ID)?.data.lastBackupAt
		).toBe(42);
	});
});
