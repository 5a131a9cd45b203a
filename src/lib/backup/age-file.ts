import { armor, Decrypter, Encrypter } from 'age-encryption';
import { BackupError } from './backup-error';

const MAGIC = 'age-encryption.org/v1\n';
const ARMOR_START = '-----BEGIN AGE ENCRYPTED FILE-----';

/**
 * The highest scrypt work factor (log2 N) a file may ask for. Each step doubles the time and
 * memory: 2^18 is about a second and 256 MiB on a phone, and what `age` itself writes. A crafted
 * file asking for 2^30 would freeze the phone, so it is refused before any work is done.
 */
export const MAX_WORK_FACTOR = 18;
/** Never fewer rounds than this, however slow the phone: the passphrase is all that protects. */
export const MIN_WORK_FACTOR = 15;

/** Whether bytes look like an age file (binary or armored) rather than something else. */
export function looksLikeAge(bytes: Uint8Array): boolean {
	const start = new TextDecoder().decode(bytes.subarray(0, ARMOR_START.length));
	return (
		start.startsWith(MAGIC.slice(0, Math.min(bytes.length, MAGIC.length))) || start === ARMOR_START
	);
}

function unarmored(bytes: Uint8Array): Uint8Array {
	const start = new TextDecoder().decode(bytes.subarray(0, ARMOR_START.length));
	if (start !== ARMOR_START) return bytes;
	try {
		return armor.decode(new TextDecoder().decode(bytes));
	} catch {
		throw new BackupError('truncated');
	}
}

export interface AgeHeader {
	/** log2 of scrypt's N, or undefined when the file is for recipients' keys, not a passphrase. */
	workFactor: number | undefined;
}

/**
 * Reads the header's stanza lines ("-> scrypt <salt> <logN>") without decrypting anything, so
 * that the work factor can be checked before scrypt runs.
 */
export function readAgeHeader(file: Uint8Array): AgeHeader {
	const bytes = unarmored(file);
	// A header is a few hundred bytes; a longer one is not a file this app wrote.
	const head = new TextDecoder().decode(bytes.subarray(0, 4096));
	if (!head.startsWith(MAGIC)) {
		throw new BackupError(MAGIC.startsWith(head) ? 'truncated' : 'not-age');
	}
	const end = head.indexOf('\n---');
	if (end < 0) throw new BackupError('truncated');
	let workFactor: number | undefined;
	for (const line of head.slice(MAGIC.length, end).split('\n')) {
		if (!line.startsWith('-> ')) continue;
		const args = line.slice(3).split(' ');
		if (args[0] !== 'scrypt') continue;
		if (args.length !== 3 || !/^[1-9][0-9]?$/.test(args[2]!)) throw new BackupError('not-age');
		workFactor = Number(args[2]);
	}
	return { workFactor };
}

/** Encrypts bytes for a passphrase with the given scrypt work factor (log2 N). */
export async function sealWithPassphrase(
	plain: Uint8Array,
	passphrase: string,
	workFactor: number
): Promise<Uint8Array> {
	const encrypter = new Encrypter();
	encrypter.setScryptWorkFactor(workFactor);
	encrypter.setPassphrase(passphrase);
	return encrypter.encrypt(plain);
}

/**
 * Decrypts an age file with a passphrase, refusing a work factor above MAX_WORK_FACTOR before
 * scrypt runs. Every failure is a BackupError saying why.
 */
export async function openWithPassphrase(
	file: Uint8Array,
	passphrase: string
): Promise<Uint8Array> {
	const { workFactor } = readAgeHeader(file);
	if (workFactor === undefined) throw new BackupError('not-age', 'not a passphrase file');
	if (workFactor > MAX_WORK_FACTOR) throw new BackupError('work-factor', String(workFactor));
	if (!passphrase) throw new BackupError('needs-passphrase');
	const decrypter = new Decrypter();
	decrypter.addPassphrase(passphrase);
	try {
		return await decrypter.decrypt(unarmored(file));
	} catch (error) {
		const message = error instanceof Error ? error.message : '';
		// typage says "no identity matched any of the file's recipients" for a wrong passphrase.
		if (/no identity matched/i.test(message)) throw new BackupError('wrong-passphrase');
		throw new BackupError('truncated', message);
	}
}
