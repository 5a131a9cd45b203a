import { describe, expect, it } from 'vitest';
import { labelText, phoneLabelName } from './phone-labels';
import { primaryPhone } from './phone-numbers';
import { toVCard } from './vcard-export';

/** A label as stored data may hold it, whatever the type says. */
const stored = (label: unknown) => label as string;

describe('phone labels', () => {
	it('names the known types and shows any other label as it is', () => {
		expect(phoneLabelName('CELL')).toBe('Mobile');
		expect(phoneLabelName('Night shift')).toBe('Night shift');
		expect(phoneLabelName(undefined)).toBe('');
	});

	it('shows labels named after Object.prototype members as text', () => {
		for (const label of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
			expect(phoneLabelName(label)).toBe(label);
		}
	});

	it('treats a stored label that is not text as no label', () => {
		for (const label of [{}, [], 7, null]) {
			expect(labelText(label)).toBe('');
			expect(phoneLabelName(stored(label))).toBe('');
		}
		const phones = [{ value: '555 0100', label: stored({}) }];
		expect(primaryPhone(phones)).toEqual(phones[0]);
		expect(
			toVCard([{ name: 'Ana', phones, emails: [], roles: [], languages: [], groupIds: [] }])
		).toContain('\r\nTEL:555 0100\r\n');
	});
});
