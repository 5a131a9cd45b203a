import { beforeEach, describe, expect, test } from 'vitest';
import { DecodeError, decode, encode, type Decoded } from './codec';
import { keyring, VaultLockedError } from './keyring';
import type { StoredRecord } from './schema';

const note: Decoded<{ text: string }> = {
	id: 'n1',
	kind: 'note',
	createdAt: 1,
	updatedAt: 2,
	data: { text: 'Meet at the union hall, ask for Rosa' }
};

const newKey = () =>
	crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

beforeEach(() => keyring.usePlain());

describe('codec', () => {
	test('plain: JSON in, the same record out', async () => {
		const row = await encode(note);
		expect(row.codec).toBe('json1');
		expect(await decode(row)).toEqual(note);
	});

	test('unlocked: the body is ciphertext with a fresh IV per write, and opens again', async () => {
		keyring.unlock(await newKey());
		const first = await encode(note);
		const second = await encode(note);
		expect(first.codec).toBe('aes1');
		const bytes = first.body as Uint8Array;
		expect(new TextDecoder().decode(bytes)).not.toContain('Rosa');
		expect(bytes.subarray(0, 12)).not.toEqual((second.body as Uint8Array).subarray(0, 12));
		expect(await decode(first)).toEqual(note);
	});

	test('a flipped bit, a body moved to another id or kind, or a wrong key: DecodeError', async () => {
		const key = await newKey();
		keyring.unlock(key);
		const row = await encode(note);
		const flipped = new Uint8Array(row.body as Uint8Array);
		flipped[20]! ^= 1;
		const variants: StoredRecord[] = [
			{ ...row, body: flipped },
			{ ...row, id: 'n2' },
			{ ...row, kind: 'contact' },
			{ ...row, body: (row.body as Uint8Array).slice(0, 30) }
		];
		for (const variant of variants) await expect(decode(variant)).rejects.toThrow(DecodeError);
		await expect(decode(row, await newKey())).rejects.toThrow(DecodeError);
	});

	test('a plain row is refused in an encrypted database, and nothing encodes while locked', async () => {
		const plain = await encode(note);
		keyring.unlock(await newKey());
		await expect(decode(plain)).rejects.toThrow(DecodeError);
		keyring.lock();
		await expect(encode(note)).rejects.toThrow(VaultLockedError);
	});

	test('bad JSON, a non-object, an unknown codec: DecodeError', async () => {
		const row = await encode(note);
		for (const variant of [
			{ ...row, body: '{"text": ' },
			{ ...row, body: '42' },
			{ ...row, codec: 'rot13' } as unknown as StoredRecord
		]) {
			await expect(decode(variant)).rejects.toThrow(DecodeError);
		}
	});
});
