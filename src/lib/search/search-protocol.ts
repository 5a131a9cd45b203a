import type { StoredRecord } from '$lib/db/schema';
import type { SearchDoc, SearchHit, SearchKind } from './search-index';

/** What the page asks of the search worker. */
export type SearchRequest =
	/**
	 * Start from the saved index (its stored row, still encoded), or from nothing; `key` is the
	 * vault's data key (null: records are plain) so the index is saved encrypted like a record.
	 */
	| { type: 'open'; saved: StoredRecord | undefined; key: CryptoKey | null }
	/** Documents that changed (added or edited) and ids of documents that are gone. */
	| { type: 'update'; docs: SearchDoc[]; removed: string[] }
	/** Replace every document of one kind (built-in content, in the current language). */
	| { type: 'replace-kind'; kind: SearchKind; docs: SearchDoc[] }
	| { type: 'search'; id: number; query: string; kinds?: SearchKind[]; limit: number }
	/** Encode the index for storage. */
	| { type: 'save'; updatedAt: number };

/** What the worker answers. */
export type SearchReply =
	/** The saved index is open: the version of every document it holds. */
	| { type: 'opened'; versions: Map<string, string> }
	| { type: 'hits'; id: number; hits: SearchHit[] }
	| { type: 'saved'; row: StoredRecord };

/** The id of the one row that keeps the index between visits, encoded like any record. */
export const SEARCH_INDEX_ID = 'search-index';
