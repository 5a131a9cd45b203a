import { SHARED_PAGE, type SharedText } from '$lib/notes/share-target';

/**
 * The worker's side of the share target: holds one shared text in memory, never in a cache or
 * any storage, until the page it redirects to takes it, once. A worker that is stopped forgets
 * it, so it keeps itself alive while it holds the text, for `holdMs` at most: text nobody takes
 * (the page was closed at once) must not stay in memory either.
 */
export class ShareInbox {
	#pending: { shared: SharedText; release: () => void } | undefined;

	constructor(private readonly holdMs = 60_000) {}

	/**
	 * Keeps what a share target POST brings and answers with a 303 to SHARED_PAGE: a GET to an
	 * address with no user text, so that no History entry, saved session or reload holds the
	 * text or resends the form. A body that cannot be read still opens the page, empty.
	 */
	async receive(request: Request, keepAlive: (work: Promise<unknown>) => void): Promise<Response> {
		let release!: () => void;
		const held = new Promise<void>((resolve) => {
			release = resolve;
			setTimeout(resolve, this.holdMs);
		});
		keepAlive(held);
		const answer = Response.redirect(new URL(SHARED_PAGE, request.url).href, 303);
		const form = await request.formData().catch(() => undefined);
		if (!form) {
			release();
			return answer;
		}
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : null;
		};
		this.#pending?.release();
		const pending = {
			shared: { title: field('title'), text: field('text'), url: field('url') },
			release
		};
		this.#pending = pending;
		void held.then(() => {
			if (this.#pending === pending) this.#pending = undefined;
		});
		return answer;
	}

	/** The text held, handed over once and forgotten; null when there is none. */
	take(): SharedText | null {
		const pending = this.#pending;
		this.#pending = undefined;
		pending?.release();
		return pending?.shared ?? null;
	}
}
