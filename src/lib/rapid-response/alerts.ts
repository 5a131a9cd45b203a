import type { AlertFieldKey, AlertTemplate } from '$lib/content/alert-templates';
import type { Locale } from '$lib/content/types';
import type { ContactDraft } from '$lib/contacts/contact-types';
import { primaryPhone } from '$lib/contacts/phone-numbers';
import { m } from '$lib/paraglide/messages';
import { dateTimeFormat } from '$lib/ui/intl';
import { templateOf, type AlertData } from './alert-records';
import { plainSpaces } from './plain-text';
import { toGsm7 } from './sms';

export type AlertValues = Partial<Record<AlertFieldKey, string>>;

/** Whether the sender saw it themselves or passes on what someone told them. */
export type Confirmation = 'seen' | 'reported';

/**
 * The alert's sentences in one language. A sentence is left out when a field it holds is empty;
 * a value's own final full stop is dropped where the sentence supplies one ("Pilsen." → "Pilsen").
 */
function alertSentences(template: AlertTemplate, values: AlertValues, locale: Locale): string[] {
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
	return filled;
}

export function composeAlert(template: AlertTemplate, values: AlertValues, locale: Locale): string {
	return alertSentences(template, values, locale).join(' ');
}

/** An alert in a few words, for an all clear to quote: kind, place, time. */
export function alertSummary(data: AlertData, locale: Locale): string {
	const place = (data.texts.where || data.texts.school || data.texts.meeting_place || '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\.$/, '');
	return [templateOf(data).name[locale], place, formatAlertTime(data.time, locale)]
		.filter(Boolean)
		.join(', ');
}

/**
 * The text that goes out: the template's sentences in the alert's language, whether the sender
 * saw it right after the headline (and the alert an all clear closes), the location last.
 */
export function alertMessage(data: AlertData, closes?: AlertData): string {
	const { locale } = data;
	const options = { locale };
	const template = templateOf(data);
	const [headline, ...rest] = alertSentences(
		template,
		{
			...data.texts,
			when: formatAlertTime(data.time, locale),
			agents: data.agents > 0 ? String(data.agents) : '',
			vehicles: data.vehicles > 0 ? String(data.vehicles) : ''
		},
		locale
	);
	const confirmation = !template.confirmable
		? []
		: data.confirmation === 'seen'
			? [m.rr_alert_seen_text({}, options)]
			: [m.rr_alert_reported_text({}, options)];
	const closing = closes
		? [m.rr_alert_closes_text({ alert: alertSummary(closes, locale) }, options)]
		: [];
	const location = data.position
		? [locationText(data.position, m.rr_alert_location_label({}, options))]
		: [];
	const text = [headline ?? '', ...confirmation, ...closing, ...rest, ...location].join(' ').trim();
	return data.withoutAccents ? toGsm7(text) : text;
}

/** "15:42" from a time input, as the message's language says it: "3:42 PM", "15:42". */
export function formatAlertTime(value: string, locale: Locale): string {
	const match = /^(\d{1,2}):(\d{2})/.exec(value);
	if (!match) return value;
	const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
	return plainSpaces(
		dateTimeFormat(locale === 'en' ? 'en-US' : 'es-MX', {
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
