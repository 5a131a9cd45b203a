/**
 * The data key of an unlocked vault, held in memory only, as a non-extractable CryptoKey that
 * nothing can read back out. The codec asks here how to encode: in the clear when there is no
 * vault, with the key when it is unlocked, and not at all while it is locked, so that nothing
 * can ever be written in the clear into an encrypted database.
 */
export type KeyState =
	{ mode: 'plain' } | { mode: 'locked' } | { mode: 'unlocked'; key: CryptoKey };

/** Locked until the vault has read its header and said which: nothing is decoded before that. */
let state: KeyState = { mode: 'locked' };

export class VaultLockedError extends Error {
	constructor() {
		super('The data is locked');
		this.name = 'VaultLockedError';
	}
}

export const keyring = {
	get state(): KeyState {
		return state;
	},
	/** The key to encode with: null for plain; throws while locked. */
	current(): CryptoKey | null {
		if (state.mode === 'locked') throw new VaultLockedError();
		return state.mode === 'unlocked' ? state.key : null;
	},
	usePlain(): void {
		state = { mode: 'plain' };
	},
	unlock(key: CryptoKey): void {
		state = { mode: 'unlocked', key };
	},
	/** Drops the key: from now on nothing can be read or written until it is unlocked again. */
	lock(): void {
		state = { mode: 'locked' };
	}
};
