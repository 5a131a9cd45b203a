import { flushPendingWrites, recordStore } from '$lib/db';
import { storageLayout, switchTo, type AppDatabase } from '$lib/db/database';
import { keyring } from '$lib/db/keyring';
import { continueMove, finishMove, startMove } from '$lib/db/move';
import { deleteArea, generationsOnDisk } from '$lib/db/storage-area';
import { sessionLayout } from '$lib/db/storage-layout';
import { headerIn, type VaultHeader } from './header';
import {
	emptyDuressSlot,
	isDuress,
	keyEncryptionKey,
	newDataKey,
	sealDuress,
	unwrapDataKey,
	wrapDataKey
} from './header-keys';
import { calibrate, deriveKey, type Progress } from './kdf';
import { createPasskey, evaluatePasskeys } from './passkey';
import { getVaultSettings, readVaultSettings } from './vault-settings';
import { MOVE_LOCK, vault } from './vault.svelte';

/**
 * What the vault does with the key and the database: unlock, turn the lock on or off, change
 * the passphrase, passkeys, the duress passphrase, erase. Loaded where it is used (the lock
 * screen, Settings, panic), so that pages without records load no database code for the vault.
 */

export type UnlockResult = 'unlocked' | 'wrong' | 'erased';

/** A page with nothing of the app in it (static/blank.html). */
const BLANK_PAGE = '/blank.html';
/** How long panic waits for unsaved edits to land, or for its settings: never long enough to matter. */
const PANIC_WAIT_MS = 300;

/** Opens the vault; the duress passphrase erases everything instead. */
export async function unlock(passphrase: string, onProgress?: Progress): Promise<UnlockResult> {
	const header = vault.header;
	if (!header) return 'wrong';
	// User Timing marks: `npm run bench` reports the unlock split into derivation and unwrap.
	const started = performance.now();
	const kek = await keyEncryptionKey(await deriveKey(passphrase, header.kdf, onProgress));
	const derived = performance.measure('vault-kdf', { start: started }).duration + started;
	const key = await unwrapDataKey(header.wrappedKey, kek);
	performance.measure('vault-unwrap', { start: derived });
	if (!key) {
		if (!(await isDuress(header.duress, kek))) return 'wrong';
		await erase();
		return 'erased';
	}
	if (vault.status === 'interrupted') {
		await resume(key);
		return 'unlocked';
	}
	keyring.unlock(key);
	vault.status = 'unlocked';
	return 'unlocked';
}

/** Opens the vault with a passkey's PRF output; false if none of them opened it. */
export async function unlockWithPasskey(): Promise<boolean> {
	const wraps = vault.header?.passkeys ?? [];
	const evaluated = await evaluatePasskeys(wraps).catch(() => null);
	const wrap = evaluated && wraps.find((w) => w.credentialId === evaluated.credentialId);
	const key = wrap && (await unwrapDataKey(wrap.wrappedKey, evaluated.kek));
	if (!key) return false;
	keyring.unlock(key);
	vault.status = 'unlocked';
	return true;
}

/**
 * Adds a passkey that wraps a copy of the data key. 'wrong': the passphrase did not open the
 * vault; 'unsupported': the authenticator has no PRF.
 */
export async function addPasskey(passphrase: string): Promise<'added' | 'wrong' | 'unsupported'> {
	const header = vault.header;
	const key = await openWith(passphrase, true);
	if (!header || !key) return 'wrong';
	const made = await createPasskey();
	if (!made) return 'unsupported';
	const wrap = {
		credentialId: made.credentialId,
		prfSalt: made.prfSalt,
		wrappedKey: await wrapDataKey(key, made.kek)
	};
	await saveHeader({ ...header, passkeys: [...header.passkeys, wrap] });
	return 'added';
}

export async function removePasskeys(): Promise<void> {
	if (vault.header) await saveHeader({ ...vault.header, passkeys: [] });
}

/** Turns the lock on: a new data key, wrapped by the passphrase, and every record encrypted. */
export async function enable(passphrase: string): Promise<void> {
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
	await move({ header, readKey: null, writeKey: key });
	vault.header = header;
	keyring.unlock(key);
	vault.status = 'unlocked';
}

/** Turns the lock off: every record is decrypted into a new database, the vault removed. */
export async function disable(passphrase: string): Promise<boolean> {
	const key = await openWith(passphrase);
	if (!key) return false;
	await move({ header: null, readKey: key, writeKey: null });
	vault.header = null;
	vault.hasPasskeys = false;
	keyring.usePlain();
	vault.status = 'off';
	return true;
}

/** A new passphrase only wraps the same data key again: nothing is re-encrypted. */
export async function changePassphrase(current: string, next: string): Promise<boolean> {
	const header = vault.header;
	const key = await openWith(current, true);
	if (!header || !key) return false;
	const kek = await keyEncryptionKey(await deriveKey(next, header.kdf));
	await saveHeader({ ...header, wrappedKey: await wrapDataKey(key, kek) });
	return true;
}

/**
 * Sets the duress passphrase (null clears it). Refused (false) when the passphrase is wrong
 * or the duress one would open the data.
 */
export async function setDuress(passphrase: string, duress: string | null): Promise<boolean> {
	const header = vault.header;
	if (!header || !(await openWith(passphrase))) return false;
	if (duress === null) {
		await saveHeader({ ...header, duress: emptyDuressSlot() });
		return true;
	}
	const kek = await keyEncryptionKey(await deriveKey(duress, header.kdf));
	if (await unwrapDataKey(header.wrappedKey, kek)) return false;
	await saveHeader({ ...header, duress: await sealDuress(kek) });
	return true;
}

/**
 * The rest of panic (vault.panic has already hidden everything and locked the other tabs): lock
 * or, if the user chose that, erase, then the blank page.
 */
export async function panicNow(): Promise<void> {
	if ((await eraseOnPanic()) === true) return erase(BLANK_PAGE);
	await within(PANIC_WAIT_MS, flushPendingWrites());
	keyring.lock();
	location.replace(BLANK_PAGE);
}

/** Whether panic erases: read from memory, or from disk if this page never needed settings. */
async function eraseOnPanic(): Promise<boolean | undefined> {
	const known = getVaultSettings();
	if (known || keyring.state.mode === 'locked') return known?.eraseOnPanic;
	const read = await within(
		PANIC_WAIT_MS,
		readVaultSettings().catch(() => undefined)
	);
	return read?.eraseOnPanic;
}

/** What `work` gives within `ms`, or undefined: panic never waits longer than that. */
function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
	return Promise.race([work, new Promise<undefined>((done) => setTimeout(done, ms))]);
}

/**
 * Crypto-erase: the wrapped keys go first (without them the records are noise), then every
 * database with its folder, the caches that could hold pages, and local storage. The app
 * shell's own cache stays so that the empty app still opens offline: it holds no user data.
 */
export async function erase(then = '/'): Promise<void> {
	keyring.lock();
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

async function openWith(passphrase: string, extractable = false): Promise<CryptoKey | null> {
	if (!vault.header) return null;
	const kek = await keyEncryptionKey(await deriveKey(passphrase, vault.header.kdf));
	return unwrapDataKey(vault.header.wrappedKey, kek, extractable);
}

async function saveHeader(header: VaultHeader): Promise<void> {
	const { current } = await storageLayout();
	await current.vault.put({ id: 'header', value: header });
	vault.header = header;
	vault.hasPasskeys = header.passkeys.length > 0;
}

/**
 * Re-encodes every record into a new database and switches to it. Other tabs are locked
 * first (they reload and wait); writes are refused while rows move, so none is lost.
 */
async function move(plan: {
	header: VaultHeader | null;
	readKey: CryptoKey | null;
	writeKey: CryptoKey | null;
}): Promise<void> {
	await flushPendingWrites();
	vault.lockOtherTabs();
	const before = { status: vault.status, keys: keyring.state };
	vault.status = 'moving';
	keyring.lock();
	let to: AppDatabase | undefined;
	try {
		await navigator.locks.request(MOVE_LOCK, async () => {
			const { current } = await storageLayout();
			to = await startMove(current, plan.header);
			await copy(current, to, plan.readKey, plan.writeKey);
		});
	} catch (error) {
		// Nothing was switched: the old database is whole. Drop the half-made new one.
		if (to) {
			to.close();
			await deleteArea(to.generation).catch(() => {});
		}
		if (before.keys.mode === 'unlocked') keyring.unlock(before.keys.key);
		else keyring.usePlain();
		vault.status = before.status;
		throw error;
	} finally {
		vault.progress = null;
		recordStore.reset();
	}
}

/** Finishes a move a kill cut short, with the key the passphrase just opened. */
async function resume(key: CryptoKey): Promise<void> {
	vault.status = 'moving';
	const { current, unfinished } = await storageLayout();
	if (!unfinished) return;
	// startMove gives the new generation a header only when the move encrypts.
	const encrypting = headerIn((await sessionLayout()).unfinished!) !== null;
	await navigator.locks.request(MOVE_LOCK, () =>
		copy(current, unfinished, encrypting ? null : key, encrypting ? key : null)
	);
	vault.progress = null;
	recordStore.reset();
	if (encrypting) {
		keyring.unlock(key);
		vault.status = 'unlocked';
	} else {
		vault.header = null;
		keyring.usePlain();
		vault.status = 'off';
	}
}

async function copy(
	from: AppDatabase,
	to: AppDatabase,
	readKey: CryptoKey | null,
	writeKey: CryptoKey | null
): Promise<void> {
	const { leftBehind } = await continueMove({ from, to, readKey, writeKey }, (done, total) => {
		vault.progress = { done, total };
	});
	vault.leftBehind = leftBehind;
	await finishMove(from, to);
	switchTo(to);
}
