import { chromium, devices, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/**
 * An attacker's view of a seized phone: the app run in Chromium with a real profile folder on
 * disk, then that folder and every storage the origin has read back as text, to look for a
 * string typed into the app. The vault's canary test and the no-leaks spec share it.
 */

/** A Chromium profile in a temp folder, run like the test project runs its browser. */
export interface Profile {
	dir: string;
	context: BrowserContext;
	/** Closes the browser, which writes out what it kept in memory (History, Sessions…). */
	close(): Promise<void>;
	/** Opens the same profile folder again, as the next launch of the app would. */
	reopen(): Promise<Profile>;
	/** Deletes the folder; call it once the test is done with it. */
	remove(): Promise<void>;
}

/**
 * Launches Chromium with a persistent profile: the executable, arguments and locale of the
 * project in playwright.config.ts, at Pixel 7 size, service workers allowed, against baseURL.
 * Without `dir`, a new empty folder.
 */
export async function launchProfile(
	testInfo: TestInfo,
	baseURL: string,
	dir?: string
): Promise<Profile> {
	const folder = dir ?? (await mkdtemp(join(tmpdir(), 'rank-and-file-profile-')));
	const { launchOptions, locale, headless } = testInfo.project.use;
	// A device descriptor names its browser type, which a launch does not take.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { defaultBrowserType, ...pixel7 } = devices['Pixel 7'];
	const context = await chromium.launchPersistentContext(folder, {
		...launchOptions,
		headless: headless ?? true,
		...pixel7,
		locale,
		baseURL,
		serviceWorkers: 'allow'
	});
	return {
		dir: folder,
		context,
		close: () => context.close(),
		reopen: async () => {
			await context.close();
			return launchProfile(testInfo, baseURL, folder);
		},
		remove: () => rm(folder, { recursive: true, force: true })
	};
}

/**
 * A string no run has used before, so a find is this run's. It has no repeated substring of
 * four letters or more: LevelDB blocks may be snappy-compressed, and snappy keeps a literal with
 * no earlier match byte for byte, where a repeated piece would become a back-reference and hide
 * the string from a byte search. Lowercase letters only, one word to every tokenizer.
 */
export function canary(): string {
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	for (;;) {
		let text = 'cnry';
		while (text.length < 20) text += letters[randomInt(letters.length)];
		if (!hasRepeat(text, 3)) return text;
	}
}

function hasRepeat(text: string, size: number): boolean {
	const seen = new Set<string>();
	for (let i = 0; i + size <= text.length; i++) {
		const piece = text.slice(i, i + size);
		if (seen.has(piece)) return true;
		seen.add(piece);
	}
	return false;
}

/** Storage Buckets (Chromium 122+), which TypeScript's DOM types do not know yet. */
interface StorageBucketManager {
	keys(): Promise<string[]>;
	open(name: string): Promise<{ indexedDB: IDBFactory; caches: CacheStorage }>;
}
type WithBuckets = Navigator & { storageBuckets?: StorageBucketManager };

/** One place a storage dump read, and what it holds as text. */
export interface Stored {
	where: string;
	text: string;
}

/** The places among `stored` whose text contains `needle`. */
export function placesHolding(stored: Stored[], needle: string): string[] {
	return stored.filter((entry) => entry.text.includes(needle)).map((entry) => entry.where);
}

/**
 * Every IndexedDB database's every store, one entry per store: the default bucket's databases
 * (`indexedDB.databases()`) and every Storage Bucket's (`navigator.storageBuckets`). Values are
 * written out as JSON; bytes (ArrayBuffer, typed arrays, Blobs) as Latin-1 text, so that a
 * string stored unencrypted inside them is found by `includes` too.
 */
export function dumpIndexedDB(page: Page): Promise<Stored[]> {
	return page.evaluate(async () => {
		const latin1 = (bytes: Uint8Array) =>
			Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
		async function plain(value: unknown): Promise<unknown> {
			if (value instanceof Blob) return latin1(new Uint8Array(await value.arrayBuffer()));
			if (value instanceof ArrayBuffer) return latin1(new Uint8Array(value));
			if (ArrayBuffer.isView(value)) {
				return latin1(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
			}
			if (Array.isArray(value)) return Promise.all(value.map(plain));
			if (value && typeof value === 'object') {
				const entries = await Promise.all(
					Object.entries(value).map(async ([key, inner]) => [key, await plain(inner)])
				);
				return Object.fromEntries(entries);
			}
			return value;
		}
		const request = <T>(req: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});

		async function dumpFactory(factory: IDBFactory, bucket: string) {
			const found = [];
			for (const { name } of await factory.databases()) {
				if (!name) continue;
				const db = await request(factory.open(name));
				try {
					for (const store of Array.from(db.objectStoreNames)) {
						const os = db.transaction(store, 'readonly').objectStore(store);
						const [keys, values] = await Promise.all([
							request(os.getAllKeys()),
							request(os.getAll())
						]);
						const text = JSON.stringify(await plain({ keys, values }));
						found.push({ where: `IndexedDB ${bucket} / ${name} / ${store}`, text });
					}
				} finally {
					db.close();
				}
			}
			return found;
		}

		const stored = await dumpFactory(indexedDB, 'default bucket');
		const buckets = (navigator as WithBuckets).storageBuckets;
		for (const name of (await buckets?.keys()) ?? []) {
			const bucket = await buckets!.open(name);
			stored.push(...(await dumpFactory(bucket.indexedDB, `bucket "${name}"`)));
		}
		return stored;
	});
}

/**
 * Cache Storage, one entry per cached request: its URL and its body as text, in the default
 * bucket and every Storage Bucket.
 */
export function dumpCacheStorage(page: Page): Promise<Stored[]> {
	return page.evaluate(async () => {
		async function dumpCaches(storage: CacheStorage, bucket: string) {
			const found = [];
			for (const name of await storage.keys()) {
				const cache = await storage.open(name);
				for (const request of await cache.keys()) {
					const response = await cache.match(request);
					const body = response ? await response.text() : '';
					const where = `Cache Storage ${bucket} / ${name} / ${request.url}`;
					found.push({ where, text: `${request.url}\n${body}` });
				}
			}
			return found;
		}
		const stored = await dumpCaches(caches, 'default bucket');
		const buckets = (navigator as WithBuckets).storageBuckets;
		for (const name of (await buckets?.keys()) ?? []) {
			const bucket = await buckets!.open(name);
			stored.push(...(await dumpCaches(bucket.caches, `bucket "${name}"`)));
		}
		return stored;
	});
}

/** Local and session storage of the page's origin, one entry per key. */
export function dumpWebStorage(page: Page): Promise<Stored[]> {
	return page.evaluate(() =>
		(
			[
				['localStorage', localStorage],
				['sessionStorage', sessionStorage]
			] as const
		).flatMap(([area, storage]) =>
			Object.keys(storage).map((key) => ({
				where: `${area} / ${key}`,
				text: `${key}\n${storage.getItem(key)}`
			}))
		)
	);
}

/** Every storage the page's origin can read: IndexedDB, Cache Storage, local and session. */
export async function dumpOriginStorage(page: Page): Promise<Stored[]> {
	return [
		...(await dumpIndexedDB(page)),
		...(await dumpCacheStorage(page)),
		...(await dumpWebStorage(page))
	];
}

/** The three ways Chromium writes a string into its files. */
function encodings(text: string): Buffer[] {
	const utf16le = Buffer.from(text, 'utf16le');
	const utf16be = Buffer.from(utf16le).swap16();
	return [Buffer.from(text, 'utf8'), utf16le, utf16be];
}

/**
 * The files under `dir` (paths relative to it) whose bytes hold `text` in UTF-8, UTF-16LE or
 * UTF-16BE. Run it on a closed profile: a running browser keeps some of it in memory only.
 */
export async function filesContaining(
	dir: string,
	text: string,
	skip: (path: string) => boolean = () => false
): Promise<string[]> {
	const needles = encodings(text);
	const found: string[] = [];
	for (const path of await filesUnder(dir)) {
		const name = relative(dir, path);
		if (skip(name)) continue;
		const bytes = await readFile(path).catch(() => undefined);
		if (bytes && needles.some((needle) => bytes.includes(needle))) found.push(name);
	}
	return found;
}

/** Every regular file under `dir`, symbolic links left out (Chromium's Singleton* locks). */
export async function filesUnder(dir: string): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) files.push(...(await filesUnder(path)));
		else if (entry.isFile() && (await lstat(path)).size > 0) files.push(path);
	}
	return files;
}

/**
 * Whether a profile path is inside an IndexedDB folder: `Default/IndexedDB/…` for the default
 * bucket, `Default/WebStorage/<id>/IndexedDB/…` for Storage Buckets. These hold the app's
 * database, which the vault encrypts; everything else must never see user text at all.
 */
export function isIndexedDBPath(path: string): boolean {
	return path
		.split(sep)
		.some((part) => part === 'IndexedDB' || /\.indexeddb\.(leveldb|blob)$/.test(part));
}
