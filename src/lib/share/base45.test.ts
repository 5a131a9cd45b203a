import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Base45Error, decodeBase45, encodeBase45 } from './base45';

const text = (s: string) => new TextEncoder().encode(s);

describe('base45 (RFC 9285)', () => {
	test('encodes the examples of section 4.3', () => {
		expect(encodeBase45(text('AB'))).toBe('BB8');
		expect(encodeBase45(text('Hello!!'))).toBe('%69 VD92EX0');
		expect(encodeBase45(text('base-45'))).toBe('UJCLQE7W581');
	});

	test('decodes the example of section 4.4', () => {
		expect(new TextDecoder().decode(decodeBase45('QED8WEX0'))).toBe('ietf!');
	});

	test('refuses what is not base45: a stray character, a lone last character, too big a group', () => {
		expect(() => decodeBase45('ab')).toThrow(Base45Error);
		expect(() => decodeBase45('BB8B')).toThrow(Base45Error);
		expect(() => decodeBase45('GGW')).toThrow(Base45Error);
		expect(() => decodeBase45('::')).toThrow(Base45Error);
	});

	test('any bytes survive the round trip', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
			}),
			{ numRuns: 1000 }
		);
	});
});
