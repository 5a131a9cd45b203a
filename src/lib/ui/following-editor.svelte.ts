import { untrack } from 'svelte';
import { Autosave } from './autosave.svelte';

export interface FollowingEditorOptions<T> {
	/** The stored version, read reactively; undefined while loading or while there is none. */
	stored: () => T | undefined;
	/** Puts a stored version into the form: on opening, and when another tab saved one. */
	take: (data: T) => void;
	/**
	 * Saves what the form holds. `from` is the version the edit was made on (undefined before
	 * the first one); resolves truthy when another tab's version, saved since, was kept aside.
	 */
	save: (data: T, from: T | undefined) => Promise<unknown>;
	/**
	 * Whether the stored version says what this editor last saved or took. By default the very
	 * same value: the store keeps the object an editor saves, so only another save makes a new one.
	 */
	same?: (stored: T, inStep: T) => boolean;
}

/**
 * An editor of one stored record that saves every change at once (Autosave) and follows what
 * another tab saves while the user is not typing here: a version the editor did not write
 * replaces the form as long as none of this editor's own saves is under way. When both changed
 * at once, the save says so (the other version kept as a copy, or kept beside) and `keptTheirs`
 * tells the form to show it. Made during a component's set-up: it follows through an effect.
 */
export class FollowingEditor<T> {
	/** Set once another tab's version, changed at the same time as this one, was kept aside. */
	keptTheirs = $state(false);

	readonly #autosave: Autosave<{ data: T; from: T | undefined }>;
	readonly #options: FollowingEditorOptions<T>;
	/** The version the form was last in step with: the one it saved or took last. */
	#inStep: T | undefined;

	constructor(options: FollowingEditorOptions<T>) {
		this.#options = options;
		this.#autosave = new Autosave(async ({ data, from }) => {
			if (await options.save(data, from)) this.keptTheirs = true;
		});
		$effect(() => {
			const stored = options.stored();
			// Read here so that the end of a save runs this again.
			void this.#autosave.status;
			untrack(() => this.follow(stored));
		});
	}

	get status() {
		return this.#autosave.status;
	}

	/** What the editor does with each stored version it sees (its effect calls this). */
	follow(stored: T | undefined): void {
		if (stored === undefined || this.#autosave.status === 'saving') return;
		const inStep = this.#inStep;
		if (inStep !== undefined && (stored === inStep || this.#options.same?.(stored, inStep))) return;
		this.#inStep = stored;
		this.#options.take(stored);
	}

	/** The form changed: save `data`, made on the version it was in step with. */
	edited(data: T): void {
		const from = this.#inStep;
		this.#inStep = data;
		this.#autosave.schedule({ data, from });
	}

	/** Waits for every save under way (a failed one is tried again). Never rejects. */
	flush(): Promise<void> {
		return this.#autosave.flush();
	}

	/** Lets an update or another tab's upgrade wait for this editor; returns the clean-up. */
	attach(): () => void {
		return this.#autosave.attach();
	}
}
