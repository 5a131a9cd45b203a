import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { checkKdfParams, KdfRejected, type KdfParams } from './kdf-params';

/**
 * The vault header, stored beside the records (the `vault` table): the data key wrapped by the
 * passphrase's key (and by each passkey's), and how to derive that key. No verifier is kept: a
 * wrong passphrase is simply a failed unwrap. The duress slot always holds 44 bytes, sealed by a
 * duress passphrase or random, so the header does not tell whether one was set.
 */
export interface VaultHeader {
	format: 'rank-and-file-vault';
	version: 1;
	kdf: KdfParams;
	wrappedKey: string;
	duress: string;
	passkeys: PasskeyWrap[];
}

/** The data key wrapped by a key from a passkey's PRF output (WebAuthn PRF extension). */
export interface PasskeyWrap {
	credentialId: string;
	prfSalt: string;
	wrappedKey: string;
}

export class HeaderRejected extends Error {
	constructor(readonly problem: 'newer' | 'damaged' | KdfRejected['problem']) {
		super(`The vault header was refused: ${problem}`);
		this.name = 'HeaderRejected';
	}
}

const IV_BYTES = 12;
const DURESS_MARKER = utf8('rank-and-file/duress');
const DURESS_BYTES = IV_BYTES + DURESS_MARKER.length + 16;
const purpose = (what: string) => utf8(`rank-and-file/vault/1/${what}`);

/** Checks a stored header's shape and bounds before any work is done with it. */
export function checkHeader(value: unknown): VaultHeader {
	const header = value as Partial<VaultHeader> | null;
	if (!header || header.format !== 'rank-and-file-vault') throw new HeaderRejected('damaged');
	if (header.version !== 1) {
		throw new HeaderRejected(
			typeof header.version === 'number' && header.version > 1 ? 'newer' : 'damaged'
		);
	}
	try {
		checkKdfParams(header.kdf);
	} catch (error) {
		throw new HeaderRejected(error instanceof KdfRejected ? error.problem : 'damaged');
	}
	if (typeof header.wrappedKey !== 'string' || typeof header.duress !== 'string') {
		throw new HeaderRejected('damaged');
	}
	if (!Array.isArray(header.passkeys)) throw new HeaderRejected('damaged');
	return header as VaultHeader;
}

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
