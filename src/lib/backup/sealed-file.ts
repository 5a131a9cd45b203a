import {
	looksLikeAge,
	MAX_WORK_FACTOR,
	MIN_WORK_FACTOR,
	openWithPassphrase,
	sealWithPassphrase
} from './age-file';
import { BackupError } from './backup-error';

/** Reports how far a long step has gone, 0 to 1, and which step it is. */
export type Progress = (
	stage: 'prepare' | 'key' | 'encrypt' | 'decrypt' | 'check',
	done: number
) => void;

const noProgress: Progress = () => {};

/**
 * Turns a JSON value into a file: an age file for a passphrase, or plain UTF-8 JSON when the
 * user chose no passphrase (after a warning). The same for backups and for shared items.
 */
export async function sealJson(
	value: unknown,
	passphrase: string | null,
	workFactor: number,
	progress: Progress = noProgress
): Promise<Uint8Array> {
	progress('prepare', 0.05);
	const plain = new TextEncoder().encode(JSON.stringify(value));
	if (passphrase === null) return plain;
	progress('key', 0.3);
	const sealed = await sealWithPassphrase(plain, passphrase, workFactor);
	progress('encrypt', 1);
	return sealed;
}

/** Whether a file needs a passphrase to open (an age file) or is plain JSON. */
export function isSealed(file: Uint8Array): boolean {
	return file[0] !== 0x7b && file[0] !== 0xef; // "{", or a UTF-8 byte-order mark
}

/** Opens what sealJson made, up to the JSON text; every failure is a BackupError. */
export async function openToText(
	file: Uint8Array,
	passphrase: string,
	progress: Progress = noProgress
): Promise<string> {
	let plain = file;
	if (isSealed(file)) {
		if (!looksLikeAge(file)) throw new BackupError('not-age');
		progress('key', 0.1);
		plain = await openWithPassphrase(file, passphrase);
	}
	progress('check', 0.8);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw new BackupError('invalid-json');
	}
}

/** How long scrypt takes at a low factor here, scaled to pick about a second's worth. */
export async function calibrateWorkFactor(targetMs = 1000): Promise<number> {
	const probe = 14;
	const started = performance.now();
	await sealWithPassphrase(new Uint8Array(0), 'calibration', probe);
	const elapsed = Math.max(performance.now() - started, 1);
	const factor = probe + Math.floor(Math.log2(targetMs / elapsed));
	return Math.min(MAX_WORK_FACTOR, Math.max(MIN_WORK_FACTOR, factor));
}
