/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps and Sets here are bookkeeping for
   the worker; nothing a component shows. */
import { recordStore, type RecordKind } from '$lib/db';
import { disk } from '$lib/db/disk';
import { keyring } from '$lib/db/keyring';
import { contentSources, recordSources } from './registry';
import { signatureOf, type SearchDoc, type SearchHit, type SearchKind } from './search-index';
import { SEARCH_INDEX_ID, type SearchReply, type SearchRequest } from './search-protocol';

/** How long the index waits after the last change before it is saved for the next visit. */
const SAVE_AFTER_MS = 3_000;

/**
 * The page's side of the search worker. The worker opens the index saved at the last visit, so
 * the first search needs no rebuild; then only records whose version differs from the saved
 * one are indexed again, and from then on every change of a record (in this tab or another)
 * re-indexes that record alone.
 */
class SearchManager {
	/** True once the index holds every record and the built-in content. */
	ready = $state(false);
	/** Bumped whenever the worker's index changes, so that shown results are asked for again. */
	revision = $state(0);

	#worker: Worker | undefined;
	#nextSearch = 0;
	readonly #waiting = new Map<number, (hits: SearchHit[]) => void>();
	#pending = { docs: new Map<string, SearchDoc>(), removed: new Set<string>() };
	#flushQueued = false;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#unfollow: (() => void)[] = [];

	start(): void {
		if (this.#worker) return;
		const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<SearchReply>) => this.#receive(event.data);
		const key = keyring.current();
		void disk()
			.then(({ readRow }) => readRow(SEARCH_INDEX_ID))
			.then((saved) => this.#send({ type: 'open', saved, key }));
	}

	#send(request: SearchRequest): void {
		this.#worker?.postMessage(request);
	}

	#receive(reply: SearchReply): void {
		if (reply.type === 'opened') void this.#catchUp(reply.versions);
		else if (reply.type === 'hits') {
			this.#waiting.get(reply.id)?.(reply.hits);
			this.#waiting.delete(reply.id);
		} else
			void disk()
				.then(({ writeRow }) => writeRow(reply.row))
				.catch(() => {});
	}

	/** Indexes what changed since the saved index, then follows every change. */
	async #catchUp(versions: Map<string, string>): Promise<void> {
		for (const source of contentSources) {
			this.#send({ type: 'replace-kind', kind: source.kind, docs: source.docs() });
		}
		await Promise.all(recordSources.map((source) => recordStore.load(source.records)));
		const current = new Set<string>();
		for (const source of recordSources) {
			for (const record of recordStore.list(source.records) ?? []) {
				const doc = source.doc(record);
				current.add(doc.id);
				if (versions.get(doc.id) !== signatureOf(doc)) this.#pending.docs.set(doc.id, doc);
			}
			const unfollow = recordStore.follow(source.records, (ids) => {
				for (const id of ids) {
					const record = recordStore.peek(source.records, id);
					const docId = `${source.kind}:${id}`;
					if (record) this.#pending.docs.set(docId, source.doc(record));
					else this.#pending.removed.add(docId);
				}
				this.#queueFlush();
			});
			this.#unfollow.push(unfollow);
		}
		const builtIn = new Set(contentSources.map((source) => source.kind));
		for (const id of versions.keys()) {
			const kind = id.slice(0, id.indexOf(':')) as SearchKind;
			if (!current.has(id) && !builtIn.has(kind)) this.#pending.removed.add(id);
		}
		this.#flush();
		this.ready = true;
		this.revision++;
	}

	/** Changes are sent to the worker once per task, however many records a write touched. */
	#queueFlush(): void {
		if (this.#flushQueued) return;
		this.#flushQueued = true;
		queueMicrotask(() => this.#flush());
	}

	#flush(): void {
		this.#flushQueued = false;
		const { docs, removed } = this.#pending;
		if (docs.size === 0 && removed.size === 0) return;
		this.#pending = { docs: new Map(), removed: new Set() };
		this.#send({ type: 'update', docs: [...docs.values()], removed: [...removed] });
		this.revision++;
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(
			() => this.#send({ type: 'save', updatedAt: Date.now() }),
			SAVE_AFTER_MS
		);
	}

	/** The best hits for a query; kinds narrow it down. */
	search(query: string, kinds?: readonly SearchKind[], limit = 50): Promise<SearchHit[]> {
		if (!query.trim()) return Promise.resolve([]);
		this.start();
		const id = ++this.#nextSearch;
		return new Promise((resolve) => {
			this.#waiting.set(id, resolve);
			this.#send({ type: 'search', id, query, kinds: kinds && [...kinds], limit });
		});
	}

	/** Ends the worker and forgets the index in memory (locking). The saved copy stays. */
	stop(): void {
		clearTimeout(this.#saveTimer);
		for (const unfollow of this.#unfollow.splice(0)) unfollow();
		this.#worker?.terminate();
		this.#worker = undefined;
		this.ready = false;
	}
}

export const searchManager = new SearchManager();

/** A stored record's title and page, for a link to it; undefined while loading, null if gone. */
export function describeRecord(
	kind: RecordKind,
	id: string
): { title: string; href: string } | null | undefined {
	const source = recordSources.find((candidate) => candidate.records === kind);
	const record = recordStore.get(kind, id);
	if (!source || !record) return record && null;
	return source.doc(record);
}
