import type { SearchHit, SearchKind } from './search-index';
import { searchManager } from './search-manager.svelte';

export { describeRecord } from './search-manager.svelte';

/**
 * Search as the user types: a key's query goes to the worker at once when none is under way;
 * keys typed while one is under way are coalesced, and only the latest is asked next. An answer
 * that a newer query has overtaken is dropped, so the results never step back.
 */
export class LiveSearch {
	hits = $state.raw<SearchHit[]>([]);
	/** The query the hits answer: it trails what is typed by a search or so. */
	answered = $state('');

	#asked = 0;
	#underWay = false;
	/** The latest query typed while another was under way. */
	#next: string | undefined;

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
		this.#asked++;
		if (!query.trim()) {
			this.#next = undefined;
			this.hits = [];
			this.answered = query;
			return;
		}
		this.#next = query;
		if (!this.#underWay) this.#send();
	}

	#send(): void {
		const query = this.#next!;
		const ticket = this.#asked;
		this.#next = undefined;
		this.#underWay = true;
		void searchManager.search(query, this.kinds, this.limit).then((hits) => {
			this.#underWay = false;
			if (this.#next !== undefined) return this.#send();
			if (ticket !== this.#asked) return;
			this.hits = hits;
			this.answered = query;
		});
	}
}
