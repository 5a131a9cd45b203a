import { collection } from './collection';
import { RecordNotFoundError } from './errors';
import { EditConflict } from './store.svelte';

/** One 'settings' record with a fixed id, read with defaults for what was never set. */
export interface SettingsRecord<T> {
	/** The settings with defaults filled in; undefined while loading. */
	get(): T | undefined;
	/** The settings once they are in memory. */
	read(): Promise<T>;
	/** Changes the settings, making the record on the first change; returns what was saved. */
	update(change: (current: T) => T): Promise<T>;
}

export function settingsRecord<T extends object>(id: string, defaults: T): SettingsRecord<T> {
	const settings = collection<Partial<T>>('settings');
	// The same object while the record is unchanged, so reactive readers see no change.
	let merged: { from: unknown; value: T } | undefined;

	function get(): T | undefined {
		const found = settings.get(id);
		if (found === undefined) return undefined;
		if (merged?.from !== found) merged = { from: found, value: { ...defaults, ...found?.data } };
		return merged.value;
	}

	async function update(change: (current: T) => T): Promise<T> {
		const apply = (data: Partial<T>) => change({ ...defaults, ...data });
		try {
			return (await settings.update(id, apply)).data as T;
		} catch (error) {
			if (!(error instanceof RecordNotFoundError)) throw error;
		}
		try {
			return (await settings.create(apply({}), { id })).data as T;
		} catch (error) {
			// Another tab made the record between our update and create, and our create replaced
			// it on disk: store our change applied to their version instead.
			if (!(error instanceof EditConflict)) throw error;
			const theirs = (error as EditConflict<Partial<T>>).theirs.data;
			return (await settings.update(id, () => apply(theirs))).data as T;
		}
	}

	return {
		get,
		read: async () => {
			await settings.ready();
			return get() ?? defaults;
		},
		update
	};
}
