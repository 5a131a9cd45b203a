import { describe, expect, it } from 'vitest';
import type { ContactDraft } from './contact-types';
import {
	findDuplicates,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_CARDS,
	parseVCardFile,
	phoneKey,
	type ImportResult,
	type ImportWarning
} from './vcard-import';
import { corpusBytes, corpusFiles } from '../../../tests/fixtures/corpus';
import { cpuMilliseconds } from '../../../tests/support/cpu-time';

const readCorpus = (file: string) => new Uint8Array(corpusBytes(`vcards/${file}`));
const utf8 = (text: string) => new TextEncoder().encode(text);

function imported(result: ImportResult): { contacts: ContactDraft[]; warnings: ImportWarning[] } {
	if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
	return result;
}

function errorCode(result: ImportResult): string | undefined {
	return result.ok ? undefined : result.error.code;
}

const names = (contacts: ContactDraft[]) => contacts.map((contact) => contact.name);
const codes = (warnings: ImportWarning[]) => warnings.map((warning) => warning.code);

/** What each corpus file must give (see shared/corpus/README.md for why each file is there). */
const expectations: Record<string, (contacts: ContactDraft[], warnings: ImportWarning[]) => void> =
	{
		'aosp-v21_backslash.vcf': (contacts) => {
			// 2.1 unescapes only \\ \; \, and \: — any other backslash is text.
			expect(names(contacts)).toEqual(['A;B\\C;D:E\\']);
		},
		'aosp-v21_complicated.vcf': ([joe]) => {
			expect(joe?.name).toBe('Joe Due');
			expect(joe?.phones).toEqual([
				{ value: '(111) 555-1212', label: 'work' },
				{ value: '(404) 555-1212', label: 'home' },
				{ value: '0311111111', label: 'cell' },
				{ value: '0322222222', label: 'video' },
				{ value: '0333333333' }
			]);
			expect(joe?.emails).toEqual(['forrestgump@walladalla.com', 'cell@example.com']);
			expect(joe?.notes).toBe(
				"The following note is the example from RFC 2045.\nNow's the time for all folk to come to the aid of their country."
			);
			expect(joe?.neighborhood).toBe('Baytown');
		},
		'aosp-v21_invalid_comment_line.vcf': ([card]) => {
			expect(card?.name).toBe('Conference Call');
			expect(card?.notes).toBe(
				'This is an (sharp ->#<- sharp) example. This message must NOT be ignored.'
			);
		},
		'aosp-v21_japanese_2.vcf': ([card], warnings) => {
			expect(card?.name).toBe('安藤 ロイド 1');
			expect(card?.notes).toBe('メモ');
			expect(warnings).toEqual([]);
		},
		'aosp-v21_malformed_photo.vcf': (contacts) => {
			expect(names(contacts)).toEqual(['fullname']);
		},
		'aosp-v21_nest.vcf': (contacts) => {
			expect(names(contacts)).toEqual(['parent', 'nest1', 'nest2']);
			expect(contacts[0]?.phones).toEqual([{ value: '1' }]);
		},
		'aosp-v30_ios_613_multiline.vcf': ([bob]) => {
			expect(bob?.name).toBe('Bob Smith');
			expect(bob?.phones).toEqual([{ value: '(650) 555-1212', label: 'cell' }]);
			expect(bob?.emails).toEqual(['bob@smithauto.com']);
		},
		'eds-vcard-12.vcf': ([michael]) => {
			expect(michael?.name).toBe('Michael Brüning');
			expect(michael?.phones.map((phone) => phone.value)).toEqual([
				'+491622433834',
				'017623384942',
				'+4973117546691'
			]);
			expect(michael?.emails).toEqual(['ext-Michael.Bruning@nokia.com']);
			expect(michael?.neighborhood).toBe('Ulm');
		},
		'eds-vcard-13.vcf': ([ralf]) => {
			expect(ralf?.name).toBe('Ralf Engels');
			// The parameters were folded with a TAB in the middle of a word.
			expect(ralf?.phones).toEqual([
				{ value: '+1-919-676-9515', label: 'work' },
				{ value: '+1-919-676-9564', label: 'fax' }
			]);
			expect(ralf?.emails).toEqual(['Frank_Dawson@Lotus.com', 'semicolon;@points.net']);
		},
		'eds-vcard-5.vcf': ([card]) => {
			expect(card?.name).toBe('十城目管理大型知座');
			expect(card?.emails).toEqual(['weird@weird.com']);
		},
		'eds-vcard-8.vcf': ([frank], warnings) => {
			expect(frank?.name).toBe('Frank Dawson');
			expect(frank?.emails).toEqual(['Frank_Dawson@Lotus.com', 'fdawson@earthlink.net']);
			expect(warnings).toEqual([{ code: 'missing-end', index: 0 }]);
		},
		'eds-vcard-9.vcf': ([frank], warnings) => {
			expect(frank?.name).toBe('Frank Dawson');
			expect(frank?.phones).toHaveLength(2);
			expect(warnings).toEqual([{ code: 'missing-end', index: 0 }]);
		},
		'ezvcard-John_Doe_ANDROID.vcf': (contacts, warnings) => {
			expect(names(contacts)).toEqual([
				'john.doe@company.com',
				'jane.doe@company.com',
				'Ñ Ñ Ñ Ñ Ñ',
				'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ',
				'Ñ Ñ Ñ Ñ',
				'ÑÑÑÑ'
			]);
			expect(warnings.filter((w) => w.code === 'no-name').map((w) => w.index)).toEqual([0, 1]);
			expect(contacts[3]?.phones).toHaveLength(4);
		},
		'ezvcard-John_Doe_GMAIL.vcf': ([john]) => {
			expect(john?.name).toBe('Mr. John Richter, James Doe Sr.');
			expect(john?.phones).toEqual([
				{ value: '905-555-1234', label: 'cell' },
				{ value: '905-666-1234', label: 'home' }
			]);
			expect(john?.notes).toMatch(/^THIS SOFTWARE IS PROVIDED BY .* "AS IS" AND ANY/);
			expect(john?.notes).toMatch(/DAMAGE\.\nFavotire Color: Blue$/);
		},
		'ezvcard-John_Doe_IPHONE.vcf': ([john]) => {
			expect(john?.name).toBe('Mr. John Richter James Doe Sr.');
			expect(john?.phones.map((phone) => phone.label)).toEqual([
				'cell',
				'home',
				'work',
				'fax',
				'fax',
				'pager',
				'AssistantPhone'
			]);
			expect(john?.emails).toEqual(['john.doe@ibm.com']);
		},
		'ezvcard-John_Doe_MAC_ADDRESS_BOOK.vcf': ([john]) => {
			expect(john?.name).toBe('Mr. John Richter,James Doe Sr.');
			expect(john?.phones).toHaveLength(7);
			expect(john?.phones[6]).toEqual({ value: '905-222-1234', label: 'AssistantPhone' });
		},
		'ezvcard-John_Doe_MS_OUTLOOK.vcf': ([john]) => {
			expect(john?.name).toBe('Mr. John Richter James Doe Sr.');
			expect(john?.phones).toHaveLength(2);
			expect(john?.emails).toEqual(['john.doe@ibm.cm']);
			expect(john?.handle).toBe('johny5@aol.com');
		},
		'ezvcard-gmail-list.vcf': (contacts) => {
			expect(names(contacts)).toEqual(['Arnold Smith', 'Chris Beatle', 'Doug White']);
			expect(contacts.every((contact) => contact.emails.length === 1)).toBe(true);
		},
		'ezvcard-rfc6350-example.vcf': ([simon]) => {
			expect(simon?.name).toBe('Simon Perreault');
			expect(simon?.phones).toEqual([
				{ value: '+1-418-656-9254 ext. 102', label: 'work' },
				{ value: '+1-418-262-6501', label: 'cell' }
			]);
			expect(simon?.languages).toEqual(['fr', 'en']);
			expect(simon?.neighborhood).toBe('Quebec');
		},
		'ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf': ([john]) => {
			expect(john?.name).toBe('John Doe');
			expect(john?.phones).toHaveLength(5);
			expect(john?.emails).toHaveLength(5);
			expect(john?.notes).toBe(
				'This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything in the "note" field; even curse words.'
			);
		},
		'ical4j-vcard-vCards-SAP.vcf': (contacts, warnings) => {
			expect(contacts).toHaveLength(30);
			expect(names(contacts)).toEqual(
				expect.arrayContaining(['Ingrid Spaßlund', 'Günther Blümchen', 'Berit Müller'])
			);
			expect(codes(warnings)).toContain('charset-guessed');
		},
		'kcontacts-testfullvcard.vcf': ([sherlock]) => {
			expect(sherlock?.name).toBe('Sherlock Holmes');
			expect(sherlock?.phones.map((phone) => phone.value)).toEqual([
				'+44-555-555-5555 ext. 5555',
				'+44-555-555-6666',
				'+44-555-555-7777'
			]);
			expect(sherlock?.languages).toEqual(['en', 'fr']);
			expect(sherlock?.handle).toBe('xmpp:detective@sherlockholmes.com');
			expect(sherlock?.neighborhood).toBe('London');
		},
		'kcontacts-vcard10.vcf': (contacts) => {
			expect(names(contacts)).toEqual([
				'Bike Shop',
				'Field after Address broken',
				'Field after Address not broken',
				'Dr. med. Surname Name',
				'Second Doctor'
			]);
			expect(contacts[1]?.notes).toMatch(/^This one's URL field is truncated/);
			expect(contacts[3]?.notes).toMatch(/^Sprechzeiten:\nMo {3}8–12, 15–18\n/);
		},
		'kcontacts-vcard4.vcf': ([ximian], warnings) => {
			expect(ximian?.name).toBe('Ximian, Inc.');
			expect(ximian?.phones).toHaveLength(2);
			expect(codes(warnings)).toEqual(['no-name']);
		},
		'kcontacts-vcard9.vcf': ([card]) => {
			expect(card?.name).toBe('βγδεαβγδ1'.repeat(11));
			expect(card?.notes).toBe(
				'Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов.'
			);
		},
		'node-vcf-multiple.vcf': (contacts) => {
			expect(names(contacts)).toEqual(Array(3).fill('Dr. Erika Mustermann'));
			expect(contacts.map((contact) => contact.neighborhood)).toEqual(['Köln', 'Koeln', 'Köln']);
			expect(contacts[0]?.phones[0]).toEqual({ value: '+49-221-9999123', label: 'work' });
		},
		'radicale-vcard-quoted-printable1.vcf': ([card]) => {
			expect(card?.name).toBe('黄世勇');
			expect(card?.neighborhood).toBe('北京 丰台区');
		},
		'roundcube-thebat.vcf': ([piotr], warnings) => {
			// No charset is declared: windows-1252 is the guess, and the warning says so.
			expect(piotr?.name).toBe('Piotr Iksiñski');
			expect(warnings).toEqual([{ code: 'charset-guessed', index: 0, detail: 'FN' }]);
		},
		'roundcube-utf-16_sample.vcf': ([card]) => {
			expect(card?.name).toBe('Ǽgean ĽdaMonté');
			expect(card?.neighborhood).toBe('LaPaz');
		},
		'syncevolution-googlecontacts-testDownload-remote.vcf': ([john]) => {
			expect(john?.name).toBe('Mr. John 1 Doe Sr.');
			expect(john?.emails).toEqual(['john.doe@home.com', 'doe@work.com', 'john@custom.com']);
			expect(john?.handle).toBe('xmpp:google talk');
			expect(john?.notes).toBe('A test contact.');
		}
	};

const vcardFiles = corpusFiles('vcards', '.vcf');

describe('parseVCardFile on the corpus', () => {
	it('has an expectation for every corpus file', () => {
		expect(vcardFiles).toEqual(Object.keys(expectations).sort());
	});

	it.each(vcardFiles)('%s', (file) => {
		const { contacts, warnings } = imported(parseVCardFile(readCorpus(file)));
		for (const contact of contacts) {
			expect(contact.name.trim()).not.toBe('');
			expect(contact.name).not.toContain('\uFFFD');
			expect(contact.roles).toEqual([]);
			expect(contact.groupIds).toEqual([]);
			for (const phone of contact.phones) expect(phone.value).toMatch(/\d/);
		}
		for (const warning of warnings) {
			if (warning.code !== 'skipped-card') expect(contacts[warning.index]).toBeDefined();
		}
		expectations[file]?.(contacts, warnings);
	});

	it.each(['ezvcard-John_Doe_ANDROID.vcf', 'eds-vcard-5.vcf', 'roundcube-utf-16_sample.vcf'])(
		'%s cut at every byte never throws or shows U+FFFD in a name',
		(file) => {
			const bytes = readCorpus(file);
			for (let end = 0; end <= bytes.length; end++) {
				const result = parseVCardFile(bytes.subarray(0, end));
				if (result.ok) for (const c of result.contacts) expect(c.name).not.toContain('\uFFFD');
			}
		}
	);
});

describe('parseVCardFile on files that are not vCards', () => {
	it('rejects an empty or blank file', () => {
		expect(errorCode(parseVCardFile(new Uint8Array(0)))).toBe('empty');
		expect(errorCode(parseVCardFile(utf8(' \r\n\t\n')))).toBe('empty');
	});

	it('rejects random bytes', () => {
		let seed = 42;
		const bytes = new Uint8Array(20_000).map(() => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed >> 16;
		});
		expect(errorCode(parseVCardFile(bytes))).toBe('not-vcard');
	});

	it('rejects a PNG renamed to .vcf', () => {
		const png = new Uint8Array([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
			0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, 0x49, 0x44, 0x41,
			0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45,
			0x4e, 0x44, 0xae, 0x42, 0x60, 0x82
		]);
		expect(errorCode(parseVCardFile(png))).toBe('not-vcard');
	});

	it('rejects text without BEGIN:VCARD', () => {
		expect(errorCode(parseVCardFile(utf8('FN:Someone\nTEL:555 0100\n')))).toBe('not-vcard');
	});

	it('rejects cards with nothing in them', () => {
		const result = parseVCardFile(utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n'));
		expect(errorCode(result)).toBe('no-contacts');
	});

	it('rejects files over 5 MB and over 5,000 cards', () => {
		expect(errorCode(parseVCardFile(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe('too-large');
		const card = 'BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n';
		expect(errorCode(parseVCardFile(utf8(card.repeat(MAX_IMPORT_CARDS + 1))))).toBe('too-large');
		expect(imported(parseVCardFile(utf8(card.repeat(MAX_IMPORT_CARDS)))).contacts).toHaveLength(
			MAX_IMPORT_CARDS
		);
	});

	it('says UTF-32 is unreadable', () => {
		const text = 'BEGIN:VCARD\nFN:A\nEND:VCARD\n';
		const bytes = new Uint8Array(text.length * 4);
		[...text].forEach((ch, i) => (bytes[i * 4 + 3] = ch.charCodeAt(0)));
		expect(errorCode(parseVCardFile(bytes))).toBe('unreadable-encoding');
	});
});

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const units = (bom ? '\uFEFF' : '') + text;
	const bytes = new Uint8Array(units.length * 2);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
	return bytes;
}

describe('parseVCardFile edge cases', () => {
	const card =
		'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Núñez 😀\r\nTEL:+1 312 555 0100\r\nEND:VCARD\r\n';

	it.each([
		['UTF-16LE with BOM', utf16(card, true, true)],
		['UTF-16LE without BOM', utf16(card, true, false)],
		['UTF-16BE with BOM', utf16(card, false, true)],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(card)])]
	])('reads %s', (_label, bytes) => {
		const [contact] = imported(parseVCardFile(bytes)).contacts;
		expect(contact).toEqual({
			name: 'José Núñez 😀',
			phones: [{ value: '+1 312 555 0100' }],
			emails: [],
			roles: [],
			languages: [],
			groupIds: []
		});
	});

	it('honors a declared legacy charset', () => {
		const head = utf8(
			'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:'
		);
		const rest = utf8('Iksi=F1ski;Piotr\r\nEND:VCARD\r\n');
		const result = imported(parseVCardFile(new Uint8Array([...head, ...rest])));
		expect(result.contacts[0]?.name).toBe('Piotr Iksiński');
		expect(result.warnings).toEqual([]);
	});

	it('guesses, and says so, when the declared charset is unknown', () => {
		const file = 'BEGIN:VCARD\nFN;CHARSET=X-NOPE:Ana\nEND:VCARD\n';
		const result = imported(parseVCardFile(utf8(file)));
		expect(result.contacts[0]?.name).toBe('Ana');
		expect(codes(result.warnings)).toEqual(['charset-guessed']);
	});

	it('unfolds on bytes, so a TAB fold inside a UTF-8 character is harmless', () => {
		const name = utf8('FN:Ñandú');
		// Split the two bytes of "ú" over two lines.
		const bytes = new Uint8Array([
			...utf8('BEGIN:VCARD\r\n'),
			...name.subarray(0, name.length - 1),
			...utf8('\r\n\t'),
			...name.subarray(name.length - 1),
			...utf8('\r\nEND:VCARD\r\n')
		]);
		expect(imported(parseVCardFile(bytes)).contacts[0]?.name).toBe('Ñandú');
	});

	it('unescapes 3.0 text and keeps a soft break from eating END:VCARD', () => {
		const file = [
			'BEGIN:VCARD',
			'VERSION:3.0',
			'FN:Lopez\\, Ana \\; hija',
			'NOTE:line one\\nback\\\\slash\\, comma\\; semi',
			'END:VCARD',
			'BEGIN:VCARD',
			'VERSION:2.1',
			'FN;ENCODING=QUOTED-PRINTABLE:Beto=',
			'END:VCARD',
			''
		].join('\r\n');
		const { contacts, warnings } = imported(parseVCardFile(utf8(file)));
		expect(names(contacts)).toEqual(['Lopez, Ana ; hija', 'Beto']);
		expect(contacts[0]?.notes).toBe('line one\nback\\slash, comma; semi');
		expect(warnings).toEqual([]);
	});

	it('reads custom labels from item groups and strips tel: URIs', () => {
		const file = [
			'BEGIN:VCARD',
			'VERSION:4.0',
			'FN:Rosa',
			'item1.TEL;VALUE=uri:tel:+1-773-555-0100',
			'item1.X-ABLabel:Night shift',
			'item2.TEL:+1 773 555 0101',
			'item2.X-ABLabel:_$!<Mobile>!$_',
			'IMPP:xmpp:rosa@example.org',
			'X-SIGNAL:rosa.01',
			'LANG;PREF=2:en',
			'LANG;PREF=1:es-MX',
			'ADR;TYPE=work:;;1 Main St;Cicero;IL;;',
			'ADR;TYPE=home:;;2 Elm St;Pilsen;IL;;',
			'END:VCARD'
		].join('\n');
		const [rosa] = imported(parseVCardFile(utf8(file))).contacts;
		expect(rosa?.phones).toEqual([
			{ value: '+1-773-555-0100', label: 'Night shift' },
			{ value: '+1 773 555 0101', label: 'cell' }
		]);
		expect(rosa?.handle).toBe('rosa.01');
		expect(rosa?.languages).toEqual(['es-MX', 'en']);
		expect(rosa?.neighborhood).toBe('Pilsen');
	});

	it('drops the cut-off last line of a truncated card', () => {
		const result = imported(parseVCardFile(utf8('BEGIN:VCARD\nFN:Ana\nTEL:555-01')));
		expect(result.contacts[0]).toMatchObject({ name: 'Ana', phones: [] });
		expect(result.warnings).toEqual([{ code: 'missing-end', index: 0 }]);
	});

	it('keeps every property a line break follows when the file stops mid-line', () => {
		const cutInEnd = imported(parseVCardFile(utf8('BEGIN:VCARD\nFN:Ana\nTEL:5550100\nEND:VCA')));
		expect(cutInEnd.contacts).toMatchObject([{ name: 'Ana', phones: [{ value: '5550100' }] }]);
		expect(cutInEnd.warnings).toEqual([{ code: 'missing-end', index: 0 }]);
		const nameOnly = imported(parseVCardFile(utf8('BEGIN:VCARD\r\nFN:Ana\r\nEND:VC')));
		expect(names(nameOnly.contacts)).toEqual(['Ana']);
		// A fold that the cut interrupts is part of its property, which is dropped whole.
		const folded = imported(parseVCardFile(utf8('BEGIN:VCARD\nFN:Ana\nTEL:555\n 01')));
		expect(folded.contacts[0]?.phones).toEqual([]);
	});

	it('reads END:VCARD without a line break after it as the end', () => {
		const result = imported(parseVCardFile(utf8('BEGIN:VCARD\nFN:Ana\nTEL:5550100\nEND:VCARD')));
		expect(result.contacts[0]?.phones).toEqual([{ value: '5550100' }]);
		expect(result.warnings).toEqual([]);
	});

	it('keeps labels named after Object.prototype members as text', () => {
		const file = [
			'BEGIN:VCARD',
			'FN:Ana',
			'item1.TEL:5550101',
			'item1.X-ABLabel:__proto__',
			'item2.TEL:5550102',
			'item2.X-ABLabel:constructor',
			'TEL;TYPE=__proto__,constructor,toString:5550103',
			'X-__PROTO__:x',
			'END:VCARD'
		].join('\n');
		expect(imported(parseVCardFile(utf8(file))).contacts[0]?.phones).toEqual([
			{ value: '5550101', label: '__proto__' },
			{ value: '5550102', label: 'constructor' },
			{ value: '5550103' }
		]);
	});

	it('handles thousands of nested BEGINs without END', () => {
		const result = parseVCardFile(utf8('BEGIN:VCARD\n'.repeat(4000)));
		expect(errorCode(result)).toBe('no-contacts');
	});

	it('stays linear on 300,000 folds or soft breaks', () => {
		const folds = utf8(`BEGIN:VCARD\nFN:Ana\nX-BOMB${'\n x'.repeat(300_000)}\nEND:VCARD\n`);
		const soft = utf8(
			`BEGIN:VCARD\nFN:Ana\nNOTE;QUOTED-PRINTABLE:${'=\n'.repeat(300_000)}END:VCARD\n`
		);
		let results: ImportResult[] = [];
		expect(cpuMilliseconds(() => (results = [folds, soft].map(parseVCardFile)))).toBeLessThan(4000);
		expect(names(imported(results[0]!).contacts)).toEqual(['Ana']);
		expect(imported(results[1]!).contacts[0]?.notes).toBeUndefined();
	});

	/** About 1 MB: the header, then `unit` repeated, then the tail. */
	const megabyte = (head: string, unit: (i: number) => string, tail = 'END:VCARD\n') => {
		const parts = [head];
		for (let length = head.length, i = 0; length < 1 << 20; i++) {
			parts.push(unit(i));
			length += parts.at(-1)!.length;
		}
		return utf8(parts.join('') + tail);
	};

	// Each of these once took seconds to minutes: a rescan per bare CR, and a list search per
	// EMAIL or LANG against every earlier one. A phone is slower than this machine, hence the room.
	const note = 'x'.repeat(180);
	it.each([
		['bare CRs', megabyte('BEGIN:VCARD\nFN:Ana\n', () => '\r')],
		['CR runs before LF', megabyte('BEGIN:VCARD\nFN:Ana\n', () => '\r\r\r\n')],
		['distinct EMAIL lines', megabyte('BEGIN:VCARD\nFN:Ana\n', (i) => `EMAIL:a${i}@x.org\n`)],
		['distinct LANG lines', megabyte('BEGIN:VCARD\nFN:Ana\n', (i) => `LANG:en-x-${i}\n`)],
		['distinct TEL lines', megabyte('BEGIN:VCARD\nFN:Ana\n', (i) => `TEL:${1e6 + i}\n`)],
		['empty FN lines', megabyte('BEGIN:VCARD\n', () => 'FN:\n', 'FN:Ana\nEND:VCARD\n')],
		['folded lines', megabyte('BEGIN:VCARD\nFN:Ana\nNOTE:', () => '\n x', '\nEND:VCARD\n')],
		['one long line', megabyte('BEGIN:VCARD\nFN:Ana\nNOTE:', () => 'a\\,', '\nEND:VCARD\n')],
		[
			'5,000 cards',
			megabyte('', (i) => `BEGIN:VCARD\nFN:A${i}\nTEL:${1e6 + i}\nNOTE:${note}\nEND:VCARD\n`, '')
		]
	])('parses 1 MB of %s in well under a second', (_name, bytes) => {
		let result: ImportResult | undefined;
		expect(cpuMilliseconds(() => (result = parseVCardFile(bytes)))).toBeLessThan(1000);
		expect(result?.ok).toBe(true);
	});

	it('reports skipped cards by their place in the file', () => {
		const file = 'BEGIN:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:Ana\nEND:VCARD\n';
		const { contacts, warnings } = imported(parseVCardFile(utf8(file)));
		expect(names(contacts)).toEqual(['Ana']);
		expect(warnings).toEqual([
			{ code: 'skipped-card', index: 0, detail: 'no name, phone or email' }
		]);
	});
});

describe('findDuplicates', () => {
	const draft = (name: string, ...phones: string[]): ContactDraft => ({
		name,
		phones: phones.map((value) => ({ value })),
		emails: [],
		roles: [],
		languages: [],
		groupIds: []
	});
	const existing = [
		{ id: 'a', name: 'José Núñez', phones: [{ value: '(312) 555-0100' }] },
		{ id: 'b', name: 'Ana', phones: [{ value: '+1 773 555 0199 ext. 4' }] },
		{ id: 'c', name: 'Beto', phones: [{ value: '1' }] }
	];

	it('matches on the last 10 digits or on the name without case and accents', () => {
		const result = findDuplicates(
			[
				draft('JOSE NUNEZ'),
				draft('Someone', '+1-312-555-0100'),
				draft('Ana', '17735550199'),
				draft('Nobody', '1'),
				draft('  ana  ', '312.555.0100')
			],
			existing
		);
		expect([...result]).toEqual([
			[0, ['a']],
			[1, ['a']],
			[2, ['b']],
			[4, ['a', 'b']]
		]);
	});

	it('gives short numbers no key', () => {
		expect(phoneKey('911')).toBeUndefined();
		expect(phoneKey('+52 55 1234 5678')).toBe('5512345678');
		expect(phoneKey('312-555-0100 x12')).toBe('3125550100');
	});
});
