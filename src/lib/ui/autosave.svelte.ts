import { registerFlusher } from '$lib/db';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

/**
 * Saves an editor's value as the user types: at once when no save is under way, otherwise the
 * latest value as soon as the current save ends (edits in between are coalesced). So at most
 * one small write is ever in flight and a reload can lose nothing that was typed before it.
 * A delay can be given for editors whose saves are expensive; pending values are then saved at
 * once when the page is hidden, closed or about to be replaced by an update.
 * A failed save (a full disk) keeps the value pending, so the next change or flush tries again.
 */
export class Autosave<T> {
	status = $state<SaveStatus>('saved');

	#pending: { value: T } | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> = Promise.resolve();

	constructor(
		private readonly save: (value: T) => Promise<void>,
		private readonly delayMs = 0
	) {}

	schedule(value: T): void {
		this.#pending = { value };
		this.status = 'unsaved';
		clearTimeout(this.#timer);
		if (this.delayMs === 0) void this.flush();
		else this.#timer = setTimeout(() => void this.flush(), this.delayMs);
	}

	/** Saves the pending value now; resolves when it is on disk or has failed. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#running = this.#running.then(() => this.#saveNow());
		return this.#running;
	}

	async #saveNow(): Promise<void> {
		const pending = this.#pending;
		if (!pending) return;
		this.#pending = undefined;
		this.status = 'saving';
		try {
			await this.save(pending.value);
			this.status = this.#pending ? 'unsaved' : 'saved';
		} catch {
			this.#pending ??= pending;
			this.status = 'failed';
		}
	}

	/** Hooks the saver to the page's lifecycle; call from a component, returns the clean-up. */
	attach(): () => void {
		const flushNow = () => void this.flush();
		const onHidden = () => {
			if (document.visibilityState === 'hidden') flushNow();
		};
		const unregister = registerFlusher(() => this.flush());
		document.addEventListener('visibilitychange', onHidden);
		addEventListener('pagehide', flushNow);
		return () => {
			flushNow();
			unregister();
			document.removeEventListener('visibilitychange', onHidden);
			removeEventListener('pagehide', flushNow);
		};
	}
}
