import { keyring } from '$lib/db/keyring';
import { flushPendingWrites } from '$lib/db/pending-writes';
import { sessionLayout } from '$lib/db/storage-layout';
import type { VaultHeader } from './header';

/**
 * starting: reading the header · off: no passphrase, records stored plain · locked / unlocked ·
 * moving: records being re-encrypted into a new database (lock turning on or off) ·
 * waiting: another tab is moving them; this one starts again when it is done ·
 * interrupted: such a move was cut short; the passphrase lets it finish · failed: unreadable.
 */
export type VaultStatus =
	'starting' | 'off' | 'locked' | 'unlocked' | 'moving' | 'waiting' | 'interrupted' | 'failed';

const CHANNEL = 'rank-and-file:vault';
/** Held by the tab that moves the records into a new database (vault-actions.ts). */
export const MOVE_LOCK = 'rank-and-file:move';

/**
 * The vault's state, and what every page needs of it: whether the records are open, locked or
 * plain, "Lock now" and panic. The data key lives only in the keyring (db/keyring.ts) while
 * unlocked; locking drops it with every decoded record and reloads the page, which drops every
 * screen's state, in every tab. Whatever needs the key or the database itself (unlocking,
 * turning the lock on or off, erasing) is in vault-actions.ts, loaded where it is used: this part
 * reads the header with plain IndexedDB, so a page that shows no records loads no database code.
 */
class Vault {
	status = $state<VaultStatus>('starting');
	/** The move under way: rows done out of total. */
	progress = $state<{ done: number; total: number } | null>(null);
	/** Records a move could not carry over (they could not be read before either). */
	leftBehind = $state(0);
	hasPasskeys = $state(false);
	/** Set the moment panic is pressed: the shell shows nothing from then on. */
	panicking = $state(false);
	error = $state.raw<unknown>(undefined);
	/** The header as read at start, or as vault-actions.ts last saved it. */
	header: VaultHeader | null = null;

	#channel: BroadcastChannel | undefined;

	async start(): Promise<void> {
		this.#channel ??= new BroadcastChannel(CHANNEL);
		this.#channel.onmessage = (event: MessageEvent<string>) => {
			if (event.data === 'lock') void this.#lockHere();
		};
		try {
			if (await this.#movingElsewhere()) return;
			const { current, unfinished } = await sessionLayout();
			let stored: VaultHeader | null = null;
			let pending: VaultHeader | null = null;
			if (unfinished || current.vaultRows.has('header')) {
				// Only a phone with a passphrase has a header to check: the check loads with it.
				const { headerIn } = await import('./header');
				stored = headerIn(current);
				pending = unfinished ? headerIn(unfinished) : null;
			}
			this.header = stored ?? pending ?? null;
			this.hasPasskeys = (this.header?.passkeys.length ?? 0) > 0;
			if (unfinished) {
				keyring.lock();
				this.status = 'interrupted';
			} else if (stored) {
				keyring.lock();
				this.status = 'locked';
			} else {
				keyring.usePlain();
				this.status = 'off';
			}
		} catch (error) {
			keyring.lock();
			this.error = error;
			this.status = 'failed';
		}
	}

	/**
	 * Whether another tab is moving the records (it holds the move's lock). This tab must then
	 * neither read the move under way as one cut short nor open the database that tab deletes at
	 * the end: it waits, and starts again (a reload) once the lock is free.
	 */
	async #movingElsewhere(): Promise<boolean> {
		const free = await navigator.locks.request(
			MOVE_LOCK,
			{ ifAvailable: true },
			(lock) => lock !== null
		);
		if (free) return false;
		this.status = 'waiting';
		void navigator.locks.request(MOVE_LOCK, () => location.reload());
		return true;
	}

	/** Locks every open tab at once. Unsaved edits are saved first (with the key still here). */
	async lock(): Promise<void> {
		this.lockOtherTabs();
		await this.#lockHere();
	}

	/** Other tabs lock (they reload into the lock screen, or wait while records move). */
	lockOtherTabs(): void {
		this.#channel?.postMessage('lock');
	}

	async #lockHere(): Promise<void> {
		if (this.status !== 'unlocked') return;
		await flushPendingWrites();
		keyring.lock();
		this.status = 'locked';
		// A reload drops every screen's state and every decoded byte the page still holds.
		location.reload();
	}

	/**
	 * Panic: nothing of the app shows from this moment; then lock at once (or erase, if the user
	 * chose that) and go to a blank page.
	 */
	async panic(): Promise<void> {
		this.panicking = true;
		this.lockOtherTabs();
		const { panicNow } = await import('./vault-actions');
		await panicNow();
	}
}

export const vault = new Vault();
