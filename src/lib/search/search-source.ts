import type { SearchDoc, SearchKind } from './search-index';

/**
 * What a feature gives the one search box: every document of one kind, built from decoded
 * records (or built-in content, in the current language).
 *
 * - Each document's id is `<kind>:<record id>` (e.g. `contact:7f3…`): notes find the records
 *   they link to through it.
 * - `load` runs inside a Dexie live query, so it must await nothing but the feature's own
 *   queries before reading the database.
 */
export interface SearchSource {
	kind: SearchKind;
	load(): Promise<SearchDoc[]>;
}
