import { describe, expect, test } from 'vitest';
import { checkKdfParams, KdfRejected } from './kdf-params';

const salt = 'AAAAAAAAAAAAAAAAAAAAAA==';
const argon = { name: 'argon2id', memory: 19 * 1024, iterations: 2, parallelism: 1, salt };

const problem = (params: unknown) => {
	try {
		checkKdfParams(params);
		return 'accepted';
	} catch (error) {
		return (error as KdfRejected).problem;
	}
};

describe('key derivation bounds', () => {
	test('the minimums are accepted', () => {
		expect(problem(argon)).toBe('accepted');
		expect(problem({ name: 'pbkdf2-sha256', iterations: 600_000, salt })).toBe('accepted');
	});

	test('below the bounds is a downgrade, refused', () => {
		expect(problem({ ...argon, memory: 16 * 1024 })).toBe('too-weak');
		expect(problem({ ...argon, iterations: 1 })).toBe('too-weak');
		expect(problem({ name: 'pbkdf2-sha256', iterations: 100_000, salt })).toBe('too-weak');
		expect(problem({ ...argon, salt: 'c2hvcnQ=' })).toBe('too-weak');
	});

	test('above the bounds would freeze the phone, refused', () => {
		expect(problem({ ...argon, memory: 4 * 1024 * 1024 })).toBe('too-costly');
		expect(problem({ ...argon, iterations: 1000 })).toBe('too-costly');
		expect(problem({ name: 'pbkdf2-sha256', iterations: 1e9, salt })).toBe('too-costly');
	});

	test('anything else is unknown', () => {
		for (const params of [null, {}, { ...argon, name: 'scrypt' }, { ...argon, memory: 'lots' }]) {
			expect(problem(params)).toBe('unknown');
		}
	});
});
