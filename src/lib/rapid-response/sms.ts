/**
 * How a text travels as SMS (3GPP TS 23.038 and 23.040): in the 7-bit GSM alphabet when every
 * character is in it, otherwise in UCS-2 (UTF-16 code units). One message holds 160 septets or
 * 70 units; a longer text is cut into parts of 153 or 67, because each part carries a header
 * that joins them again. An escaped character (the extension table: € [ ] { } ^ ~ \ | and form
 * feed) takes two septets and a surrogate pair two units, and neither is ever cut between parts.
 */

/** The GSM 7-bit default alphabet, in table order (ESC left out). */
const GSM_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
	'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each is sent as ESC plus one septet. */
const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
	gsm7: { single: 160, part: 153 },
	ucs2: { single: 70, part: 67 }
};

export function isGsm7(char: string): boolean {
	return basic.has(char) || extension.has(char);
}

/** The characters (each once, in order) that keep a text out of the GSM alphabet. */
export function unicodeCharacters(text: string): string[] {
	return [...new Set([...text].filter((char) => !isGsm7(char)))];
}

export function smsEncoding(text: string): SmsEncoding {
	for (const char of text) if (!isGsm7(char)) return 'ucs2';
	return 'gsm7';
}

/** What one character costs: septets in GSM-7, UTF-16 code units in UCS-2. */
function cost(char: string, encoding: SmsEncoding): number {
	if (encoding === 'ucs2') return char.length;
	return extension.has(char) ? 2 : 1;
}

/** The text as the parts a phone sends: one when it fits, otherwise cut at whole characters. */
export function smsSegments(text: string): string[] {
	if (!text) return [];
	const encoding = smsEncoding(text);
	const chars = [...text];
	const { single, part } = LIMITS[encoding];
	const total = chars.reduce((sum, char) => sum + cost(char, encoding), 0);
	if (total <= single) return [text];
	const segments: string[] = [];
	let current = '';
	let used = 0;
	for (const char of chars) {
		const size = cost(char, encoding);
		if (used + size > part) {
			segments.push(current);
			current = '';
			used = 0;
		}
		current += char;
		used += size;
	}
	segments.push(current);
	return segments;
}

export interface SmsSize {
	encoding: SmsEncoding;
	parts: number;
	/** Septets (GSM-7) or code units (UCS-2) the text takes. */
	units: number;
	/** What the text could hold in as many parts. */
	capacity: number;
}

export function smsSize(text: string): SmsSize {
	const encoding = smsEncoding(text);
	const units = [...text].reduce((sum, char) => sum + cost(char, encoding), 0);
	const parts = smsSegments(text).length;
	const { single, part } = LIMITS[encoding];
	return { encoding, parts, units, capacity: parts <= 1 ? single : parts * part };
}

/** Punctuation and spaces that phones and keyboards put in, and their GSM-7 look-alikes. */
const PLAIN: Record<string, string> = {
	'‘': "'",
	'’': "'",
	'‚': "'",
	'‛': "'",
	'′': "'",
	'´': "'",
	'`': "'",
	'“': '"',
	'”': '"',
	'„': '"',
	'‟': '"',
	'″': '"',
	'«': '"',
	'»': '"',
	'‹': "'",
	'›': "'",
	'‐': '-',
	'‑': '-',
	'‒': '-',
	'–': '-',
	'—': '-',
	'―': '-',
	'−': '-',
	'…': '...',
	'•': '-',
	'·': '.',
	'\u00a0': ' ',
	'\u2007': ' ',
	'\u2009': ' ',
	'\u200a': ' ',
	'\u202f': ' ',
	'\u200b': '',
	'\t': ' ',
	'°': 'o',
	º: 'o',
	ª: 'a'
};

/**
 * The text in the GSM alphabet as far as it goes, for "send without accents": letters keep
 * the accents GSM-7 has (é, ñ, ü, ¿, ¡) and lose the others (á → a, ó → o), typographic quotes
 * and dashes become plain ones. What has no GSM-7 form (an emoji) is left as it is.
 */
export function toGsm7(text: string): string {
	let out = '';
	for (const char of text.normalize('NFC')) {
		if (isGsm7(char)) out += char;
		else if (Object.hasOwn(PLAIN, char)) out += PLAIN[char];
		else {
			// Without its marks (a lone mark becomes nothing), if what is left is GSM-7.
			const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
			out += [...bare].every(isGsm7) ? bare : char;
		}
	}
	return out;
}
