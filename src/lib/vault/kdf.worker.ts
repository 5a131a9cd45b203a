/// <reference lib="webworker" />
import { argon2idAsync } from '@noble/hashes/argon2.js';
// Imported statically: a chunk split off a worker is missing from the service worker's list of
// build files, so offline the key could not be derived (SvelteKit lists only the app's chunks).
import { argon2id } from 'hash-wasm';
import { fromBase64 } from './bytes';
import type { KdfReply, KdfRequest } from './kdf-protocol';

/**
 * One Argon2id derivation off the page's thread; the page ends this worker after each use, so
 * the passphrase and the memory it filled do not linger. Before the real derivation the engine
 * must reproduce a known answer, so that a broken build or a miscompiled WebAssembly engine
 * can never produce a key that a later, working one cannot reproduce.
 */
const reply = (message: KdfReply, transfer: Transferable[] = []) => postMessage(message, transfer);

const hex = (bytes: Uint8Array) =>
	Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * hash-wasm takes no associated data, which the RFC 9106 vectors use; it is checked against the
 * reference implementation's own vector (phc-winner-argon2 src/test.c: argon2id, v=19, t=2,
 * m=2^8 KiB, p=1, "password", "somesalt").
 */
async function wasmEngine(): Promise<(request: KdfRequest) => Promise<Uint8Array>> {
	const known = await argon2id({
		password: 'password',
		salt: 'somesalt',
		iterations: 2,
		memorySize: 256,
		parallelism: 1,
		hashLength: 32,
		outputType: 'hex'
	});
	if (known !== '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe') {
		throw new Error('Argon2id (WebAssembly) failed its known-answer test');
	}
	return ({ passphrase, params }) =>
		argon2id({
			password: passphrase,
			salt: fromBase64(params.salt),
			iterations: params.iterations,
			memorySize: params.memory,
			parallelism: params.parallelism,
			hashLength: 32,
			outputType: 'binary'
		});
}

/** The pure-JS engine is checked against RFC 9106's own Argon2id vector (section 5.3). */
async function jsEngine(): Promise<(request: KdfRequest) => Promise<Uint8Array>> {
	const fill = (length: number, value: number) => new Uint8Array(length).fill(value);
	const known = await argon2idAsync(fill(32, 1), fill(16, 2), {
		t: 3,
		m: 32,
		p: 4,
		dkLen: 32,
		key: fill(8, 3),
		personalization: fill(12, 4)
	});
	if (hex(known) !== '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659') {
		throw new Error('Argon2id (JavaScript) failed its known-answer test');
	}
	return ({ passphrase, params }) =>
		argon2idAsync(passphrase, fromBase64(params.salt), {
			t: params.iterations,
			m: params.memory,
			p: params.parallelism,
			dkLen: 32,
			asyncTick: 50,
			onProgress: (fraction) => reply({ type: 'progress', fraction })
		});
}

onmessage = async (event: MessageEvent<KdfRequest>) => {
	const request = event.data;
	try {
		const useWasm = request.engine === 'wasm' && typeof WebAssembly === 'object';
		const derive = await (useWasm ? wasmEngine() : jsEngine());
		const key = new Uint8Array(await derive(request));
		reply({ type: 'key', key }, [key.buffer]);
	} catch (error) {
		reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
