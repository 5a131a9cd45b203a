import type { AlertFieldKey, AlertTemplate } from '$lib/content/rapid-response';
import type { Locale } from '$lib/content/types';
import type { ContactDraft } from '$lib/contacts/contact-types';
import { primaryPhone } from '$lib/contacts/phone-numbers';
import { plainSpaces } from './plain-text';

export type AlertValues = Partial<Record<AlertFieldKey, string>>;

/**
 * The alert's text in one language. A sentence is left out when a field it holds is empty; a
 * value's own final full stop is dropped where the sentence supplies one ("Pilsen." → "Pilsen").
 */
export function composeAlert(template: AlertTemplate, values: AlertValues, locale: Locale): string {
	const filled: string[] = [];
	for (const sentence of template.sentences) {
		let complete = true;
		const text = sentence[locale].replace(
			/\{\{(\w+)\}\}(\.?)/g,
			(_match, key: string, stop: string) => {
				const value = (values[key as AlertFieldKey] ?? '').replace(/\s+/g, ' ').trim();
				if (!value) complete = false;
				return stop && /[.!?]$/.test(value) ? value : value + stop;
			}
		);
		if (complete && text.trim()) filled.push(text.trim());
	}
	return filled.join(' ');
}

/** "15:42" from a time input, as the message's language says it: "3:42 PM", "15:42". */
export function formatAlertTime(value: string, locale: Locale): string {
	const match = /^(\d{1,2}):(\d{2})/.exec(value);
	if (!match) return value;
	const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
	return plainSpaces(
		new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'es-MX', {
			hour: 'numeric',
			minute: '2-digit'
		}).format(date)
	);
}

/** The current time as a time input's value. */
export function timeInputValue(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface Position {
	latitude: number;
	longitude: number;
	/** Meters, as the browser reports it. */
	accuracy?: number;
}

/**
 * Coordinates as text, with a geo: URI (RFC 5870) that map apps on the phone open: never a
 * link to a map website, which would send the place to another server.
 */
export function locationText(position: Position, label: string): string {
	const lat = position.latitude.toFixed(5);
	const lon = position.longitude.toFixed(5);
	const accuracy =
		position.accuracy === undefined ? '' : ` (±${Math.max(1, Math.round(position.accuracy))} m)`;
	return `${label}: ${lat}, ${lon}${accuracy} geo:${lat},${lon}`;
}

/** Each recipient's number to text, and who has none. */
export function recipientNumbers<T extends { data: ContactDraft }>(
	recipients: T[]
): { numbers: string[]; withoutNumber: T[] } {
	const numbers: string[] = [];
	const withoutNumber: T[] = [];
	for (const recipient of recipients) {
		const phone = primaryPhone(recipient.data.phones);
		if (phone) numbers.push(phone.value);
		else withoutNumber.push(recipient);
	}
	return { numbers, withoutNumber };
}

/**
 * How many SMS parts a text takes: 160 characters in the GSM alphabet, 70 once any other
 * character (an accent outside GSM, an emoji) forces UCS-2; long texts split into 153 or 67.
 */
export function smsParts(text: string): number {
	if (!text) return 0;
	const gsm =
		/^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;
	if (gsm.test(text)) {
		const length = [...text].reduce((sum, ch) => sum + ('^{}\\[~]|€'.includes(ch) ? 2 : 1), 0);
		return length <= 160 ? 1 : Math.ceil(length / 153);
	}
	const units = text.length;
	return units <= 70 ? 1 : Math.ceil(units / 67);
}
