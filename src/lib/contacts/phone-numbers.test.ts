import { describe, expect, it } from 'vitest';
import { dialable, extension, primaryPhone, smsHref, telHref } from './phone-numbers';

describe('phone numbers', () => {
	it('keeps only what a phone dials', () => {
		expect(dialable('+1 (312) 555-0100')).toBe('+13125550100');
		expect(dialable('312.555.0101')).toBe('3125550101');
		expect(dialable('+1-418-656-9254 ext. 102')).toBe('+14186569254');
		expect(dialable('555-1234 x12')).toBe('5551234');
		expect(dialable('+44-555;ext=9')).toBe('+44555');
		expect(dialable('1+2+3')).toBe('123');
		expect(dialable('mobile')).toBe('');
	});

	it('finds an extension and dials it after a pause', () => {
		expect(extension('+1-418-656-9254 ext. 102')).toBe('102');
		expect(extension('312 555 0100')).toBe('');
		expect(telHref('+1-418-656-9254 ext. 102')).toBe('tel:+14186569254,102');
		expect(telHref('(773) 555-0199')).toBe('tel:7735550199');
	});

	it('writes one sms: link with every number and the encoded text', () => {
		expect(
			smsHref(['+1 312 555 0100', '773-555-0101'], 'ALERT: agents at 18th & Blue Island?')
		).toBe(
			'sms:+13125550100,7735550101?body=ALERT%3A%20agents%20at%2018th%20%26%20Blue%20Island%3F'
		);
		expect(smsHref(['312 555 0100', '(312) 555-0100', 'none'])).toBe('sms:3125550100');
	});

	it('prefers a mobile number that can be dialed', () => {
		expect(
			primaryPhone([{ value: '§' }, { value: '1', label: 'home' }, { value: '2', label: 'cell' }])
		).toEqual({ value: '2', label: 'cell' });
		expect(primaryPhone([{ value: 'none' }, { value: '555', label: 'work' }])).toEqual({
			value: '555',
			label: 'work'
		});
		expect(primaryPhone([])).toBeUndefined();
	});
});
