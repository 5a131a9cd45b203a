import { localize } from '$lib/content/localize';
import { resolutionTemplates } from '$lib/content/resolutions';
import { getLocale } from '$lib/paraglide/runtime';
import type { SearchDoc } from '$lib/search/search-index';
import type { ContentSearchSource, RecordSearchSource } from '$lib/search/search-source';
import { draftText, draftTitle, statusLabel, templateInput } from './draft-document';
import type { ResolutionDraftData } from './drafts';
import { renderDocument } from './template-engine';

/** Every saved draft, found by its title and its filled-in text. */
export const resolutionDraftSearchSource: RecordSearchSource<ResolutionDraftData> = {
	kind: 'resolution',
	records: 'resolution-draft',
	doc: (draft) => ({
		id: `resolution:${draft.id}`,
		kind: 'resolution',
		title: draftTitle(draft.data),
		body: draftText(draft.data, 'text', { record: false }),
		tags: [statusLabel(draft.data.adoption.status)],
		href: `/resolutions/edit?id=${draft.id}`,
		updatedAt: draft.updatedAt
	})
};

/** The built-in templates in the app's language: what they are for, their text, how to pass them. */
export const builtInResolutionSearchSource: ContentSearchSource = {
	kind: 'builtin-resolution',
	docs(): SearchDoc[] {
		const locale = getLocale();
		return resolutionTemplates.map((template) => ({
			id: `builtin-resolution:${template.slug}`,
			kind: 'builtin-resolution',
			title: localize(template.title, locale),
			body: [
				localize(template.whenToUse, locale),
				renderDocument(templateInput(template, locale), 'text'),
				...template.howToAdopt.map((step) => localize(step, locale))
			].join('\n\n'),
			href: `/resolutions/${template.slug}`
		}));
	}
};
