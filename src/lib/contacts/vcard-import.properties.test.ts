import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusBytes, corpusFiles } from '../../../tests/fixtures/corpus';
import { cpuMilliseconds } from '../../../tests/support/cpu-time';
import { fuzzing, fuzzOptions, fuzzTimeout } from '../../../tests/support/fuzz';
import { parseVCardFile, type ImportError, type ImportResult } from './vcard-import';

const ERROR_CODES: ImportError['code'][] = [
	'empty',
	'not-vcard',
	'unreadable-encoding',
	'no-contacts',
	'too-large'
];
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;

/** No input of this size may take longer: the quadratic bugs took seconds at 64 KB. */
const MAX_CPU_MS = 500;

// Properties draw file names rather than bytes, so that a failure prints a short example.
const corpus = new Map(
	corpusFiles('vcards', '.vcf').map((file) => [file, new Uint8Array(corpusBytes(`vcards/${file}`))])
);
const fileBytes = (file: string) => corpus.get(file)!;

function timedParse(bytes: Uint8Array): ImportResult {
	let result: ImportResult | undefined;
	const took = cpuMilliseconds(() => (result = parseVCardFile(bytes)));
	expect(took, `${bytes.length} bytes`).toBeLessThan(MAX_CPU_MS);
	return result!;
}

/** Anything the importer gives back is its own error, or contacts the preview can show. */
function expectWellFormed(result: ImportResult): void {
	if (!result.ok) {
		expect(ERROR_CODES).toContain(result.error.code);
		return;
	}
	expect(result.contacts.length).toBeGreaterThan(0);
	for (const contact of result.contacts) {
		expect(contact.name.trim()).not.toBe('');
		for (const phone of contact.phones) {
			expect(phone.value).toMatch(/\d/);
			expect(['string', 'undefined']).toContain(typeof phone.label);
		}
		for (const email of contact.emails) expect(email).toContain('@');
		for (const tag of contact.languages) expect(typeof tag).toBe('string');
		for (const text of [contact.handle, contact.neighborhood, contact.notes]) {
			expect(['string', 'undefined']).toContain(typeof text);
		}
		expect(contact.roles).toEqual([]);
		expect(contact.groupIds).toEqual([]);
	}
	for (const warning of result.warnings) {
		if (warning.code !== 'skipped-card') expect(result.contacts[warning.index]).toBeDefined();
	}
}

const phonesOf = (result: ImportResult): Set<string> =>
	new Set(result.ok ? result.contacts.flatMap((c) => c.phones.map((p) => p.value)) : []);

/**
 * The end of the last line before `cut` that is surely whole: a line break follows it, the
 * next line does not continue it as a fold, and it does not end in `=` (a quoted-printable soft
 * break would join the next line to it).
 */
function lastWholeLine(bytes: Uint8Array, cut: number): number {
	for (let end = cut; end > 0; end--) {
		const breaks = bytes[end - 1] === LF || bytes[end - 1] === CR;
		const folds = end < cut && (bytes[end] === SPACE || bytes[end] === TAB);
		let lineEnd = end - 1;
		while (lineEnd > 0 && (bytes[lineEnd - 1] === LF || bytes[lineEnd - 1] === CR)) lineEnd--;
		if (breaks && !folds && bytes[lineEnd - 1] !== EQUALS) return end;
	}
	return 0;
}

/**
 * A file cut at any byte parses without throwing, and keeps every number whose line was whole
 * before the cut: what a cut at that line's end gives, the longer file gives too.
 */
function checkCut(bytes: Uint8Array, cut: number): void {
	const result = timedParse(bytes.subarray(0, cut));
	expectWellFormed(result);
	const whole = phonesOf(parseVCardFile(bytes.subarray(0, lastWholeLine(bytes, cut))));
	const kept = phonesOf(result);
	expect(
		[...whole].filter((phone) => !kept.has(phone)),
		`cut at ${cut}`
	).toEqual([]);
}

// UTF-16 has two-byte line breaks; its cuts are left to the crash properties.
const eightBit = [...corpus.keys()].filter((file) => !fileBytes(file).includes(0));

/** Pieces of vCard syntax, and of the trouble the importer has met, to build files from. */
const piece = fc.constantFrom(
	'BEGIN:VCARD',
	'END:VCARD',
	'VERSION:2.1',
	'VERSION:3.0',
	'FN:',
	'TEL:',
	'item1.X-ABLabel:',
	';ENCODING=QUOTED-PRINTABLE',
	';CHARSET=',
	'utf-8',
	'iso-8859-2',
	'x-nope',
	'__proto__',
	'constructor',
	'toString',
	'_$!<Mobile>!$_',
	'sgnl:',
	'mailto:',
	'"',
	';',
	',',
	':',
	'=',
	'=C3=B1',
	'=\r\n',
	'\\',
	'\\n',
	'\\,',
	'#',
	' ',
	'\t',
	'\r',
	'\n',
	'\r\n',
	'\r\r\n',
	'\n ',
	'5550100',
	'+1 (312) 555-0100',
	' ext. 12',
	';ext=9',
	'%',
	'%41',
	'%E9',
	'@',
	'a@b.co',
	'\u0000',
	'\uFEFF',
	'ñ',
	'黄',
	'😀'
);
const text = fc
	.array(fc.oneof({ weight: 4, arbitrary: piece }, fc.string({ unit: 'binary', maxLength: 4 })), {
		maxLength: 8
	})
	.map((pieces) => pieces.join(''));

/** One property: a name, some parameters, a value, and how its line ends. */
const property = fc
	.tuple(
		fc.constantFrom(
			'FN',
			'N',
			'TEL',
			'item1.TEL',
			'item1.X-ABLabel',
			'item2.TEL',
			'item2.X-ABLabel',
			'EMAIL',
			'IMPP',
			'X-SIGNAL',
			'LANG',
			'ADR',
			'NOTE',
			'NICKNAME',
			'ORG',
			'PHOTO',
			'VERSION',
			'BEGIN',
			'END',
			'__proto__',
			'constructor'
		),
		fc.array(
			fc.constantFrom(
				';TYPE=cell',
				';TYPE=__proto__,constructor,toString',
				';ENCODING=QUOTED-PRINTABLE',
				';QUOTED-PRINTABLE',
				';CHARSET=iso-8859-2',
				';CHARSET=__proto__',
				';PREF=1',
				';VALUE=uri',
				';X="a:b;c"',
				';ENCODING=b',
				';TYPE="home,work"'
			),
			{ maxLength: 3 }
		),
		text,
		fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\r\n ', '\n\t', '=\r\n', '')
	)
	.map(([name, params, value, end]) => `${name}${params.join('')}:${value}${end}`);

/** Cards of such properties, some without END, some nested, with junk between them. */
const vcardText = fc
	.array(
		fc.oneof(
			{
				weight: 3,
				arbitrary: fc
					.tuple(fc.array(property, { maxLength: 12 }), fc.boolean())
					.map(
						([lines, ended]) => `BEGIN:VCARD\r\n${lines.join('')}${ended ? 'END:VCARD\r\n' : ''}`
					)
			},
			text
		),
		{ maxLength: 6 }
	)
	.map((parts) => parts.join(''));

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = new Uint8Array(text.length * 2);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
	return bytes;
}

const encodings = {
	'utf-8': (text: string) => new TextEncoder().encode(text),
	'utf-16le': (text: string) => utf16(text, true),
	'utf-16be': (text: string) => utf16(text, false)
};
const encoding = fc.constantFrom<keyof typeof encodings>('utf-8', 'utf-8', 'utf-16le', 'utf-16be');

function concat(pieces: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
	let offset = 0;
	for (const piece of pieces) {
		out.set(piece, offset);
		offset += piece.length;
	}
	return out;
}

interface Edit {
	kind: 'insert' | 'delete' | 'replace' | 'repeat';
	at: number;
	length: number;
	inserted: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
	kind: fc.constantFrom('insert', 'delete', 'replace', 'repeat'),
	at: fc.nat(),
	length: fc.nat({ max: 64 }),
	inserted: text
});

/** A corpus file with a few bytes inserted, deleted, replaced or repeated. */
function mutated(file: string, edits: Edit[]): Uint8Array {
	return edits.reduce<Uint8Array>((current, { kind, at, length, inserted }) => {
		const start = at % (current.length + 1);
		const end = Math.min(current.length, start + length);
		const bytes = new TextEncoder().encode(inserted);
		const pieces: Record<Edit['kind'], Uint8Array[]> = {
			insert: [current.subarray(0, start), bytes, current.subarray(start)],
			delete: [current.subarray(0, start), current.subarray(end)],
			replace: [current.subarray(0, start), bytes, current.subarray(end)],
			repeat: [current.subarray(0, end), current.subarray(start)]
		};
		return concat(pieces[kind]);
	}, fileBytes(file));
}

describe('parseVCardFile properties', () => {
	it(
		'gives random bytes its own error or contacts, quickly',
		() => {
			fc.assert(
				fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
					expectWellFormed(timedParse(bytes));
				}),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);

	it(
		'gives files built from vCard pieces its own error or contacts, quickly',
		() => {
			fc.assert(
				fc.property(vcardText, encoding, (text, name) =>
					expectWellFormed(timedParse(encodings[name](text)))
				),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);

	it(
		'keeps every whole number of a corpus file cut anywhere',
		() => {
			const cuts = fc
				.constantFrom(...eightBit)
				.chain((file) => fc.tuple(fc.constant(file), fc.nat({ max: fileBytes(file).length })));
			fc.assert(
				fc.property(cuts, ([file, cut]) => checkCut(fileBytes(file), cut)),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);

	it.runIf(fuzzing)(
		'keeps every whole number of every corpus file cut at every byte',
		() => {
			for (const file of eightBit) {
				const bytes = fileBytes(file);
				for (let cut = 0; cut <= bytes.length; cut++) checkCut(bytes, cut);
			}
		},
		fuzzTimeout
	);

	it(
		'gives mutated corpus files its own error or contacts, quickly',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...corpus.keys()),
					fc.array(edit, { minLength: 1, maxLength: 8 }),
					(file, edits) => expectWellFormed(timedParse(mutated(file, edits)))
				),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);
});
