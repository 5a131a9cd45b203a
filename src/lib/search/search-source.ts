import type { Entity, RecordKind } from '$lib/db';
import type { SearchDoc, SearchKind } from './search-index';

/**
 * What a feature gives the one search box. Each document's id is `<kind>:<record id>` (e.g.
 * `contact:7f3…`): notes find the records they link to through it.
 */
export type SearchSource = RecordSearchSource | ContentSearchSource;

/** The user's records of one kind: each is indexed on its own, again whenever it changes. */
export interface RecordSearchSource<T = never> {
	kind: SearchKind;
	records: RecordKind;
	doc(record: Entity<T>): SearchDoc;
}

/** Built-in content: every document at once, in the current language. */
export interface ContentSearchSource {
	kind: SearchKind;
	docs(): SearchDoc[];
}

/** A record source's kind of record, without caring what data it holds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRecordSearchSource = RecordSearchSource<any>;
