import { builtInChecklistSearchSource, checklistSearchSource } from '$lib/checklists/search-source';
import { noteSearchSource } from '$lib/notes/search-source';
import {
	contactSearchSource,
	incidentSearchSource,
	rapidResponseCardSearchSource
} from '$lib/rapid-response/search-source';
import {
	builtInResolutionSearchSource,
	resolutionDraftSearchSource
} from '$lib/resolutions/search-source';
import type { SearchSource } from './search-source';

/** Everything the one search box looks through. Loaded lazily, with the search itself. */
export const searchSources: SearchSource[] = [
	noteSearchSource,
	checklistSearchSource,
	contactSearchSource,
	incidentSearchSource,
	resolutionDraftSearchSource,
	builtInChecklistSearchSource,
	builtInResolutionSearchSource,
	rapidResponseCardSearchSource
];
