import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import {
	ARGON2_BOUNDS,
	checkKdfParams,
	KEY_BYTES,
	PBKDF2_BOUNDS,
	SALT_BYTES,
	type KdfParams
} from './kdf-params';
import type { KdfReply, KdfRequest } from './kdf-protocol';

/** WebAssembly is missing in iOS Lockdown Mode and JIT-less browsers. */
export const hasWebAssembly = (): boolean => typeof WebAssembly === 'object';

/** Reports how far a slow derivation (the pure-JS fallback) has come, from 0 to 1. */
export type Progress = (fraction: number) => void;

function argon2InWorker(
	passphrase: string,
	params: Extract<KdfParams, { name: 'argon2id' }>,
	onProgress: Progress
): Promise<Uint8Array<ArrayBuffer>> {
	const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<KdfReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') return onProgress(reply.fraction);
			if (reply.type === 'key') resolve(reply.key);
			else reject(new Error(reply.message));
		};
		worker.onerror = (event) => reject(new Error(event.message || 'The key worker failed'));
		const request: KdfRequest = {
			passphrase,
			params,
			engine: hasWebAssembly() ? 'wasm' : 'js'
		};
		worker.postMessage(request);
	}).finally(() => worker.terminate());
}

async function pbkdf2(passphrase: string, iterations: number, salt: string) {
	const material = await crypto.subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
		material,
		KEY_BYTES * 8
	);
	return new Uint8Array(bits);
}

/**
 * The key-encryption key for a passphrase, as raw bytes. The parameters are checked against the
 * bounds first, so a crafted header cannot make this cheap or make it freeze the phone.
 */
export async function deriveKey(
	passphrase: string,
	stored: unknown,
	onProgress: Progress = () => {}
): Promise<Uint8Array<ArrayBuffer>> {
	const params = checkKdfParams(stored);
	return params.name === 'argon2id'
		? argon2InWorker(passphrase, params, onProgress)
		: pbkdf2(passphrase, params.iterations, params.salt);
}

const TARGET_MS = 1_000;
const MAX_CALIBRATED_MEMORY = 64 * 1024;

/**
 * Parameters for a new vault, timed on this device to take about a second and never below the
 * minimums: Argon2id where WebAssembly runs, PBKDF2-SHA256 where it does not (the pure-JS
 * Argon2id is too slow to make a new vault strong; it only keeps old vaults openable).
 */
export async function calibrate(): Promise<KdfParams> {
	const salt = toBase64(randomBytes(SALT_BYTES));
	if (!hasWebAssembly()) {
		const probe = 100_000;
		const started = performance.now();
		await pbkdf2('calibration', probe, salt);
		const perIteration = (performance.now() - started) / probe;
		const iterations = Math.round(TARGET_MS / Math.max(perIteration, 1e-6));
		return { name: 'pbkdf2-sha256', iterations: clamp(iterations, PBKDF2_BOUNDS.iterations), salt };
	}
	const floor = {
		name: 'argon2id' as const,
		memory: ARGON2_BOUNDS.memory.min,
		iterations: ARGON2_BOUNDS.iterations.min,
		parallelism: 1,
		salt
	};
	const started = performance.now();
	await argon2InWorker('calibration', floor, () => {});
	// The cost grows with memory × passes: spend the room first on memory (what makes guessing
	// on graphics cards costly), up to 64 MiB for cheap phones, then on passes.
	const room = TARGET_MS / Math.max(performance.now() - started, 1);
	const memory = clamp(Math.floor((floor.memory * Math.min(room, 4)) / 1024) * 1024, {
		min: floor.memory,
		max: MAX_CALIBRATED_MEMORY
	});
	const iterations = clamp(Math.round((floor.iterations * room * floor.memory) / memory), {
		min: floor.iterations,
		max: 8
	});
	return { ...floor, memory, iterations };
}

const clamp = (value: number, { min, max }: { min: number; max: number }) =>
	Math.min(Math.max(value, min), max);
