import type { ContactPhone } from './contact-types';
import { labelText } from './phone-labels';

/** Where an extension starts: "ext. 102", "x12", ";ext=102", or a dialer pause (, ;). */
const EXTENSION = /\s*(?:[;,#]|ext\.?\s*|x\s*(?=\d))(?:ext=)?/i;

/** The number a phone can dial: digits and a leading +, without spaces, dashes or extension. */
export function dialable(value: string): string {
	const [main = ''] = value.split(EXTENSION);
	const digits = main.replace(/[^\d+]/g, '');
	return digits.startsWith('+')
		? `+${digits.slice(1).replace(/\+/g, '')}`
		: digits.replace(/\+/g, '');
}

/** The extension's digits, if the number has one. */
export function extension(value: string): string {
	const match = EXTENSION.exec(value);
	return match ? value.slice(match.index + match[0].length).replace(/\D/g, '') : '';
}

/** A tel: link; an extension follows a dialer pause (a comma), which phones wait out before dialing it. */
export function telHref(value: string): string {
	const ext = extension(value);
	return `tel:${dialable(value)}${ext ? `,${ext}` : ''}`;
}

/**
 * An sms: link to one or more numbers with the text filled in.
 *
 * Phones disagree on group links. Android's Messages takes `sms:a,b?body=…`; some Samsung
 * builds want `;` between numbers; iOS reads `sms:a,b&body=…` for one number and opens a group
 * only through `sms:/open?addresses=a,b&body=…`. We write the comma-separated form with
 * `?body=`: it is RFC 5724's syntax, which Android and recent iOS both open with every number
 * and the text. Where a phone drops numbers, the page also offers to copy them.
 */
export function smsHref(numbers: string[], body = ''): string {
	const to = [...new Set(numbers.map(dialable).filter(Boolean))].join(',');
	return body ? `sms:${to}?body=${encodeURIComponent(body)}` : `sms:${to}`;
}

const MOBILE_LABELS = new Set(['cell', 'mobile', 'iphone', 'text']);

/** The number to text or call first: a mobile one if the contact has it, else the first. */
export function primaryPhone(phones: ContactPhone[]): ContactPhone | undefined {
	const dialables = phones.filter((phone) => dialable(phone.value));
	return (
		dialables.find((phone) => MOBILE_LABELS.has(labelText(phone.label).toLowerCase())) ??
		dialables[0]
	);
}
