/**
 * Shared Intl formatters. Building one costs far more than using it, and lists format a date
 * per row: each locale and set of options is built once per visit.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator | Intl.DisplayNames;

const cache = new Map<string, Formatter>();

function cached<F extends Formatter>(
	type: string,
	locale: string | undefined,
	options: object,
	make: () => F
): F {
	const key = `${type}|${locale ?? ''}|${JSON.stringify(options)}`;
	let formatter = cache.get(key) as F | undefined;
	if (!formatter) {
		formatter = make();
		cache.set(key, formatter);
	}
	return formatter;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
	cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
	cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
	cached('names', locale, options, () => new Intl.DisplayNames([locale], options));

export const collator = (locale: string | undefined, options: Intl.CollatorOptions) =>
	cached('collator', locale, options, () => new Intl.Collator(locale, options));
