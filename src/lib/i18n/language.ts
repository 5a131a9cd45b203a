// Not from $lib/db: that would pull Dexie into every page's first load.
import { flushPendingWrites } from '$lib/db/pending-writes';
import { getLocale, locales, setLocale } from '$lib/paraglide/runtime';

export type Language = (typeof locales)[number];

/** Each language named in itself, so a user can find theirs whatever the current one is. */
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

export const languages: readonly Language[] = locales;

export function currentLanguage(): Language {
	return getLocale();
}

/** Remembers the choice and reloads in the new language, after saving any pending edit. */
export async function changeLanguage(language: Language): Promise<void> {
	if (language === getLocale()) return;
	await flushPendingWrites();
	await setLocale(language);
}

/** Formats a byte count for people, in the current language. */
export function formatBytes(bytes: number, language: Language = getLocale()): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return new Intl.NumberFormat(language, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0
	}).format(value);
}
