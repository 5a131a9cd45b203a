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
import type { AnyRecordSearchSource, ContentSearchSource } from './search-source';

/** The user's records the one search box looks through. Loaded lazily, with the search itself. */
export const recordSources: AnyRecordSearchSource[] = [
	noteSearchSource,
	checklistSearchSource,
	contactSearchSource,
	incidentSearchSource,
	resolutionDraftSearchSource
];

/** The built-in content it looks through, in the current language. */
export const contentSources: ContentSearchSource[] = [
	builtInChecklistSearchSource,
	builtInResolutionSearchSource,
	rapidResponseCardSearchSource
];
