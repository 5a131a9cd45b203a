import { groupByKind, type SearchHit, type SearchKind } from './search-index';
import { searchManager } from './search-manager.svelte';

export { describeRecord } from './search-manager.svelte';

/**
 * Search as the user types: at most one query per frame goes to the worker (the latest one), and
 * an answer that a newer query has overtaken is dropped.
 */
export class LiveSearch {
	hits = $state.raw<SearchHit[]>([]);
	/** The query the hits answer: it trails what is typed by a frame or so. */
	answered = $state('');
	readonly groups = $derived(groupByKind(this.hits));

	#asked = 0;
	#frame = 0;

	constructor(
		private readonly kinds?: readonly SearchKind[],
		private readonly limit = 50
	) {
		searchManager.start();
	}

	/** True once the index holds everything. */
	get ready(): boolean {
		return searchManager.ready;
	}

	/** Asks for a query's hits; called from an effect, it asks again whenever the index changes. */
	ask(query: string): void {
		void searchManager.revision;
		cancelAnimationFrame(this.#frame);
		const ticket = ++this.#asked;
		if (!query.trim()) {
			this.hits = [];
			this.answered = query;
			return;
		}
		this.#frame = requestAnimationFrame(() => {
			void searchManager.search(query, this.kinds, this.limit).then((hits) => {
				if (ticket !== this.#asked) return;
				this.hits = hits;
				this.answered = query;
			});
		});
	}
}
