import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';

/**
 * The header's keys (header.ts): the data key, wrapped by a key-encryption key derived from the
 * passphrase or a passkey, and the duress slot. WebCrypto only; loaded with the vault's actions.
 */

const IV_BYTES = 12;
const DURESS_MARKER = utf8('rank-and-file/duress');
const DURESS_BYTES = IV_BYTES + DURESS_MARKER.length + 16;
const purpose = (what: string) => utf8(`rank-and-file/vault/1/${what}`);

/** A key-encryption key from derived bytes (a passphrase's, or a passkey's PRF output's). */
export function keyEncryptionKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [
		'wrapKey',
		'unwrapKey',
		'encrypt',
		'decrypt'
	]);
}

export async function wrapDataKey(dataKey: CryptoKey, kek: CryptoKey): Promise<string> {
	const iv = randomBytes(IV_BYTES);
	const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, {
		name: 'AES-GCM',
		iv,
		additionalData: purpose('data-key')
	});
	return toBase64(new Uint8Array([...iv, ...new Uint8Array(wrapped)]));
}

/**
 * The data key, or null when `kek` is not the key it was wrapped with. Extractable only for a
 * moment, to wrap it again (a new passphrase, a passkey); the session's copy never is.
 */
export async function unwrapDataKey(
	wrapped: string,
	kek: CryptoKey,
	extractable = false
): Promise<CryptoKey | null> {
	const bytes = fromBase64(wrapped);
	try {
		return await crypto.subtle.unwrapKey(
			'raw',
			bytes.subarray(IV_BYTES),
			kek,
			{ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: purpose('data-key') },
			'AES-GCM',
			extractable,
			['encrypt', 'decrypt']
		);
	} catch {
		return null;
	}
}

export function newDataKey(): Promise<CryptoKey> {
	return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export const emptyDuressSlot = (): string => toBase64(randomBytes(DURESS_BYTES));

export async function sealDuress(kek: CryptoKey): Promise<string> {
	const iv = randomBytes(IV_BYTES);
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: purpose('duress') },
		kek,
		DURESS_MARKER
	);
	return toBase64(new Uint8Array([...iv, ...new Uint8Array(sealed)]));
}

/** Whether `kek` is the duress passphrase's key. */
export async function isDuress(slot: string, kek: CryptoKey): Promise<boolean> {
	const bytes = fromBase64(slot);
	try {
		await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: purpose('duress') },
			kek,
			bytes.subarray(IV_BYTES)
		);
		return true;
	} catch {
		return false;
	}
}
