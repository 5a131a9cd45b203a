import { getLocale } from '$lib/paraglide/runtime';
import { listContacts } from '$lib/contacts/contacts';
import { roleName } from '$lib/contacts/roles';
import type { SearchDoc } from '$lib/search/search-index';
import type { SearchSource } from '$lib/search/search-source';
import { builtInCards, cardHref } from './cards';
import { incidentText, incidentTitle, listIncidents } from './incidents';
import { contactHref, incidentHref } from './links';
import { getSettings } from './settings';

/** The user's contacts: name as title; numbers, handle, place, availability and notes as body. */
export const contactSearchSource: SearchSource = {
	kind: 'contact',
	async load(): Promise<SearchDoc[]> {
		const { customRoles } = await getSettings();
		const contacts = await listContacts();
		return contacts.map(({ id, updatedAt, data }) => ({
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
		}));
	}
};

/** The incident log, each report as the text a legal team would get. */
export const incidentSearchSource: SearchSource = {
	kind: 'incident',
	async load(): Promise<SearchDoc[]> {
		const locale = getLocale();
		const incidents = await listIncidents();
		return incidents.map(({ id, updatedAt, data }) => ({
			id: `incident:${id}`,
			kind: 'incident',
			title: incidentTitle(data, locale),
			body: incidentText(data, locale),
			href: incidentHref(id),
			updatedAt
		}));
	}
};

/** The built-in cards (whistle code, school watch, rights, patrols, mutual aid…), localized. */
export const rapidResponseCardSearchSource: SearchSource = {
	kind: 'builtin-card',
	async load(): Promise<SearchDoc[]> {
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
