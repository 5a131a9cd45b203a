import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isGsm7, smsEncoding, smsSegments, smsSize, toGsm7, unicodeCharacters } from './sms';

const a = (n: number) => 'a'.repeat(n);

describe('smsSize: GSM-7', () => {
	it('holds 160 septets in one message and 153 per part after that', () => {
		expect(smsSize('')).toMatchObject({ parts: 0, units: 0 });
		expect(smsSize(a(160))).toEqual({ encoding: 'gsm7', parts: 1, units: 160, capacity: 160 });
		expect(smsSize(a(161))).toEqual({ encoding: 'gsm7', parts: 2, units: 161, capacity: 306 });
		expect(smsSize(a(306)).parts).toBe(2);
		expect(smsSize(a(307)).parts).toBe(3);
	});

	it('counts the extension table (€ [ ] { } ^ ~ \\ |) as two septets', () => {
		expect(smsSize('€'.repeat(80))).toMatchObject({ parts: 1, units: 160 });
		expect(smsSize('€'.repeat(81))).toMatchObject({ parts: 2, units: 162 });
		expect(smsSize(`${a(159)}[`)).toMatchObject({ parts: 2, units: 161 });
		for (const char of '^{}\\[~]|€\f') expect(smsSize(char).units, char).toBe(2);
	});

	it('never cuts an escaped character between parts', () => {
		// 306 septets would fit two parts of 153, but the € cannot straddle the cut.
		const text = `${a(152)}€${a(152)}`;
		expect(smsSize(text)).toMatchObject({ parts: 3, units: 306 });
		expect(smsSegments(text).map((s) => s.length)).toEqual([152, 152, 1]);
		expect(smsSize(`${a(153)}€${a(151)}`).parts).toBe(2);
	});

	it('keeps Spanish letters that GSM-7 has: ñ é ü ¿ ¡ à', () => {
		expect(smsSize('ñ'.repeat(160))).toMatchObject({ encoding: 'gsm7', parts: 1 });
		expect(smsEncoding('¿Dónde?')).toBe('ucs2');
		expect(smsEncoding('¡Mañana, pingüino, café à la!')).toBe('gsm7');
	});
});

describe('smsSize: UCS-2', () => {
	it('holds 70 units in one message and 67 per part', () => {
		expect(smsSize('ó'.repeat(70))).toEqual({
			encoding: 'ucs2',
			parts: 1,
			units: 70,
			capacity: 70
		});
		expect(smsSize('ó'.repeat(71))).toMatchObject({ parts: 2, capacity: 134 });
		expect(smsSize('ó'.repeat(134)).parts).toBe(2);
		expect(smsSize('ó'.repeat(135)).parts).toBe(3);
	});

	it('counts an emoji as its two UTF-16 units and never splits the pair', () => {
		expect(smsSize('😀'.repeat(35))).toMatchObject({ parts: 1, units: 70 });
		expect(smsSize('😀'.repeat(36))).toMatchObject({ parts: 2, units: 72 });
		const text = `${a(66)}😀${a(66)}`;
		expect(smsSize(text)).toMatchObject({ parts: 3, units: 134 });
		expect(smsSegments(text)[1]!.startsWith('😀')).toBe(true);
	});

	it('turns a short Spanish alert into two messages because of its accents', () => {
		const alert =
			'ALERTA: agentes de inmigración a la vista. Dónde: 18th St & Blue Island. Hora: 3:42 p. m. Agentes: 2.';
		expect(smsSize(alert)).toMatchObject({ encoding: 'ucs2', parts: 2 });
		expect(unicodeCharacters(alert)).toEqual(['ó']);
		expect(smsSize(toGsm7(alert))).toMatchObject({ encoding: 'gsm7', parts: 1 });
	});
});

describe('toGsm7', () => {
	it('drops the accents GSM-7 lacks and keeps the ones it has', () => {
		expect(toGsm7('Dónde: Pilsen. Vehículos: 2. Ésta, aquí, según')).toBe(
			'Donde: Pilsen. Vehiculos: 2. Ésta, aqui, segun'
		);
		expect(toGsm7('¿Niños? ¡Sí! Pingüino, café, Ñandú')).toBe('¿Niños? ¡Si! Pingüino, café, Ñandu');
		expect(toGsm7('Ça, ç, â, ô, ã, õ, ÿ')).toBe('Ça, c, a, o, a, o, y');
	});

	it('makes typographic quotes, dashes and spaces plain', () => {
		expect(toGsm7('“Calle 18” – it’s 3:42\u202fPM…')).toBe('"Calle 18" - it\'s 3:42 PM...');
		expect(toGsm7('«ya» — 5\u00a0agentes')).toBe('"ya" - 5 agentes');
	});

	it('joins decomposed accents first, and leaves what has no GSM-7 form', () => {
		expect(toGsm7('Do\u0301nde e\u0301')).toBe('Donde é');
		expect(toGsm7('ICE 🚨 aquí')).toBe('ICE 🚨 aqui');
	});

	it('gives GSM-7 for any Latin text, changes nothing already GSM-7, and is stable', () => {
		const latin = fc.string({
			unit: fc.oneof(
				fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
				fc.constantFrom(...'áéíóúÁÉÍÓÚàèìòùâêîôûÂÊÎÔÛãõÃÕçÇñÑüÜäöëïÿ'),
				fc.constantFrom('“', '”', '‘', '’', '–', '—', '…', '\u00a0', '\u202f', '«', '»')
			)
		});
		fc.assert(
			fc.property(latin, (text) => {
				const plain = toGsm7(text);
				expect([...plain].filter((c) => !isGsm7(c))).toEqual([]);
				expect(toGsm7(plain)).toBe(plain);
			})
		);
		const gsm = fc.string({
			unit: fc.constantFrom(
				...'@£$¥èéùìòÇ\nØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà^{}\\[~]|€'
			)
		});
		fc.assert(
			fc.property(gsm, (text) => {
				expect(toGsm7(text)).toBe(text);
			})
		);
	});
});

describe('smsSegments', () => {
	const anyText = fc.string({
		unit: fc.oneof(
			fc.constantFrom('a', 'ñ', '€', '[', ' ', '.'),
			fc.constantFrom('ó', '😀', '“'),
			fc.constant('a')
		),
		maxLength: 400
	});

	it('cut a text into parts that join back, each within its limit, each as full as it can be', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const segments = smsSegments(text);
				const { encoding, parts } = smsSize(text);
				expect(segments.join('')).toBe(text);
				expect(segments).toHaveLength(parts);
				if (parts < 2) return;
				const limit = encoding === 'gsm7' ? 153 : 67;
				const size = (s: string) =>
					encoding === 'ucs2'
						? s.length
						: [...s].reduce((n, c) => n + ('^{}\\[~]|€\f'.includes(c) ? 2 : 1), 0);
				segments.forEach((segment, i) => {
					expect(size(segment)).toBeLessThanOrEqual(limit);
					const next = segments[i + 1];
					// The next part's first character did not fit in this one.
					if (next) expect(size(segment + [...next][0]!)).toBeGreaterThan(limit);
				});
			})
		);
	});
});
