/// <reference lib="webworker" />
import { decode, encode } from '$lib/db/codec';
import { keyring } from '$lib/db/keyring';
import { SearchIndex } from './search-index';
import { SEARCH_INDEX_ID, type SearchReply, type SearchRequest } from './search-protocol';

/**
 * The search index, off the page's thread: typing never waits for indexing, and opening the
 * saved index does not block the page. The saved index passes through the same codec as every
 * record, so it is encrypted whenever records are.
 */
let index = new SearchIndex();

const reply = (message: SearchReply) => postMessage(message);

/** How long one idle slice of preparing hits' texts may hold up a search that arrives. */
const PREPARE_SLICE_MS = 2;
let preparing = false;

/** Prepares what hits show of every record, a slice at a time between the page's requests. */
function prepareShown(): void {
	if (preparing) return;
	preparing = true;
	const slice = () => {
		if (index.prepareShown(performance.now() + PREPARE_SLICE_MS)) preparing = false;
		else setTimeout(slice);
	};
	setTimeout(slice);
}

async function open({ saved, key }: Extract<SearchRequest, { type: 'open' }>): Promise<void> {
	if (key) keyring.unlock(key);
	else keyring.usePlain();
	if (saved) {
		try {
			index = SearchIndex.restore((await decode<string>(saved)).data);
		} catch {
			// A saved index that cannot be read is rebuilt from the records.
			index = new SearchIndex();
		}
	}
	reply({ type: 'opened', versions: index.versions() });
	prepareShown();
}

async function save(updatedAt: number): Promise<void> {
	const row = await encode({
		id: SEARCH_INDEX_ID,
		kind: 'search-index',
		createdAt: updatedAt,
		updatedAt,
		data: index.save()
	});
	reply({ type: 'saved', row });
}

onmessage = (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	switch (request.type) {
		case 'open':
			void open(request);
			break;
		case 'update':
			for (const id of request.removed) index.remove(id);
			for (const doc of request.docs) index.upsert(doc);
			prepareShown();
			break;
		case 'replace-kind':
			index.replaceKind(request.kind, request.docs);
			prepareShown();
			break;
		case 'search': {
			const { query, kinds, limit } = request;
			reply({ type: 'hits', id: request.id, hits: index.search(query, { limit, kinds }) });
			break;
		}
		case 'save':
			void save(request.updatedAt);
			break;
	}
};
