import { liveQuery, type Subscription } from 'dexie';
import { SearchIndex, type SearchDoc, type SearchHit, type SearchKind } from './search-index';
import { searchSources } from './registry';

/**
 * The one in-memory search index, fed by every feature's search source through live queries so
 * that it follows edits, imports and deletes (in any tab) without ever querying IndexedDB itself.
 * Built on first use and kept for the rest of the visit.
 */
class SearchManager {
	/** True once every source has delivered its first documents. */
	ready = $state(false);
	/** Bumped whenever the index changes, so derived results recompute. */
	revision = $state(0);

	readonly #index = new SearchIndex();
	/** The latest documents by id, to name and locate a linked record. */
	readonly #docs = new Map<string, SearchDoc>();
	#subscriptions: Subscription[] = [];

	start(): void {
		if (this.#subscriptions.length > 0) return;
		let waiting = searchSources.length;
		this.#subscriptions = searchSources.map((source) => {
			let first = true;
			const delivered = () => {
				if (!first) return;
				first = false;
				this.ready = --waiting === 0;
			};
			return liveQuery(() => source.load()).subscribe({
				next: (docs) => {
					this.#index.replaceKind(source.kind, docs);
					for (const [id, doc] of this.#docs) if (doc.kind === source.kind) this.#docs.delete(id);
					for (const doc of docs) this.#docs.set(doc.id, doc);
					delivered();
					this.revision++;
				},
				// One source failing (a record that cannot be read) must not take search down.
				error: delivered
			});
		});
	}

	search(query: string, kinds?: readonly SearchKind[], limit = 50): SearchHit[] {
		void this.revision;
		if (!query.trim()) return [];
		const hits = this.#index.search(query, { limit: kinds ? limit * 4 : limit });
		return kinds ? hits.filter((hit) => kinds.includes(hit.kind)).slice(0, limit) : hits;
	}

	/** The document of one record, if the index has it (ids are `<kind>:<record id>`). */
	find(kind: SearchKind, recordId: string): SearchDoc | undefined {
		void this.revision;
		return this.#docs.get(`${kind}:${recordId}`);
	}

	group(hits: SearchHit[]) {
		return this.#index.groupByKind(hits);
	}
}

export const searchManager = new SearchManager();
