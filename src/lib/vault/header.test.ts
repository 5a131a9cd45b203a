import { describe, expect, test } from 'vitest';
import { randomBytes } from './bytes';
import { checkHeader, HeaderRejected } from './header';
import {
	emptyDuressSlot,
	isDuress,
	keyEncryptionKey,
	newDataKey,
	sealDuress,
	unwrapDataKey,
	wrapDataKey
} from './header-keys';

const header = {
	format: 'rank-and-file-vault',
	version: 1,
	kdf: { name: 'pbkdf2-sha256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
	wrappedKey: '',
	duress: '',
	passkeys: []
};

describe('vault header', () => {
	test('the data key unwraps with its key only; a wrong key is a failed unwrap, no verifier', async () => {
		const kek = await keyEncryptionKey(randomBytes(32));
		const other = await keyEncryptionKey(randomBytes(32));
		const wrapped = await wrapDataKey(await newDataKey(), kek);
		expect(await unwrapDataKey(wrapped, kek)).toBeInstanceOf(CryptoKey);
		expect((await unwrapDataKey(wrapped, kek))!.extractable).toBe(false);
		expect(await unwrapDataKey(wrapped, other)).toBeNull();
	});

	test('the duress slot opens only with the duress key; an empty slot looks the same', async () => {
		const duress = await keyEncryptionKey(randomBytes(32));
		const sealed = await sealDuress(duress);
		expect(await isDuress(sealed, duress)).toBe(true);
		expect(await isDuress(sealed, await keyEncryptionKey(randomBytes(32)))).toBe(false);
		expect(emptyDuressSlot().length).toBe(sealed.length);
		expect(await isDuress(emptyDuressSlot(), duress)).toBe(false);
	});

	test('a newer header, a damaged one and one below the bounds are refused', () => {
		expect(checkHeader(header)).toEqual(header);
		const refused = (value: unknown) => {
			try {
				checkHeader(value);
			} catch (error) {
				return (error as HeaderRejected).problem;
			}
		};
		expect(refused({ ...header, version: 2 })).toBe('newer');
		expect(refused({ ...header, format: 'other' })).toBe('damaged');
		expect(refused({ ...header, passkeys: undefined })).toBe('damaged');
		expect(refused({ ...header, kdf: { ...header.kdf, iterations: 1000 } })).toBe('too-weak');
	});
});
