import type { GenerationFound } from '$lib/db/storage-layout';
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

/** A generation's vault header, checked; null when its records are plain. */
export function headerIn({ vaultRows }: GenerationFound): VaultHeader | null {
	return vaultRows.has('header') ? checkHeader(vaultRows.get('header')) : null;
}
