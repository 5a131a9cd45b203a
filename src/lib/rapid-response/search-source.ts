import { getLocale } from '$lib/paraglide/runtime';
import type { ContactDraft } from '$lib/contacts/contact-types';
import { roleName } from '$lib/contacts/roles';
import type { SearchDoc } from '$lib/search/search-index';
import type { ContentSearchSource, RecordSearchSource } from '$lib/search/search-source';
import { builtInCards, cardHref } from './cards';
import { incidentText, incidentTitle, type IncidentData } from './incidents';
import { contactHref } from '$lib/contacts/links';
import { incidentHref } from './links';
import { getSettings } from '$lib/contacts/settings';

/** The user's contacts: name as title; numbers, handle, place, availability and notes as body. */
export const contactSearchSource: RecordSearchSource<ContactDraft> = {
	kind: 'contact',
	records: 'contact',
	doc({ id, updatedAt, data }) {
		const customRoles = getSettings()?.customRoles ?? [];
		return {
			id: `contact:${id}`,
			kind: 'contact',
			title: data.name,
			body: [
				...data.phones.map((phone) => phone.value),
				...data.emails,
				data.handle,
				data.neighborhood,
				data.availability,
				data.notes
			]
				.filter(Boolean)
				.join('\n'),
			tags: data.roles.map((role) => roleName(role, customRoles)).filter(Boolean),
			href: contactHref(id),
			updatedAt
		};
	}
};

/** The incident log, each report as the text a legal team would get. */
export const incidentSearchSource: RecordSearchSource<IncidentData> = {
	kind: 'incident',
	records: 'incident',
	doc: ({ id, updatedAt, data }) => ({
		id: `incident:${id}`,
		kind: 'incident',
		title: incidentTitle(data, getLocale()),
		body: incidentText(data, getLocale()),
		href: incidentHref(id),
		updatedAt
	})
};

/** The built-in cards (whistle code, school watch, rights, patrols, mutual aid…), localized. */
export const rapidResponseCardSearchSource: ContentSearchSource = {
	kind: 'builtin-card',
	docs(): SearchDoc[] {
		const locale = getLocale();
		return builtInCards.map((card) => ({
			id: `builtin-card:${card.slug}`,
			kind: 'builtin-card',
			title: card.title(locale),
			body: card.text(locale),
			href: cardHref(card.slug)
		}));
	}
};
