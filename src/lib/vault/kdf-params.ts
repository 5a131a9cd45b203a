/**
 * How the key that unwraps the data key is derived from the passphrase, as stored in the vault
 * header, and the bounds every stored header is checked against before any work is done: a
 * header below them was downgraded (or crafted) to make guessing cheap; one above them would
 * freeze the phone. Bounds in the spirit of Bitwarden's kdf-config.ts and OWASP's minimums.
 */
export type KdfParams =
	| {
			name: 'argon2id';
			/** Memory in KiB. */
			memory: number;
			iterations: number;
			parallelism: number;
			salt: string;
	  }
	| { name: 'pbkdf2-sha256'; iterations: number; salt: string };

export const ARGON2_BOUNDS = {
	memory: { min: 19 * 1024, max: 256 * 1024 },
	iterations: { min: 2, max: 16 },
	parallelism: { min: 1, max: 4 }
} as const;

export const PBKDF2_BOUNDS = { iterations: { min: 600_000, max: 5_000_000 } } as const;

export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

export type KdfProblem = 'too-weak' | 'too-costly' | 'unknown';

export class KdfRejected extends Error {
	constructor(readonly problem: KdfProblem) {
		super(`Vault key derivation settings refused: ${problem}`);
		this.name = 'KdfRejected';
	}
}

function within(value: unknown, bounds: { min: number; max: number }): void {
	if (typeof value !== 'number' || !Number.isInteger(value)) throw new KdfRejected('unknown');
	if (value < bounds.min) throw new KdfRejected('too-weak');
	if (value > bounds.max) throw new KdfRejected('too-costly');
}

/** Returns the parameters if they are sound; throws KdfRejected if not. */
export function checkKdfParams(params: unknown): KdfParams {
	const p = params as Partial<Record<string, unknown>> | null;
	if (!p || typeof p !== 'object') throw new KdfRejected('unknown');
	if (p.name !== 'argon2id' && p.name !== 'pbkdf2-sha256') throw new KdfRejected('unknown');
	if (typeof p.salt !== 'string') throw new KdfRejected('unknown');
	// 16 bytes of salt at least (22 characters of base64).
	if (p.salt.length < 22) throw new KdfRejected('too-weak');
	if (p.name === 'argon2id') {
		within(p.memory, ARGON2_BOUNDS.memory);
		within(p.iterations, ARGON2_BOUNDS.iterations);
		within(p.parallelism, ARGON2_BOUNDS.parallelism);
	} else {
		within(p.iterations, PBKDF2_BOUNDS.iterations);
	}
	return p as KdfParams;
}
