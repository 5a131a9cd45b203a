import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { decode, encode } from './codec';
import { openGeneration } from './database';
import { continueMove, finishMove, startMove } from './move';
import { areaName, generationsOnDisk } from './storage-area';

afterEach(async () => {
	for (const generation of await generationsOnDisk()) await Dexie.delete(areaName(generation));
});

const newKey = () =>
	crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

test('a move re-encodes every row into the next generation, resumes, and deletes the old one', async () => {
	const from = await openGeneration(1);
	const rows = await Promise.all(
		Array.from({ length: 600 }, (_, i) =>
			encode(
				{
					id: `n${String(i).padStart(3, '0')}`,
					kind: 'note',
					createdAt: i,
					updatedAt: i,
					data: { i }
				},
				null
			)
		)
	);
	await from.records.bulkPut(rows);
	const key = await newKey();
	const to = await startMove(from, { header: 'stand-in' });

	// A first pass cut short after one batch, then a resume from where it stopped.
	let calls = 0;
	await continueMove({ from, to, readKey: null, writeKey: key }, () => {
		if (++calls === 2) throw new Error('killed');
	}).catch(() => {});
	expect(await to.records.count()).toBe(250);
	const progress: number[] = [];
	await continueMove({ from, to, readKey: null, writeKey: key }, (done) => progress.push(done));
	expect(progress[0]).toBe(250);
	expect(progress.at(-1)).toBe(600);

	const moved = await to.records.toArray();
	expect(moved).toHaveLength(600);
	expect(moved.every((row) => row.codec === 'aes1')).toBe(true);
	expect((await decode(moved[42]!, key)).data).toEqual({ i: 42 });
	await finishMove(from, to);
	expect(await generationsOnDisk()).toEqual([2]);
	expect((await to.vault.get('move'))?.value).toEqual({ from: 1, done: true });
});
