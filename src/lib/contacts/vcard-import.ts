import { nameKey } from './contact-filter';
import type { ContactDraft, ContactPhone } from './contact-types';

export type ImportError = {
	code: 'empty' | 'not-vcard' | 'unreadable-encoding' | 'no-contacts' | 'too-large';
	detail?: string;
};

/**
 * `index` is the position in `contacts` of the contact the warning is about, except for
 * 'skipped-card': that card has no contact, so `index` is its position in the file (0-based, in
 * BEGIN:VCARD order).
 */
export type ImportWarning = {
	code: 'skipped-card' | 'charset-guessed' | 'missing-end' | 'no-name';
	index: number;
	detail?: string;
};

export type ImportResult =
	| { ok: true; contacts: ContactDraft[]; warnings: ImportWarning[] }
	| { ok: false; error: ImportError };

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_CARDS = 5000;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const COLON = 0x3a;
const EQUALS = 0x3d;

/** A run of bytes in the file or in a joined copy, kept as offsets until it is decoded. */
interface ByteRange {
	source: Uint8Array;
	start: number;
	end: number;
}

const bytesOf = ({ source, start, end }: ByteRange): Uint8Array => source.subarray(start, end);

const NO_BYTES: ByteRange = { source: new Uint8Array(0), start: 0, end: 0 };

interface RawProperty {
	group: string;
	name: string;
	types: string[];
	encoding: string;
	charset: string | undefined;
	pref: number;
	value: ByteRange;
}

interface RawCard {
	fileIndex: number;
	properties: RawProperty[];
}

/** Only these are decoded; PHOTO, KEY, SOUND and the rest are dropped unread. */
const USED_PROPERTIES = new Set([
	'VERSION',
	'FN',
	'N',
	'NICKNAME',
	'ORG',
	'TEL',
	'EMAIL',
	'NOTE',
	'ADR',
	'LANG',
	'IMPP',
	'X-ABLABEL',
	'X-SIGNAL',
	'X-WHATSAPP',
	'X-TELEGRAM',
	'X-JABBER',
	'X-MS-IMADDRESS'
]);

// Lookups keyed by text from the file are Maps: a plain object would answer "constructor" or
// "__proto__" with Object.prototype's members.

/** Lower rank wins. Signal comes first: it is what rapid-response networks use. */
const HANDLE_RANK = new Map([
	['X-SIGNAL', 0],
	['IMPP', 1],
	['X-WHATSAPP', 2],
	['X-TELEGRAM', 2],
	['X-JABBER', 3],
	['X-MS-IMADDRESS', 3]
]);

const ENCODING_WORDS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** First match wins, so a "home fax" is a fax and a "work cell" is a cell. */
const PHONE_TYPE_ORDER = ['cell', 'fax', 'pager', 'home', 'work', 'main', 'video', 'text', 'other'];
const PHONE_TYPE_ALIASES = new Map([
	['mobile', 'cell'],
	['iphone', 'cell'],
	['homefax', 'fax'],
	['workfax', 'fax'],
	['otherfax', 'fax'],
	['textphone', 'text']
]);

export function parseVCardFile(bytes: Uint8Array): ImportResult {
	if (bytes.length === 0) return fail('empty');
	if (bytes.length > MAX_IMPORT_BYTES) return fail('too-large', `${bytes.length} bytes`);

	const unicode = toUtf8(bytes);
	if ('error' in unicode) return { ok: false, error: unicode.error };
	const data = unicode.bytes;
	if (data.every((b) => b === SPACE || b === TAB || b === CR || b === LF)) return fail('empty');

	const lines = splitLines(data);
	// A file that stops mid-line may have cut its last property short (a phone number missing
	// digits): a property counts only when a line break follows it. BEGIN and END are whole words,
	// so they count either way.
	const last = data[data.length - 1];
	const linesWithBreak = lines.starts.length - (last === LF || last === CR ? 0 : 1);
	const cards: { card: RawCard; ended: boolean }[] = [];
	const open: RawCard[] = [];
	let seen = 0;
	const byteText = byteChars(data);
	for (let i = 0; i < lines.starts.length;) {
		const line = readLogicalLine(data, byteText, lines, i);
		const { next, property } = line;
		const complete = next <= linesWithBreak;
		i = next;
		if (line.start === line.end || line.source[line.start] === HASH) continue;
		const marker = boundary(line);
		if (marker === 'begin') {
			seen++;
			if (seen > MAX_IMPORT_CARDS) return fail('too-large', `more than ${MAX_IMPORT_CARDS} cards`);
			// A BEGIN inside an open card (an old AGENT-style nested card, or a card whose END was
			// lost) opens a card of its own; its END returns to the outer one.
			open.push({ fileIndex: seen - 1, properties: [] });
		} else if (marker === 'end') {
			const card = open.pop();
			if (card) cards.push({ card, ended: true });
		} else if (complete && property && USED_PROPERTIES.has(property.name)) {
			open.at(-1)?.properties.push(property);
		}
	}
	if (seen === 0) return fail('not-vcard');

	while (open.length > 0) cards.push({ card: open.pop()!, ended: false });
	cards.sort((a, b) => a.card.fileIndex - b.card.fileIndex);

	const contacts: ContactDraft[] = [];
	const warnings: ImportWarning[] = [];
	for (const { card, ended } of cards) {
		const built = buildContact(card, unicode.ignoreCharset);
		if (!built.contact) {
			const detail = ended ? 'no name, phone or email' : 'no END:VCARD and no usable fields';
			warnings.push({ code: 'skipped-card', index: card.fileIndex, detail });
			continue;
		}
		const index = contacts.length;
		contacts.push(built.contact);
		if (!ended) warnings.push({ code: 'missing-end', index });
		for (const warning of built.warnings) warnings.push({ ...warning, index });
	}
	if (contacts.length === 0) return fail('no-contacts');
	return { ok: true, contacts, warnings };
}

/**
 * Incoming index → ids of existing contacts that look like the same person: a shared phone
 * number (last 10 digits) or the same name ignoring case and accents.
 */
export function findDuplicates(
	incoming: ContactDraft[],
	existing: { id: string; name: string; phones: ContactPhone[] }[]
): Map<number, string[]> {
	const byName = new Map<string, string[]>();
	const byPhone = new Map<string, string[]>();
	const add = (map: Map<string, string[]>, key: string | undefined, id: string) => {
		if (!key) return;
		const ids = map.get(key);
		if (!ids) map.set(key, [id]);
		else if (!ids.includes(id)) ids.push(id);
	};
	for (const contact of existing) {
		add(byName, nameKey(contact.name), contact.id);
		for (const phone of contact.phones) add(byPhone, phoneKey(phone.value), contact.id);
	}
	const order = new Map(existing.map((contact, i) => [contact.id, i]));
	const result = new Map<number, string[]>();
	incoming.forEach((contact, index) => {
		const keys = [
			byName.get(nameKey(contact.name)),
			...contact.phones.map((phone) => byPhone.get(phoneKey(phone.value) ?? ''))
		];
		const ids = new Set(keys.flatMap((found) => found ?? []));
		if (ids.size > 0) {
			result.set(
				index,
				[...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
			);
		}
	});
	return result;
}

/**
 * The last 10 digits, ignoring an extension. Numbers shorter than 7 digits (short codes, the
 * placeholder "1") would match unrelated people, so they get no key.
 */
export function phoneKey(value: string): string | undefined {
	const main = value.split(/[;,#]|\s*(?:ext\.?|x)\s*\d/i)[0] ?? '';
	const digits = main.replace(/\D/g, '');
	return digits.length >= 7 ? digits.slice(-10) : undefined;
}

/**
 * Line breaks become LF; other control characters, C1 included (which no phone shows, and which
 * a windows-1252 guess can produce), are dropped. Tabs stay.
 */
export function cleanText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** A name is one line with single spaces. */
export function cleanName(text: string): string {
	return cleanText(text).replace(/\s+/g, ' ').trim();
}

function fail(code: ImportError['code'], detail?: string): ImportResult {
	return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

/**
 * Brings the file to UTF-8 bytes. UTF-16 (with or without BOM, told by where the NUL bytes are)
 * is decoded and re-encoded; its CHARSET parameters then no longer describe the bytes.
 */
function toUtf8(
	bytes: Uint8Array
): { bytes: Uint8Array; ignoreCharset: boolean } | { error: ImportError } {
	const wide = detectWideEncoding(bytes);
	if (wide === 'utf-32') {
		return { error: { code: 'unreadable-encoding', detail: 'UTF-32' } };
	}
	if (wide) {
		try {
			const text = new TextDecoder(wide, { fatal: true }).decode(wholeCodeUnits(bytes, wide));
			return { bytes: new TextEncoder().encode(text), ignoreCharset: true };
		} catch {
			return { error: { code: 'unreadable-encoding', detail: wide } };
		}
	}
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	return { bytes: bom ? bytes.subarray(3) : bytes, ignoreCharset: false };
}

/** A truncated file can end in half a code unit or half a surrogate pair: that tail is dropped. */
function wholeCodeUnits(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
	let end = bytes.length - (bytes.length % 2);
	const high = encoding === 'utf-16be' ? bytes[end - 2] : bytes[end - 1];
	if (high !== undefined && high >= 0xd8 && high <= 0xdb) end -= 2;
	return bytes.subarray(0, end);
}

function detectWideEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32' | undefined {
	const [b0, b1, b2, b3] = bytes;
	if (
		(b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
		(b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
	) {
		return 'utf-32';
	}
	if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
	if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';

	// vCard syntax is ASCII, so wide text has a NUL beside most characters; binary files have NULs
	// scattered over every position.
	const sample = bytes.subarray(0, 4096);
	const nulsAt = [0, 0, 0, 0];
	sample.forEach((b, i) => {
		if (b === 0) nulsAt[i % 4]!++;
	});
	const quarter = sample.length / 4;
	if (quarter < 2) return undefined;
	const [n0, n1, n2, n3] = nulsAt.map((n) => n / quarter) as [number, number, number, number];
	if ([n0, n1, n2, n3].filter((ratio) => ratio > 0.9).length === 3) return 'utf-32';
	const even = (n0 + n2) / 2;
	const odd = (n1 + n3) / 2;
	if (even > 0.3 && odd < even / 4) return 'utf-16be';
	if (odd > 0.3 && even < odd / 4) return 'utf-16le';
	return undefined;
}

/** Physical lines as offsets into the file's bytes, line breaks left out. */
interface Lines {
	starts: number[];
	ends: number[];
}

/**
 * Line breaks are LF, CRLF, a lone CR, and iOS 6's CR CR LF (any run of CRs before an LF is one
 * break). Each byte is looked at once: a run of bare CRs is many breaks, not a rescan per CR.
 */
function splitLines(bytes: Uint8Array): Lines {
	const lines: Lines = { starts: [], ends: [] };
	const push = (start: number, end: number) => {
		lines.starts.push(start);
		lines.ends.push(end);
	};
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === LF) {
			push(start, i);
			start = i + 1;
		} else if (b === CR) {
			let run = i + 1;
			while (bytes[run] === CR) run++;
			push(start, i);
			if (bytes[run] === LF) {
				i = run;
			} else {
				for (let cr = i + 1; cr < run; cr++) push(cr, cr);
				i = run - 1;
			}
			start = i + 1;
		}
	}
	if (start < bytes.length) push(start, bytes.length);
	return lines;
}

interface LogicalLine extends ByteRange {
	/** The first physical line after it. */
	next: number;
	/** Set when a colon outside quotes ends the name and parameters. */
	property?: RawProperty;
}

/**
 * Joins a property's physical lines on bytes, before any decoding: folds (a leading space or TAB
 * is dropped) may split a UTF-8 sequence, and so may quoted-printable soft breaks (a trailing
 * `=`), whose next line is taken whole, even when it starts with a space or a `#`. `byteText` is
 * the file with one character per byte, for reading names and parameters without a copy. Lines
 * stay offsets: a file of tiny lines must not cost an array view per line.
 */
function readLogicalLine(
	bytes: Uint8Array,
	byteText: string,
	lines: Lines,
	first: number
): LogicalLine {
	const starts = [lines.starts[first]!];
	const ends = [lines.ends[first]!];
	// The name and parameters are read as segments come in, each byte once: a fold-bomb of
	// colon-less lines must not cost quadratic time.
	let header = '';
	let complete = false;
	let valueStart = 0;
	let quoted = false;
	const readHeader = (start: number, end: number) => {
		let i = start;
		for (; i < end && !complete; i++) {
			if (bytes[i] === QUOTE) quoted = !quoted;
			else if (bytes[i] === COLON && !quoted) complete = true;
		}
		header += byteText.slice(start, complete ? i - 1 : i);
		valueStart += i - start;
	};
	let quotedPrintable: boolean | undefined;
	const softBreakAt = (end: number) => {
		if (!complete || bytes[end - 1] !== EQUALS) return false;
		quotedPrintable ??= parseProperty(header, NO_BYTES).encoding === 'QUOTED-PRINTABLE';
		return quotedPrintable;
	};
	readHeader(starts[0]!, ends[0]!);
	let next = first + 1;
	for (; next < lines.starts.length; next++) {
		const start = lines.starts[next]!;
		const end = lines.ends[next]!;
		const lastEnd = ends.at(-1)!;
		if (
			lastEnd > starts.at(-1)! &&
			softBreakAt(lastEnd) &&
			!boundary({ source: bytes, start, end })
		) {
			ends[ends.length - 1] = lastEnd - 1;
			starts.push(start);
			ends.push(end);
		} else if (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) {
			starts.push(start + 1);
			ends.push(end);
			if (!complete) readHeader(start + 1, end);
		} else {
			break;
		}
	}
	const { source, start, end } = joinRanges(bytes, starts, ends);
	if (!complete) return { source, start, end, next };
	const value = { source, start: start + valueStart, end };
	return { source, start, end, next, property: parseProperty(header, value) };
}

/** The segments themselves when there is one, else a copy of them end to end. */
function joinRanges(bytes: Uint8Array, starts: number[], ends: number[]): ByteRange {
	if (starts.length === 1) return { source: bytes, start: starts[0]!, end: ends[0]! };
	let length = 0;
	starts.forEach((start, i) => (length += ends[i]! - start));
	const out = new Uint8Array(length);
	let offset = 0;
	starts.forEach((start, i) => {
		out.set(bytes.subarray(start, ends[i]), offset);
		offset += ends[i]! - start;
	});
	return { source: out, start: 0, end: length };
}

function boundary(line: ByteRange): 'begin' | 'end' | undefined {
	const length = line.end - line.start;
	if (length < 'END:VCARD'.length || length > 40) return undefined;
	const text = byteChars(bytesOf(line)).trim().toUpperCase();
	if (text === 'BEGIN:VCARD') return 'begin';
	if (text === 'END:VCARD') return 'end';
	return undefined;
}

// A single-byte encoding maps each byte to one character, so offsets in its text are offsets in
// the bytes, and ASCII reads as ASCII.
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** One character per byte: for names, parameters and BEGIN/END, which are ASCII. */
function byteChars(bytes: Uint8Array): string {
	return WINDOWS_1252.decode(bytes);
}

function splitOutsideQuotes(text: string, separator: string): string[] {
	if (!text.includes('"')) return text.split(separator);
	const parts: string[] = [];
	let current = '';
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		if (ch === separator && !quoted) {
			parts.push(current);
			current = '';
		} else {
			current += ch;
		}
	}
	parts.push(current);
	return parts;
}

/** `header` is the name and parameters, up to the colon before `value`. */
function parseProperty(header: string, value: ByteRange): RawProperty {
	const [fullName = '', ...params] = splitOutsideQuotes(header, ';');
	const dot = fullName.lastIndexOf('.');
	const property: RawProperty = {
		group: dot < 0 ? '' : fullName.slice(0, dot).trim().toUpperCase(),
		name: fullName
			.slice(dot + 1)
			.trim()
			.toUpperCase(),
		types: [],
		encoding: '',
		charset: undefined,
		pref: Number.POSITIVE_INFINITY,
		value
	};
	for (const param of params) {
		const eq = param.indexOf('=');
		const key = eq < 0 ? '' : param.slice(0, eq).trim().toUpperCase();
		const paramValue = (eq < 0 ? param : param.slice(eq + 1)).trim();
		const unquoted = paramValue.replace(/"/g, '');
		if (key === 'ENCODING' || (key === '' && ENCODING_WORDS.has(paramValue.toUpperCase()))) {
			property.encoding = unquoted.toUpperCase();
		} else if (key === 'CHARSET') {
			property.charset = unquoted;
		} else if (key === 'PREF') {
			property.pref = Number.parseInt(unquoted, 10) || property.pref;
		} else if (key === 'TYPE' || key === '') {
			for (const type of unquoted.split(',')) {
				if (type.trim()) property.types.push(type.trim().toLowerCase());
			}
		}
	}
	return property;
}

function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
	const out = new Uint8Array(bytes.length);
	let n = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (b === EQUALS) {
			const hex = String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0);
			if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
				out[n++] = Number.parseInt(hex, 16);
				i += 2;
				continue;
			}
			// A soft break at the very end of the file has nothing to join.
			if (i === bytes.length - 1) break;
		}
		out[n++] = b;
	}
	return out.subarray(0, n);
}

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
	const key = label.trim().toLowerCase();
	if (!decoders.has(key)) {
		try {
			decoders.set(key, new TextDecoder(key, { fatal: true }));
		} catch {
			decoders.set(key, null);
		}
	}
	return decoders.get(key) ?? null;
}

/**
 * Declared charset first, then UTF-8, then windows-1252 (which maps every byte, so a name never
 * ends up with U+FFFD). `guessed` is called whenever the declared charset was not the one used.
 */
function decodeBytes(bytes: Uint8Array, charset: string, guessed: () => void): string {
	for (const label of [charset, 'utf-8']) {
		const decoder = decoderFor(label);
		if (!decoder) continue;
		try {
			const text = decoder.decode(bytes);
			if (label !== charset) guessed();
			return text;
		} catch {
			// Not valid in this charset: try the next one.
		}
	}
	guessed();
	return WINDOWS_1252.decode(bytes);
}

interface CardContext {
	version21: boolean;
	ignoreCharset: boolean;
	guessedIn: Set<string>;
}

function decodeValue(property: RawProperty, context: CardContext): string | undefined {
	if (property.encoding === 'B' || property.encoding === 'BASE64') return undefined;
	const raw = bytesOf(property.value);
	const bytes = property.encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(raw) : raw;
	const charset = context.ignoreCharset ? 'utf-8' : (property.charset ?? 'utf-8');
	return decodeBytes(bytes, charset, () => context.guessedIn.add(property.name));
}

/** Splits on separators that are not escaped, leaving escapes in place for `unescapeText`. */
function splitUnescaped(text: string, separator: string): string[] {
	const parts: string[] = [];
	let current = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '\\' && i + 1 < text.length) {
			current += ch + text[i + 1];
			i++;
		} else if (ch === separator) {
			parts.push(current);
			current = '';
		} else {
			current += ch;
		}
	}
	parts.push(current);
	return parts;
}

/**
 * vCard 2.1 escapes only the separators and the backslash; 3.0 and 4.0 add `\n`. `\:` and `\"`
 * are not in any spec but Apple and Google write them. Any other backslash is kept as text.
 */
function unescapeText(text: string, version21: boolean): string {
	if (!text.includes('\\')) return text;
	return text.replace(/\\([\\;,:"nN])/g, (escape, ch: string) => {
		if (ch === 'n' || ch === 'N') return version21 ? escape : '\n';
		if (ch === '"') return version21 ? escape : '"';
		return ch;
	});
}

function textValue(property: RawProperty, context: CardContext): string {
	return unescapeText(decodeValue(property, context) ?? '', context.version21);
}

/**
 * Splits a structured value (N, ADR, ORG) on `;`. In 3.0 and 4.0 a bare comma inside a component
 * of N or ADR separates list items: `listJoin` puts them back together for display.
 */
function components(property: RawProperty, context: CardContext, listJoin?: string): string[] {
	const value = decodeValue(property, context) ?? '';
	return splitUnescaped(value, ';').map((component) =>
		context.version21 || listJoin === undefined
			? unescapeText(component, context.version21)
			: splitUnescaped(component, ',')
					.map((item) => unescapeText(item, false))
					.join(listJoin)
	);
}

function phoneValue(property: RawProperty, context: CardContext): string {
	const value = (decodeValue(property, context) ?? '').trim();
	const uri = /^tel:(.*)$/is.exec(value);
	if (!uri) return cleanName(unescapeText(value, context.version21));
	const [number = '', ...params] = (uri[1] ?? '').split(';');
	const ext = params.find((param) => /^ext=/i.test(param))?.slice(4);
	const decoded = safeDecodeUri(number);
	return cleanName(ext ? `${decoded} ext. ${safeDecodeUri(ext)}` : decoded);
}

function safeDecodeUri(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function phoneLabel(property: RawProperty, abLabels: Map<string, string>): string | undefined {
	const custom = property.group ? abLabels.get(property.group) : undefined;
	if (custom) {
		// Apple wraps its built-in labels as _$!<Mobile>!$_.
		const unwrapped = custom.replace(/^_\$!<(.*)>!\$_$/, '$1').trim();
		const known = unwrapped.toLowerCase();
		return PHONE_TYPE_ALIASES.get(known) ?? (PHONE_TYPE_ORDER.includes(known) ? known : unwrapped);
	}
	const types = property.types.map((type) => PHONE_TYPE_ALIASES.get(type) ?? type);
	return PHONE_TYPE_ORDER.find((type) => types.includes(type));
}

function buildContact(
	card: RawCard,
	ignoreCharset: boolean
): { contact?: ContactDraft; warnings: Omit<ImportWarning, 'index'>[] } {
	const byName = new Map<string, RawProperty[]>();
	for (const property of card.properties) {
		const list = byName.get(property.name);
		if (list) list.push(property);
		else byName.set(property.name, [property]);
	}
	const all = (name: string) => byName.get(name) ?? [];
	const version = all('VERSION')[0];
	const context: CardContext = {
		version21: version !== undefined && byteChars(bytesOf(version.value)).trim() === '2.1',
		ignoreCharset,
		guessedIn: new Set()
	};
	const firstText = (name: string, pick: (property: RawProperty) => string) => {
		for (const property of all(name)) {
			const text = cleanName(pick(property));
			if (text) return text;
		}
		return '';
	};

	const abLabels = new Map<string, string>();
	for (const property of all('X-ABLABEL')) {
		if (property.group) abLabels.set(property.group, cleanName(textValue(property, context)));
	}

	const phones: ContactPhone[] = [];
	const seenNumbers = new Set<string>();
	for (const property of all('TEL')) {
		const value = phoneValue(property, context);
		const digits = value.replace(/\D/g, '');
		// "mobile" or "§" cannot be dialed: phone trees need digits.
		if (!digits || seenNumbers.has(digits)) continue;
		seenNumbers.add(digits);
		const label = phoneLabel(property, abLabels);
		phones.push(label ? { value, label } : { value });
	}

	const emails: string[] = [];
	const seenEmails = new Set<string>();
	for (const property of all('EMAIL')) {
		const email = cleanName(textValue(property, context)).replace(/^mailto:/i, '');
		const key = email.toLowerCase();
		if (email.includes('@') && !seenEmails.has(key)) {
			seenEmails.add(key);
			emails.push(email);
		}
	}

	const warnings: Omit<ImportWarning, 'index'>[] = [];
	let name = firstText('FN', (property) => textValue(property, context));
	if (!name) {
		name = firstText('N', (property) => {
			const [family = '', given = '', middle = '', prefix = '', suffix = ''] = components(
				property,
				context,
				' '
			);
			return [prefix, given, middle, family, suffix].join(' ');
		});
	}
	if (!name) {
		name =
			firstText('NICKNAME', (property) => textValue(property, context)) ||
			firstText('ORG', (property) => components(property, context)[0] ?? '') ||
			emails[0] ||
			phones[0]?.value ||
			'';
		if (!name) return { warnings };
		warnings.push({ code: 'no-name', detail: name });
	}

	const contact: ContactDraft = {
		name,
		phones,
		emails,
		roles: [],
		languages: languages(all('LANG'), context),
		groupIds: []
	};
	const handle = messagingHandle(card.properties, context);
	if (handle) contact.handle = handle;
	const neighborhood = locality(all('ADR'), context);
	if (neighborhood) contact.neighborhood = neighborhood;
	const notes = all('NOTE')
		.map((property) => cleanText(textValue(property, context)).trim())
		.filter(Boolean)
		.join('\n');
	if (notes) contact.notes = notes;

	if (context.guessedIn.size > 0) {
		warnings.push({ code: 'charset-guessed', detail: [...context.guessedIn].join(', ') });
	}
	return { contact, warnings };
}

/** LANG lines read, by preference: no one speaks more, and each costs a locale lookup. */
const MAX_LANGUAGES = 20;

function languages(properties: RawProperty[], context: CardContext): string[] {
	const tags = new Set<string>();
	const byPreference = [...properties].sort((a, b) => a.pref - b.pref);
	for (const property of byPreference.slice(0, MAX_LANGUAGES)) {
		try {
			const [tag] = Intl.getCanonicalLocales(cleanName(textValue(property, context)));
			if (tag) tags.add(tag);
		} catch {
			// Not a BCP 47 tag: nothing to keep.
		}
	}
	return [...tags];
}

function messagingHandle(properties: RawProperty[], context: CardContext): string | undefined {
	let best: { rank: number; value: string } | undefined;
	for (const property of properties) {
		let rank = HANDLE_RANK.get(property.name);
		if (rank === undefined) continue;
		const value = cleanName(safeDecodeUri(textValue(property, context)));
		if (!value) continue;
		if (property.name === 'IMPP' && /^(sgnl|signal):/i.test(value)) rank = 0;
		if (!best || rank < best.rank) best = { rank, value };
	}
	return best?.value;
}

/** The home address's locality first: that is where the person lives. */
function locality(properties: RawProperty[], context: CardContext): string | undefined {
	const ordered = [
		...properties.filter((property) => property.types.includes('home')),
		...properties.filter((property) => !property.types.includes('home'))
	];
	for (const property of ordered) {
		const value = cleanName(components(property, context, ', ')[3] ?? '');
		if (value) return value;
	}
	return undefined;
}
