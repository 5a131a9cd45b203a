import { getLocale } from '$lib/paraglide/runtime';
import type { Locale, Localized } from './types';

/** Picks the current language's text from built-in content. */
export function localize(text: Localized, locale: Locale = getLocale()): string {
	return text[locale];
}
