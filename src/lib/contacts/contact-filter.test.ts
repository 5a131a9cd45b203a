import { describe, expect, it } from 'vitest';
import type { ContactDraft } from './contact-types';
import { filterContacts, languageKey, languageName, languagesIn, noFilter } from './contact-filter';

const draft = (name: string, extra: Partial<ContactDraft> = {}): { data: ContactDraft } => ({
	data: { name, phones: [], emails: [], roles: [], languages: [], groupIds: [], ...extra }
});

const rosa = draft('Rosa Núñez', {
	phones: [{ value: '(312) 555-0100' }],
	roles: ['translator', 'school-watch'],
	languages: ['es-MX', 'en'],
	groupIds: ['pilsen'],
	neighborhood: 'Pilsen'
});
const ahmed = draft('Ahmed', { roles: ['patrol'], languages: ['so'], groupIds: ['north'] });
const lee = draft('Lee', { languages: ["K'iche'"], notes: 'Nights only' });
const all = [rosa, ahmed, lee];
const names = (list: { data: ContactDraft }[]) => list.map((c) => c.data.name);

describe('contact filters', () => {
	it('filters by role, group and language, and combines them', () => {
		expect(names(filterContacts(all, { ...noFilter, roleId: 'translator' }))).toEqual([
			'Rosa Núñez'
		]);
		expect(names(filterContacts(all, { ...noFilter, groupId: 'north' }))).toEqual(['Ahmed']);
		expect(names(filterContacts(all, { ...noFilter, language: 'es' }))).toEqual(['Rosa Núñez']);
		expect(filterContacts(all, { ...noFilter, language: 'es', groupId: 'north' })).toEqual([]);
	});

	it('finds text without accents or case, and numbers however they are written', () => {
		expect(names(filterContacts(all, { ...noFilter, text: 'nunez' }))).toEqual(['Rosa Núñez']);
		expect(names(filterContacts(all, { ...noFilter, text: 'pilsen' }))).toEqual(['Rosa Núñez']);
		expect(names(filterContacts(all, { ...noFilter, text: '312-555' }))).toEqual(['Rosa Núñez']);
		expect(names(filterContacts(all, { ...noFilter, text: 'NIGHTS' }))).toEqual(['Lee']);
		expect(names(filterContacts(all, noFilter))).toEqual(['Rosa Núñez', 'Ahmed', 'Lee']);
	});

	it('groups regional tags under their language and names languages for people', () => {
		expect(languageKey('es-MX')).toBe('es');
		expect(languageKey("K'iche'")).toBe("K'iche'");
		expect(languageKey(' Somali ')).toBe('Somali');
		expect(
			languagesIn([...all, draft('Ana', { languages: ['ES', "k'iche'"] })].map((c) => c.data))
		).toEqual(['en', 'es', "K'iche'", 'so']);
		expect(names(filterContacts(all, { ...noFilter, language: "k'iche'" }))).toEqual(['Lee']);
		expect(languageName('es', 'en')).toBe('Spanish');
		expect(languageName('en', 'es')).toBe('Inglés');
		expect(languageName("K'iche'", 'en')).toBe("K'iche'");
	});
});
