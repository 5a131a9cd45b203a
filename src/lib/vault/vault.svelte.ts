import { flushPendingWrites, recordStore } from '$lib/db';
import { storageLayout, switchTo, type AppDatabase } from '$lib/db/database';
import { keyring } from '$lib/db/keyring';
import { continueMove, finishMove, startMove } from '$lib/db/move';
import { deleteArea, generationsOnDisk } from '$lib/db/storage-area';
import {
	checkHeader,
	emptyDuressSlot,
	isDuress,
	keyEncryptionKey,
	newDataKey,
	sealDuress,
	unwrapDataKey,
	wrapDataKey,
	type VaultHeader
} from './header';
import { calibrate, deriveKey, type Progress } from './kdf';
import { createPasskey, evaluatePasskeys } from './passkey';
import { getVaultSettings } from './vault-settings';

/**
 * starting: reading the header · off: no passphrase, records stored plain · locked / unlocked ·
 * moving: records being re-encrypted into a new database (lock turning on or off) ·
 * waiting: another tab is moving them; this one starts again when it is done ·
 * interrupted: such a move was cut short; the passphrase lets it finish · failed: unreadable.
 */
export type VaultStatus =
	'starting' | 'off' | 'locked' | 'unlocked' | 'moving' | 'waiting' | 'interrupted' | 'failed';

export type UnlockResult = 'unlocked' | 'wrong' | 'erased';

const CHANNEL = 'rank-and-file:vault';
/** A page with nothing of the app in it (static/blank.html). */
const BLANK_PAGE = '/blank.html';
const MOVE_LOCK = 'rank-and-file:move';

/**
 * The vault: whether records are encrypted, the lock and the passphrase. The data key lives
 * only in the keyring (db/keyring.ts) while unlocked; locking drops it with every decoded record
 * (recordStore.reset) and reloads the page, which drops every screen's state, in every tab.
 */
class Vault {
	status = $state<VaultStatus>('starting');
	/** The move under way: rows done out of total. */
	progress = $state<{ done: number; total: number } | null>(null);
	/** Records a move could not carry over (they could not be read before either). */
	leftBehind = $state(0);
	hasPasskeys = $state(false);
	error = $state.raw<unknown>(undefined);

	#header: VaultHeader | null = null;
	#channel: BroadcastChannel | undefined;

	async start(): Promise<void> {
		this.#channel ??= new BroadcastChannel(CHANNEL);
		this.#channel.onmessage = (event: MessageEvent<string>) => {
			if (event.data === 'lock') void this.#lockHere();
		};
		try {
			if (await this.#movingElsewhere()) return;
			const { current, unfinished } = await storageLayout();
			const stored = await readHeader(current);
			const pending = unfinished && (await readHeader(unfinished));
			this.#header = stored ?? pending ?? null;
			this.hasPasskeys = (this.#header?.passkeys.length ?? 0) > 0;
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

	/** Opens the vault; the duress passphrase erases everything instead. */
	async unlock(passphrase: string, onProgress?: Progress): Promise<UnlockResult> {
		const header = this.#header;
		if (!header) return 'wrong';
		// User Timing marks: `npm run bench` reports the unlock split into derivation and unwrap.
		const started = performance.now();
		const kek = await keyEncryptionKey(await deriveKey(passphrase, header.kdf, onProgress));
		const derived = performance.measure('vault-kdf', { start: started }).duration + started;
		const key = await unwrapDataKey(header.wrappedKey, kek);
		performance.measure('vault-unwrap', { start: derived });
		if (!key) {
			if (!(await isDuress(header.duress, kek))) return 'wrong';
			await this.erase();
			return 'erased';
		}
		if (this.status === 'interrupted') {
			await this.#resume(key);
			return 'unlocked';
		}
		keyring.unlock(key);
		this.status = 'unlocked';
		return 'unlocked';
	}

	/** Opens the vault with a passkey's PRF output; false if none of them opened it. */
	async unlockWithPasskey(): Promise<boolean> {
		const wraps = this.#header?.passkeys ?? [];
		const evaluated = await evaluatePasskeys(wraps).catch(() => null);
		const wrap = evaluated && wraps.find((w) => w.credentialId === evaluated.credentialId);
		const key = wrap && (await unwrapDataKey(wrap.wrappedKey, evaluated.kek));
		if (!key) return false;
		keyring.unlock(key);
		this.status = 'unlocked';
		return true;
	}

	/**
	 * Adds a passkey that wraps a copy of the data key. 'wrong': the passphrase did not open the
	 * vault; 'unsupported': the authenticator has no PRF.
	 */
	async addPasskey(passphrase: string): Promise<'added' | 'wrong' | 'unsupported'> {
		const header = this.#header;
		const key = await this.#openWith(passphrase, true);
		if (!header || !key) return 'wrong';
		const made = await createPasskey();
		if (!made) return 'unsupported';
		const wrap = {
			credentialId: made.credentialId,
			prfSalt: made.prfSalt,
			wrappedKey: await wrapDataKey(key, made.kek)
		};
		await this.#saveHeader({ ...header, passkeys: [...header.passkeys, wrap] });
		return 'added';
	}

	async removePasskeys(): Promise<void> {
		if (this.#header) await this.#saveHeader({ ...this.#header, passkeys: [] });
	}

	/** Locks every open tab at once. Unsaved edits are saved first (with the key still here). */
	async lock(): Promise<void> {
		this.#channel?.postMessage('lock');
		await this.#lockHere();
	}

	async #lockHere(): Promise<void> {
		if (this.status !== 'unlocked') return;
		await flushPendingWrites();
		keyring.lock();
		recordStore.reset();
		this.status = 'locked';
		// A reload drops every screen's state and every decoded byte the page still holds.
		location.reload();
	}

	/** Turns the lock on: a new data key, wrapped by the passphrase, and every record encrypted. */
	async enable(passphrase: string): Promise<void> {
		const kdf = await calibrate();
		const kek = await keyEncryptionKey(await deriveKey(passphrase, kdf));
		const fresh = await newDataKey();
		const header: VaultHeader = {
			format: 'rank-and-file-vault',
			version: 1,
			kdf,
			wrappedKey: await wrapDataKey(fresh, kek),
			duress: emptyDuressSlot(),
			passkeys: []
		};
		// The session keeps a copy that cannot be exported; the exportable one is dropped here.
		const key = (await unwrapDataKey(header.wrappedKey, kek))!;
		await this.#move({ header, readKey: null, writeKey: key });
		this.#header = header;
		keyring.unlock(key);
		this.status = 'unlocked';
	}

	/** Turns the lock off: every record is decrypted into a new database, the vault removed. */
	async disable(passphrase: string): Promise<boolean> {
		const key = await this.#openWith(passphrase);
		if (!key) return false;
		await this.#move({ header: null, readKey: key, writeKey: null });
		this.#header = null;
		this.hasPasskeys = false;
		keyring.usePlain();
		this.status = 'off';
		return true;
	}

	/** A new passphrase only wraps the same data key again: nothing is re-encrypted. */
	async changePassphrase(current: string, next: string): Promise<boolean> {
		const header = this.#header;
		const key = await this.#openWith(current, true);
		if (!header || !key) return false;
		const kek = await keyEncryptionKey(await deriveKey(next, header.kdf));
		await this.#saveHeader({ ...header, wrappedKey: await wrapDataKey(key, kek) });
		return true;
	}

	/**
	 * Sets the duress passphrase (null clears it). Refused (false) when the passphrase is wrong
	 * or the duress one would open the data.
	 */
	async setDuress(passphrase: string, duress: string | null): Promise<boolean> {
		const header = this.#header;
		if (!header || !(await this.#openWith(passphrase))) return false;
		if (duress === null) {
			await this.#saveHeader({ ...header, duress: emptyDuressSlot() });
			return true;
		}
		const kek = await keyEncryptionKey(await deriveKey(duress, header.kdf));
		if (await unwrapDataKey(header.wrappedKey, kek)) return false;
		await this.#saveHeader({ ...header, duress: await sealDuress(kek) });
		return true;
	}

	/**
	 * Panic: lock at once (or erase, if the user chose that) and show a blank page with nothing
	 * of the app. Unsaved edits get a moment to land, never long enough to matter.
	 */
	async panic(): Promise<void> {
		const erase = getVaultSettings()?.eraseOnPanic ?? false;
		this.#channel?.postMessage('lock');
		if (erase) return this.erase(BLANK_PAGE);
		await Promise.race([flushPendingWrites(), new Promise((done) => setTimeout(done, 300))]);
		keyring.lock();
		recordStore.reset();
		location.replace(BLANK_PAGE);
	}

	/**
	 * Crypto-erase: the wrapped keys go first (without them the records are noise), then every
	 * database with its folder, the caches that could hold pages, and local storage. The app
	 * shell's own cache stays so that the empty app still opens offline: it holds no user data.
	 */
	async erase(then = '/'): Promise<void> {
		keyring.lock();
		recordStore.reset();
		const { current, unfinished } = await storageLayout();
		for (const db of [current, unfinished]) await db?.vault.clear().catch(() => {});
		current.close();
		unfinished?.close();
		for (const generation of await generationsOnDisk()) await deleteArea(generation);
		for (const name of await caches.keys()) {
			if (!name.includes('precache')) await caches.delete(name);
		}
		localStorage.clear();
		sessionStorage.clear();
		location.replace(then);
	}

	async #openWith(passphrase: string, extractable = false): Promise<CryptoKey | null> {
		if (!this.#header) return null;
		const kek = await keyEncryptionKey(await deriveKey(passphrase, this.#header.kdf));
		return unwrapDataKey(this.#header.wrappedKey, kek, extractable);
	}

	async #saveHeader(header: VaultHeader): Promise<void> {
		const { current } = await storageLayout();
		await current.vault.put({ id: 'header', value: header });
		this.#header = header;
		this.hasPasskeys = header.passkeys.length > 0;
	}

	/**
	 * Re-encodes every record into a new database and switches to it. Other tabs are locked
	 * first (they reload and wait); writes are refused while rows move, so none is lost.
	 */
	async #move(plan: {
		header: VaultHeader | null;
		readKey: CryptoKey | null;
		writeKey: CryptoKey | null;
	}): Promise<void> {
		await flushPendingWrites();
		this.#channel?.postMessage('lock');
		const before = { status: this.status, keys: keyring.state };
		this.status = 'moving';
		keyring.lock();
		let to: AppDatabase | undefined;
		try {
			await navigator.locks.request(MOVE_LOCK, async () => {
				const { current } = await storageLayout();
				to = await startMove(current, plan.header);
				await this.#copy(current, to, plan.readKey, plan.writeKey);
			});
		} catch (error) {
			// Nothing was switched: the old database is whole. Drop the half-made new one.
			if (to) {
				to.close();
				await deleteArea(to.generation).catch(() => {});
			}
			if (before.keys.mode === 'unlocked') keyring.unlock(before.keys.key);
			else keyring.usePlain();
			this.status = before.status;
			throw error;
		} finally {
			this.progress = null;
			recordStore.reset();
		}
	}

	/** Finishes a move a kill cut short, with the key the passphrase just opened. */
	async #resume(key: CryptoKey): Promise<void> {
		this.status = 'moving';
		const { current, unfinished } = await storageLayout();
		if (!unfinished) return;
		const encrypting = (await readHeader(unfinished)) !== null;
		await navigator.locks.request(MOVE_LOCK, () =>
			this.#copy(current, unfinished, encrypting ? null : key, encrypting ? key : null)
		);
		this.progress = null;
		recordStore.reset();
		if (encrypting) {
			keyring.unlock(key);
			this.status = 'unlocked';
		} else {
			this.#header = null;
			keyring.usePlain();
			this.status = 'off';
		}
	}

	async #copy(
		from: AppDatabase,
		to: AppDatabase,
		readKey: CryptoKey | null,
		writeKey: CryptoKey | null
	): Promise<void> {
		const { leftBehind } = await continueMove({ from, to, readKey, writeKey }, (done, total) => {
			this.progress = { done, total };
		});
		this.leftBehind = leftBehind;
		await finishMove(from, to);
		switchTo(to);
	}
}

async function readHeader(db: AppDatabase): Promise<VaultHeader | null> {
	const row = await db.vault.get('header');
	return row ? checkHeader(row.value) : null;
}

export const vault = new Vault();
