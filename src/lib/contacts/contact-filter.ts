import { displayNames } from '$lib/ui/intl';
import type { ContactDraft } from './contact-types';

export interface ContactFilter {
	text: string;
	roleId: string;
	/** A primary language subtag ("es") or a language name the user typed. */
	language: string;
	groupId: string;
}

export const noFilter: ContactFilter = { text: '', roleId: '', language: '', groupId: '' };

// A network of thousands speaks a handful of languages: each tag is worked out once (Intl's
// parsers are slow enough to show when the contacts open).
const keys = new Map<string, string>();

/** "es-MX" and "es" are both Spanish; a name the user typed ("Somali", "K'iche'") stays as typed. */
export function languageKey(tag: string): string {
	let key = keys.get(tag);
	if (key === undefined) {
		key = parseLanguage(tag);
		keys.set(tag, key);
	}
	return key;
}

function parseLanguage(tag: string): string {
	const text = tag.trim();
	if (/^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(text)) {
		try {
			const [canonical] = Intl.getCanonicalLocales(text);
			if (canonical) return new Intl.Locale(canonical).language;
		} catch {
			// Not a valid tag after all: the user's own words.
		}
	}
	return text;
}

const sameLanguage = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** A language's name in the given language, or the user's own words for it. */
export function languageName(key: string, locale: string): string {
	try {
		if (/^[a-z]{2,3}$/.test(key)) {
			const name = displayNames(locale, { type: 'language' }).of(key);
			if (name && name !== key) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
		}
	} catch {
		// Fall through to the words as given.
	}
	return key;
}

/** Every language any contact speaks, once, in the spelling first met. */
export function languagesIn(contacts: ContactDraft[]): string[] {
	const found = new Map<string, string>();
	for (const contact of contacts) {
		for (const tag of contact.languages) {
			const key = languageKey(tag);
			const folded = key.toLocaleLowerCase();
			if (key && !found.has(folded)) found.set(folded, key);
		}
	}
	return [...found.values()].sort((a, b) => a.localeCompare(b));
}

/** Matches name, numbers, handle, neighborhood and notes; digits match numbers however written. */
export function matchesText(contact: ContactDraft, text: string): boolean {
	const query = nameKey(text);
	if (!query) return true;
	const digits = text.replace(/\D/g, '');
	const haystack = nameKey(
		[contact.name, contact.handle, contact.neighborhood, contact.availability, contact.notes]
			.filter(Boolean)
			.join(' ')
	);
	if (haystack.includes(query)) return true;
	return (
		digits.length >= 3 &&
		contact.phones.some((phone) => phone.value.replace(/\D/g, '').includes(digits))
	);
}

export function filterContacts<T extends { data: ContactDraft }>(
	contacts: T[],
	filter: ContactFilter
): T[] {
	return contacts.filter(({ data }) => {
		if (filter.roleId && !data.roles.includes(filter.roleId)) return false;
		if (filter.groupId && !data.groupIds.includes(filter.groupId)) return false;
		if (
			filter.language &&
			!data.languages.some((tag) => sameLanguage(languageKey(tag), filter.language))
		) {
			return false;
		}
		return matchesText(data, filter.text);
	});
}

/** A name as compared: without accents, case or extra spaces ("José  Pérez" finds "jose perez"). */
export function nameKey(name: string): string {
	return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
