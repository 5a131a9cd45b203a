import { recordStore } from '$lib/db';
import { loaded } from '$lib/db/testing';
import type { SearchDoc } from './search-index';
import type { AnyRecordSearchSource, ContentSearchSource } from './search-source';

/** Every document a search source gives now: for tests of the sources. */
export async function docsOf(
	source: AnyRecordSearchSource | ContentSearchSource
): Promise<SearchDoc[]> {
	if ('docs' in source) return source.docs();
	const records = await loaded(() => recordStore.list(source.records));
	return records.map((record) => source.doc(record));
}
