/**
 * Keeps track of edits that are not on disk yet, so that an app update or another tab's
 * upgrade can save them before the page goes away.
 */
type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();
const inFlight = new Set<Promise<unknown>>();

/** An editor with a debounced save registers how to save now; the returned function unregisters. */
export function registerFlusher(flush: Flusher): () => void {
	flushers.add(flush);
	return () => flushers.delete(flush);
}

/** Marks a write as in progress until it settles. */
export function track<T>(write: Promise<T>): Promise<T> {
	inFlight.add(write);
	const settle = () => inFlight.delete(write);
	write.then(settle, settle);
	return write;
}

/** Saves every debounced edit and waits for every write under way. Never rejects. */
export async function flushPendingWrites(): Promise<void> {
	await Promise.allSettled([...flushers].map((flush) => flush()));
	while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
