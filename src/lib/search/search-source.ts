import type { SearchDoc, SearchKind } from './search-index';

/**
 * What a feature gives the one search box: every document of one kind, built from decoded
 * records (or built-in content, in the current language). `load` runs inside a Dexie live
 * query, so it must await nothing but the feature's own queries before reading the database.
 */
export interface SearchSource {
	kind: SearchKind;
	load(): Promise<SearchDoc[]>;
}
