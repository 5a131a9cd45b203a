import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sealWithPassphrase, openWithPassphrase } from './age-file';
import { BackupError, type BackupProblem } from './backup-error';
import { buildPayload, parsePayload } from './payload';
import { openToText } from './sealed-file';

const PASSPHRASE = 'correct horse battery staple';
const corpus = (name: string) =>
	new Uint8Array(
		readFileSync(new URL(`../../../tests/fixtures/bad-backups/${name}`, import.meta.url))
	);

/** Opens a file as the restore screen does, up to the checked payload. */
async function problemReading(file: Uint8Array, passphrase = PASSPHRASE): Promise<BackupProblem> {
	try {
		parsePayload(await openToText(file, passphrase));
	} catch (error) {
		if (error instanceof BackupError) return error.problem;
		throw error;
	}
	throw new Error('the file was read');
}

describe('a bad backup file is refused with its own reason', () => {
	test.each<[string, BackupProblem]>([
		['truncated.age', 'truncated'],
		['not-age.age', 'not-age'],
		['wrong-passphrase.age', 'wrong-passphrase'],
		['invalid-json.age', 'invalid-json'],
		['wrong-types.age', 'wrong-shape'],
		['duplicate-ids.age', 'duplicate-id'],
		['nan.age', 'invalid-json'],
		['future-format.age', 'newer-format'],
		['counts-differ.age', 'counts-differ'],
		['scrypt-2-30.age', 'work-factor']
	])('%s: %s', async (name, problem) => {
		expect(await problemReading(corpus(name))).toBe(problem);
	});

	test('the good file of the corpus opens (so the others fail for their own reason)', async () => {
		expect(parsePayload(await openToText(corpus('good.age'), PASSPHRASE)).counts).toEqual({
			note: 1
		});
	});

	test('a huge string is refused', async () => {
		const note = { id: 'n', kind: 'note' as const, createdAt: 1, updatedAt: 1 };
		const text = JSON.stringify(
			buildPayload([{ ...note, data: { body: 'x'.repeat(9 * 1024 * 1024) } }], '1')
		);
		const file = await sealWithPassphrase(new TextEncoder().encode(text), PASSPHRASE, 2);
		expect(await problemReading(file)).toBe('too-large');
	});

	test('a work factor just above the bound is refused before scrypt runs', async () => {
		// 2^19 is one step above the bound: age-encryption itself would run it (it allows 2^20).
		const good = new TextDecoder().decode(corpus('good.age'));
		const file = new TextEncoder().encode(good.replace(/(-> scrypt \S+) 10\n/, '$1 19\n'));
		await expect(openWithPassphrase(file, PASSPHRASE)).rejects.toThrow(
			new BackupError('work-factor', '19')
		);
	});

	test('an empty passphrase for an encrypted file asks for one', async () => {
		expect(await problemReading(corpus('good.age'), '')).toBe('needs-passphrase');
	});

	test('an armored file opens like a binary one', async () => {
		const { armor } = await import('age-encryption');
		const armored = new TextEncoder().encode(armor.encode(corpus('good.age')));
		expect(parsePayload(await openToText(armored, PASSPHRASE)).records).toHaveLength(1);
	});
});
