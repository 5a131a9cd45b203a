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

/** What holds decoded data and must drop it when the key goes (the record store). */
const holders = new Set<() => void>();

/** Resolved while records can be read (plain or unlocked); a new one each time the key goes. */
let open = opening();

function opening(): { promise: Promise<void>; resolve: () => void } {
	let resolve = () => {};
	const promise = new Promise<void>((done) => (resolve = done));
	return { promise, resolve };
}

function setOpen(next: KeyState): void {
	state = next;
	open.resolve();
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
		setOpen({ mode: 'plain' });
	},
	unlock(key: CryptoKey): void {
		setOpen({ mode: 'unlocked', key });
	},
	/**
	 * Resolves once records can be read: a read made while locked (a banner's check at start)
	 * waits for the unlock instead of finding every row unreadable.
	 */
	whenOpen(): Promise<void> {
		return open.promise;
	},
	/**
	 * Drops the key, and with it every decoded byte: from now on nothing can be read or written
	 * until it is unlocked again.
	 */
	lock(): void {
		if (state.mode !== 'locked') open = opening();
		state = { mode: 'locked' };
		for (const drop of holders) drop();
	},
	/** Registers something that holds decoded data, to be emptied whenever the key goes. */
	onLock(drop: () => void): void {
		holders.add(drop);
	}
};
