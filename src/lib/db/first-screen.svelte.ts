import { decode, encode, type Entity } from './codec';
import { disk } from './disk';

/** How long a list waits after its first screen changed before saving it. */
const SAVE_AFTER_MS = 250;

/** What a list shows first: its top rows, and whatever sits above them (a list's filters). */
export interface SavedScreen<T = unknown> {
	rows: Entity<T>[];
	above?: unknown;
}

interface Screen {
	saved: SavedScreen | undefined;
	/** Ids and versions of what is on disk, so that an unchanged screen is not written again. */
	signature: string;
	timer?: ReturnType<typeof setTimeout>;
	/** Writes the screen kept last, if it is still waiting to be written. */
	save?: () => void;
}

const rowId = (list: string) => `first-screen:${list}`;
const signatureOf = ({ rows, above }: SavedScreen) =>
	rows.map((row) => `${row.id}@${row.updatedAt}`).join(',') + JSON.stringify(above ?? null);

/**
 * Each long list's first screen, saved between visits as one row through the codec (encrypted
 * once the lock is on). Opening a list of 10,000 notes then costs one small read for what the
 * eye sees first, while the whole kind is read and decoded behind it: a list shows `read()` until
 * its records are in memory, then its real rows, and hands the first ones back with `keep()`.
 * A saved screen can be out of date (another tab changed a record) for that moment only.
 */
class FirstScreens {
	#screens = new Map<string, Screen>();
	#revision = $state(0);
	#generation = 0;
	#watching = false;

	/** The saved first screen of `list`: undefined while it is read, or when there is none. */
	read<S extends SavedScreen>(list: string): S | undefined {
		void this.#revision;
		let screen = this.#screens.get(list);
		if (!screen) {
			screen = { saved: undefined, signature: '' };
			this.#screens.set(list, screen);
			void this.#load(list, screen);
		}
		return screen.saved as S | undefined;
	}

	async #load(list: string, screen: Screen): Promise<void> {
		const generation = this.#generation;
		try {
			const row = await (await disk()).readRow(rowId(list));
			if (!row) return;
			const { data } = await decode<SavedScreen>(row);
			if (generation !== this.#generation || screen.signature) return;
			screen.saved = data;
			screen.signature = signatureOf(data);
			this.#revision++;
		} catch {
			// Locked, damaged or from another key: the list simply waits for its records.
		}
	}

	/** The list has all its records: remembers its first screen for the next visit. */
	keep(list: string, saved: SavedScreen): void {
		const screen = this.#screens.get(list) ?? { saved: undefined, signature: '' };
		this.#screens.set(list, screen);
		const signature = signatureOf(saved);
		if (signature === screen.signature) return;
		screen.signature = signature;
		clearTimeout(screen.timer);
		const generation = this.#generation;
		screen.save = () => {
			screen.save = undefined;
			clearTimeout(screen.timer);
			if (generation !== this.#generation) return;
			const now = Date.now();
			const entity = { id: rowId(list), kind: 'first-screen' as const, data: saved };
			void encode({ ...entity, createdAt: now, updatedAt: now })
				.then(async (row) => (await disk()).writeRow(row))
				.catch(() => {});
		};
		screen.timer = setTimeout(() => screen.save?.(), SAVE_AFTER_MS);
		this.#saveWhenHidden();
	}

	/** A page left (closed, or another app in front) saves its waiting screens at once. */
	#saveWhenHidden(): void {
		if (this.#watching || typeof document === 'undefined') return;
		this.#watching = true;
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState !== 'hidden') return;
			for (const screen of this.#screens.values()) screen.save?.();
		});
	}

	/** Drops every screen from memory (the lock); the saved rows stay, encrypted. */
	reset(): void {
		this.#generation++;
		for (const screen of this.#screens.values()) clearTimeout(screen.timer);
		this.#screens.clear();
		this.#revision++;
	}
}

export const firstScreens = new FirstScreens();

/** Rows saved for the next visit: more than a tall phone shows. */
export const FIRST_SCREEN_ROWS = 15;

/** A list whose rows are its records as they are: its first screen is its first records. */
export interface RecordsScreen<T> {
	/** The first records at the last visit; undefined while read, or when there were none. */
	read(): Entity<T>[] | undefined;
	/** The list has every record: remembers the first ones (the list as shown, in its order). */
	keep(shown: readonly Entity<T>[]): void;
}

export function recordsScreen<T>(list: string): RecordsScreen<T> {
	return {
		read: () => {
			const rows = firstScreens.read<SavedScreen<T>>(list)?.rows;
			// An empty list says nothing worth showing before the records are in.
			return rows?.length ? rows : undefined;
		},
		keep: (shown) => firstScreens.keep(list, { rows: shown.slice(0, FIRST_SCREEN_ROWS) })
	};
}
