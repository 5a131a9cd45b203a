import type { ContactDraft, ContactPhone } from './contact-types';
import { labelText } from './phone-labels';
import { cleanName, cleanText } from './vcard-import';

export type VCardVersion = '3.0' | '4.0';

/** Labels every phone app knows as a TEL TYPE; any other label travels as an Apple X-ABLabel. */
const STANDARD_PHONE_TYPES = new Set(['cell', 'home', 'work', 'fax', 'pager', 'video']);

const MAX_LINE_OCTETS = 75;

/**
 * Writes contacts as one vCard file: 3.0 by default, since that is what most phones import.
 * Roles, groups and availability stay in the app; languages go out as LANG only in 4.0, the first
 * version that has it. No PRODID: a shared file should not say which app made it.
 */
export function toVCard(contacts: ContactDraft[], opts: { version?: VCardVersion } = {}): string {
	const version = opts.version ?? '3.0';
	const lines: string[] = [];
	for (const contact of contacts) {
		const name = escapeText(cleanName(contact.name));
		lines.push('BEGIN:VCARD', `VERSION:${version}`, `FN:${name}`);
		// The whole name goes in the given-name slot: splitting it into family and given names
		// would guess wrong for many names (two surnames, family name first).
		lines.push(`N:;${name};;;`);
		let group = 0;
		for (const phone of contact.phones) {
			const tel = telLine(phone, version);
			const label = cleanName(labelText(phone.label));
			if (!label || STANDARD_PHONE_TYPES.has(label.toLowerCase())) {
				lines.push(tel);
			} else {
				group++;
				lines.push(`item${group}.${tel}`, `item${group}.X-ABLabel:${escapeText(label)}`);
			}
		}
		for (const email of contact.emails) {
			const value = escapeText(cleanName(email));
			lines.push(version === '3.0' ? `EMAIL;TYPE=INTERNET:${value}` : `EMAIL:${value}`);
		}
		const handle = cleanName(contact.handle ?? '');
		// IMPP holds a URI; a bare handle does not say which app it belongs to, so it stays out.
		if (/^[a-z][a-z0-9+.-]*:\S/i.test(handle)) lines.push(`IMPP:${escapeUri(handle)}`);
		const neighborhood = cleanName(contact.neighborhood ?? '');
		if (neighborhood) lines.push(`ADR;TYPE=home:;;;${escapeText(neighborhood)};;;`);
		if (version === '4.0') {
			contact.languages.forEach((tag, i) => lines.push(`LANG;PREF=${i + 1}:${escapeText(tag)}`));
		}
		const notes = cleanText(contact.notes ?? '');
		if (notes.trim()) lines.push(`NOTE:${escapeText(notes)}`);
		lines.push('END:VCARD');
	}
	return lines.map(foldLine).join('\r\n') + (lines.length > 0 ? '\r\n' : '');
}

function telLine(phone: ContactPhone, version: VCardVersion): string {
	const value = cleanName(phone.value);
	const label = labelText(phone.label).trim().toLowerCase();
	const type = STANDARD_PHONE_TYPES.has(label) ? `;TYPE=${label}` : '';
	if (version === '3.0') return `TEL${type}:${escapeText(value)}`;
	// 4.0 wants a tel: URI, whose syntax has no room for spaces or words.
	return /^\+?[\d().-]+$/.test(value)
		? `TEL;VALUE=uri${type}:tel:${value}`
		: `TEL;VALUE=text${type}:${escapeText(value)}`;
}

/**
 * A URI value is not text, so vCard's backslash escapes do not belong in it. Percent-encoding
 * keeps what importers would change as it was: `%` (they decode it), a backslash, `,` and `;`
 * (they unescape or split on them) and spaces.
 */
function escapeUri(uri: string): string {
	return uri.replace(/[%\\,;\s]/g, (ch) => encodeURIComponent(ch));
}

function escapeText(text: string): string {
	return text.replace(/[\\,;\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

function utf8Length(token: string): number {
	let length = 0;
	for (const ch of token) {
		const code = ch.codePointAt(0) ?? 0;
		length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return length;
}

/**
 * Folds at 75 octets (RFC 6350 §3.2) between whole code points, never inside a UTF-8 sequence,
 * and never between a backslash and the character it escapes, for importers that unescape
 * before they unfold.
 */
function foldLine(line: string): string {
	if (line.length * 4 <= MAX_LINE_OCTETS) return line;
	const parts: string[] = [];
	let current = '';
	let size = 0;
	let limit = MAX_LINE_OCTETS;
	for (const [token] of line.matchAll(/\\.|[\s\S]/gu)) {
		const length = utf8Length(token);
		if (size + length > limit) {
			parts.push(current);
			current = '';
			size = 0;
			// The leading space of a continuation line counts toward its 75 octets.
			limit = MAX_LINE_OCTETS - 1;
		}
		current += token;
		size += length;
	}
	parts.push(current);
	return parts.join('\r\n ');
}
