import type { KdfParams } from './kdf-params';

/** What the page asks of the key-derivation worker: one derivation, then the worker is ended. */
export interface KdfRequest {
	passphrase: string;
	params: Extract<KdfParams, { name: 'argon2id' }>;
	/** 'js' where WebAssembly is missing: the pure-JS Argon2id, slower, with progress. */
	engine: 'wasm' | 'js';
}

export type KdfReply =
	| { type: 'progress'; fraction: number }
	| { type: 'key'; key: Uint8Array<ArrayBuffer> }
	| { type: 'error'; message: string };
