import { describe, expect, it } from 'vitest';
import type { ContactDraft } from './contact-types';
import { toVCard, type VCardVersion } from './vcard-export';
import { cleanName, cleanText, parseVCardFile } from './vcard-import';
import { corpusBytes, corpusFiles, corpusText } from '../../../tests/fixtures/corpus';

function draft(name: string, extra: Partial<ContactDraft> = {}): ContactDraft {
	return { name, phones: [], emails: [], roles: [], languages: [], groupIds: [], ...extra };
}

function reimport(contacts: ContactDraft[], version?: VCardVersion): ContactDraft[] {
	const result = parseVCardFile(new TextEncoder().encode(toVCard(contacts, { version })));
	if (!result.ok) throw new Error(result.error.code);
	return result.contacts;
}

/** About 100 naughty strings, spread over the whole list. */
const naughty = corpusText('strings/blns.txt')
	.split('\n')
	.filter((line) => line.trim() !== '' && !line.startsWith('#'))
	.filter((_line, i) => i % 5 === 0);

const maria = draft('María José Núñez', {
	phones: [
		{ value: '+1 (312) 555-0100', label: 'cell' },
		{ value: '312-555-0101', label: 'home' },
		{ value: '+1-312-555-0102' }
	],
	emails: ['maria@example.org'],
	roles: ['driver', 'translator'],
	languages: ['es-MX', 'en'],
	notes: 'Habla español; calls, not texts.\nNights',
	groupIds: ['g1']
});

describe('toVCard', () => {
	it('writes 3.0 with CRLF, FN, N, typed TEL and EMAIL, and no roles or LANG', () => {
		const text = toVCard([maria]);
		expect(text).toBe(
			[
				'BEGIN:VCARD',
				'VERSION:3.0',
				'FN:María José Núñez',
				'N:;María José Núñez;;;',
				'TEL;TYPE=cell:+1 (312) 555-0100',
				'TEL;TYPE=home:312-555-0101',
				'TEL:+1-312-555-0102',
				'EMAIL;TYPE=INTERNET:maria@example.org',
				'NOTE:Habla español\\; calls\\, not texts.\\nNights',
				'END:VCARD',
				''
			].join('\r\n')
		);
	});

	it('writes 4.0 with tel: URIs where the number allows and LANG in order', () => {
		const text = toVCard([maria], { version: '4.0' });
		expect(text).toContain('\r\nVERSION:4.0\r\n');
		expect(text).toContain('\r\nTEL;VALUE=uri;TYPE=home:tel:312-555-0101\r\n');
		expect(text).toContain('\r\nTEL;VALUE=text;TYPE=cell:+1 (312) 555-0100\r\n');
		expect(text).toContain('\r\nLANG;PREF=1:es-MX\r\nLANG;PREF=2:en\r\n');
		expect(text).not.toContain('driver');
	});

	it('gives an empty list an empty file', () => {
		expect(toVCard([])).toBe('');
	});

	it('folds at 75 octets without splitting a UTF-8 sequence or an escape', () => {
		const long = draft('名前'.repeat(40) + ' 👩🏽‍🔧'.repeat(10), {
			notes: 'a,'.repeat(100) + 'é'.repeat(100)
		});
		const bytes = new TextEncoder().encode(toVCard([long], { version: '4.0' }));
		const text = new TextDecoder().decode(bytes);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.split('\r\n');
		expect(lines.length).toBeGreaterThan(10);
		let offset = 0;
		for (const line of lines) {
			const length = new TextEncoder().encode(line).length;
			expect(length).toBeLessThanOrEqual(75);
			// Each physical line on its own must be whole UTF-8.
			expect(() =>
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset, offset + length))
			).not.toThrow();
			expect(line).not.toMatch(/\\$/);
			offset += length + 2;
		}
		expect(reimport([long])[0]).toMatchObject({ name: long.name, notes: long.notes });
	});

	it('keeps a custom phone label as an Apple item label', () => {
		const custom = draft('Beto', {
			phones: [
				{ value: '773 555 0100', label: 'Night shift' },
				{ value: '773 555 0101', label: 'main' }
			]
		});
		const text = toVCard([custom]);
		expect(text).toContain('item1.TEL:773 555 0100\r\nitem1.X-ABLabel:Night shift\r\n');
		expect(reimport([custom])[0]?.phones).toEqual(custom.phones);
	});
});

describe('toVCard → parseVCardFile round trip', () => {
	const scripts = [
		draft('محمد عبد الله', { notes: 'يتحدث العربية فقط' }),
		draft('שרה לוי', { notes: 'מתנדבת' }),
		draft('Nguyễn Thị Minh Khai'),
		draft('王小明'),
		draft('Ольга Петрова'),
		draft('Δημήτρης'),
		draft('Ana 👩🏽‍🔧🇲🇽', { notes: 'emoji ✊🏾 and ZWJ 👨‍👩‍👧' }),
		draft("K'iche' speaker: Xuwan Tz'ib'", { handle: 'sgnl:xuwan' }),
		draft('Back\\slash, comma; semi', { notes: 'a\\nb is not a line break\r\nbut this is' })
	];

	it.each(['3.0', '4.0'] as const)('keeps names, phones, emails and notes in %s', (version) => {
		const contacts = [maria, ...scripts].map((contact, i) => ({
			...contact,
			phones: [...contact.phones, { value: `+1 312 555 ${String(1000 + i)}`, label: 'work' }],
			emails: [...contact.emails, `person${i}@example.org`]
		}));
		const back = reimport(contacts, version);
		expect(back).toHaveLength(contacts.length);
		back.forEach((contact, i) => {
			const original = contacts[i]!;
			expect(contact.name).toBe(original.name);
			expect(contact.phones).toEqual(original.phones);
			expect(contact.emails).toEqual(original.emails);
			expect(contact.notes).toBe(original.notes && cleanText(original.notes));
			expect(contact.roles).toEqual([]);
			expect(contact.languages).toEqual(version === '4.0' ? original.languages : []);
		});
		expect(back[8]?.handle).toBe('sgnl:xuwan');
	});

	it.each(['3.0', '4.0'] as const)(
		'keeps about 100 naughty strings as names and notes in %s',
		(version) => {
			expect(naughty.length).toBeGreaterThanOrEqual(95);
			const contacts = naughty.map((line, i) =>
				draft(line, {
					phones: [{ value: `555 01${String(i).padStart(2, '0')}` }],
					emails: [`n${i}@example.org`],
					notes: line
				})
			);
			const back = reimport(contacts, version);
			expect(back).toHaveLength(contacts.length);
			back.forEach((contact, i) => {
				const line = naughty[i]!;
				const original = contacts[i]!;
				// A string of nothing but control characters and spaces leaves no name to keep.
				expect(contact.name, line).toBe(cleanName(line) || original.phones[0]!.value);
				expect(contact.phones, line).toEqual(original.phones);
				expect(contact.emails, line).toEqual(original.emails);
				expect(contact.notes, line).toBe(cleanText(line).trim() || undefined);
			});
		}
	);

	it.each(['3.0', '4.0'] as const)('keeps a messaging handle as it was in %s', (version) => {
		const handles = [
			'xmpp:ana%20maria@example.org',
			'sgnl:100%',
			'xmpp:back\\slash',
			'xmpp:a,b;c',
			'https://signal.me/#p/+1 312 555 0100'
		];
		const back = reimport(
			handles.map((handle) => draft('Ana', { handle })),
			version
		);
		expect(back.map((contact) => contact.handle)).toEqual(handles);
	});

	const corpus = corpusFiles('vcards', '.vcf');

	it.each(corpus)('exports what was imported from %s and reads it back the same', (file) => {
		const result = parseVCardFile(new Uint8Array(corpusBytes(`vcards/${file}`)));
		if (!result.ok) throw new Error(result.error.code);
		for (const version of ['3.0', '4.0'] as const) {
			const back = reimport(result.contacts, version);
			expect(back.map((c) => c.name)).toEqual(result.contacts.map((c) => c.name));
			back.forEach((contact, i) => {
				const original = result.contacts[i]!;
				expect(contact.phones.map((p) => p.value)).toEqual(original.phones.map((p) => p.value));
				expect(contact.emails).toEqual(original.emails);
				expect(contact.neighborhood).toBe(original.neighborhood);
				expect(contact.notes).toBe(original.notes);
			});
		}
	});
});
