import { registerFlusher } from '$lib/db';

export type SaveStatus = 'saved' | 'saving' | 'failed';

/**
 * Saves an editor's value as the user types: every change is written at once, without waiting
 * for the save before it, so that the last key is on its way to disk before anything else can
 * happen (a reload, a closed tab, an update). The data layer keeps writes to one record in order
 * and drops one that a newer write has overtaken, so saves may overlap freely.
 * A failed save (a full disk) keeps its value, and the next change or flush tries again.
 */
export class Autosave<T> {
	status = $state<SaveStatus>('saved');

	#newest = 0;
	#failed: { value: T } | undefined;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	readonly #inFlight = new Set<Promise<void>>();

	constructor(private readonly save: (value: T) => Promise<void>) {}

	schedule(value: T): void {
		this.#failed = undefined;
		void this.#start(value);
	}

	#start(value: T): Promise<void> {
		const ticket = ++this.#newest;
		this.status = 'saving';
		const saving = this.save(value).then(
			() => {
				if (ticket === this.#newest) this.status = 'saved';
			},
			() => {
				if (ticket !== this.#newest) return;
				this.#failed = { value };
				this.status = 'failed';
			}
		);
		this.#inFlight.add(saving);
		void saving.finally(() => this.#inFlight.delete(saving));
		return saving;
	}

	/** Tries a failed value again and waits for every save under way. Never rejects. */
	async flush(): Promise<void> {
		const failed = this.#failed;
		this.#failed = undefined;
		if (failed) void this.#start(failed.value);
		await Promise.all([...this.#inFlight]);
	}

	/** Lets an update or another tab's upgrade wait for this editor; returns the clean-up. */
	attach(): () => void {
		return registerFlusher(() => this.flush());
	}
}
