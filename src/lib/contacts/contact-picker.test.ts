import { describe, expect, it } from 'vitest';
import { contactPickerAvailable, pickedToDrafts } from './contact-picker';

describe('contact picker', () => {
	it('is not offered where the API is missing', () => {
		expect(contactPickerAvailable()).toBe(false);
	});

	it('turns picked contacts into drafts, naming nameless ones by number', () => {
		expect(
			pickedToDrafts([
				{ name: ['  Rosa  Núñez '], tel: ['+1 312 555 0100', '+1 312 555 0100', 'none'] },
				{ name: [], tel: ['773 555 0101'], email: ['a@example.org'] },
				{ name: [''], tel: [], email: [] }
			])
		).toEqual([
			{
				name: 'Rosa Núñez',
				phones: [{ value: '+1 312 555 0100' }],
				emails: [],
				roles: [],
				languages: [],
				groupIds: []
			},
			{
				name: '773 555 0101',
				phones: [{ value: '773 555 0101' }],
				emails: ['a@example.org'],
				roles: [],
				languages: [],
				groupIds: []
			}
		]);
	});
});
