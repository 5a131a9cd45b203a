import { noteSearchSource } from '$lib/notes/search-source';
import type { SearchSource } from './search-source';

/** Everything the one search box looks through. Loaded lazily, with the search itself. */
export const searchSources: SearchSource[] = [noteSearchSource];
