import { describe, expect, it } from 'vitest';
import { alertTemplates } from '$lib/content/alert-templates';
import type { ContactDraft } from '$lib/contacts/contact-types';
import { newAlert, type AlertData } from './alert-records';
import {
	alertMessage,
	alertSummary,
	composeAlert,
	formatAlertTime,
	locationText,
	recipientNumbers,
	timeInputValue
} from './alerts';
import { smsSize } from './sms';

const template = (id: string) => alertTemplates.find((t) => t.id === id)!;

describe('composeAlert', () => {
	it('fills every field it is given, in the chosen language', () => {
		const values = {
			where: '18th St & Blue Island',
			when: '3:42 PM',
			agents: '4',
			vehicles: '2',
			plates: 'ABC 1234',
			what: 'Two unmarked SUVs.'
		};
		expect(composeAlert(template('agents-sighted'), values, 'en')).toBe(
			'ALERT: immigration agents seen. Where: 18th St & Blue Island. Seen: 3:42 PM. Agents: 4. Vehicles: 2. Plates: ABC 1234. Two unmarked SUVs.'
		);
		expect(composeAlert(template('agents-sighted'), values, 'es')).toBe(
			'ALERTA: agentes de inmigración a la vista. Dónde: 18th St & Blue Island. Visto: 3:42 PM. Agentes: 4. Vehículos: 2. Placas: ABC 1234. Two unmarked SUVs.'
		);
	});

	it('leaves out sentences whose fields are empty, and never doubles a full stop', () => {
		expect(composeAlert(template('all-clear'), { where: ' Pilsen. ' }, 'en')).toBe(
			'ALL CLEAR: the agents have left. Where: Pilsen. Stay alert.'
		);
		expect(composeAlert(template('attempted-detention'), {}, 'es')).toBe(
			'URGENTE: los agentes intentan detener a alguien. Se necesitan vecinos ya.'
		);
	});

	it('puts text on one line', () => {
		expect(
			composeAlert(template('meeting-called'), { meeting_place: 'Hall\nback door' }, 'en')
		).toBe('MEETING: the rapid-response network is meeting. Place: Hall back door.');
	});
});

describe('alert helpers', () => {
	it('formats a time input value the way each language says it', () => {
		expect(formatAlertTime('15:42', 'en')).toBe('3:42 PM');
		expect(formatAlertTime('15:42', 'es')).toMatch(/^3:42 p\. ?m\.$/);
		expect(formatAlertTime('', 'en')).toBe('');
		expect(timeInputValue(new Date(2026, 0, 23, 9, 5))).toBe('09:05');
	});

	it('writes a position as text with a geo: URI and no web address', () => {
		const text = locationText(
			{ latitude: 41.857901234, longitude: -87.661404321, accuracy: 18.4 },
			'My location'
		);
		expect(text).toBe('My location: 41.85790, -87.66140 (±18 m) geo:41.85790,-87.66140');
		expect(text).not.toMatch(/https?:/);
	});

	it('texts each recipient’s mobile number and lists those without one', () => {
		const person = (name: string, phones: ContactDraft['phones']) => ({
			data: { name, phones, emails: [], roles: [], languages: [], groupIds: [] }
		});
		const { numbers, withoutNumber } = recipientNumbers([
			person('A', [
				{ value: '312 555 0100', label: 'home' },
				{ value: '773 555 0101', label: 'cell' }
			]),
			person('B', []),
			person('C', [{ value: '872-555-0102' }])
		]);
		expect(numbers).toEqual(['773 555 0101', '872-555-0102']);
		expect(withoutNumber.map((p) => p.data.name)).toEqual(['B']);
	});
});

describe('alertMessage', () => {
	const sighting = (changes: Partial<AlertData> = {}): AlertData => ({
		...newAlert('agents-sighted', { locale: 'en', now: new Date(2026, 0, 23, 15, 42) }),
		texts: { where: '18th St & Blue Island' },
		agents: 2,
		...changes
	});

	it('says whether the sender saw it, right after the headline, and when', () => {
		expect(alertMessage(sighting())).toBe(
			'ALERT: immigration agents seen. Confirmed: I saw it myself. Where: 18th St & Blue Island. Seen: 3:42 PM. Agents: 2.'
		);
		expect(alertMessage(sighting({ confirmation: 'reported', locale: 'es' }))).toMatch(
			/^ALERTA: agentes de inmigración a la vista\. SIN CONFIRMAR: me lo reportaron\. Dónde: 18th St & Blue Island\. Visto: 3:42 p\. ?m\. Agentes: 2\.$/
		);
		// A meeting is not something one sees.
		expect(
			alertMessage({ ...newAlert('meeting-called', { locale: 'en' }), texts: {}, time: '' })
		).toBe('MEETING: the rapid-response network is meeting.');
	});

	it('lets an all clear quote the alert it closes', () => {
		const clear = { ...newAlert('all-clear', { locale: 'en' }), time: '16:10' };
		expect(alertSummary(sighting(), 'en')).toBe('Agents sighted, 18th St & Blue Island, 3:42 PM');
		expect(alertMessage(clear, sighting())).toBe(
			'ALL CLEAR: the agents have left. Confirmed: I saw it myself. Closes the alert "Agents sighted, 18th St & Blue Island, 3:42 PM". Time: 4:10 PM. Stay alert.'
		);
	});

	it('sends a Spanish alert as one SMS without accents', () => {
		const alert = sighting({ locale: 'es', vehicles: 1 });
		expect(smsSize(alertMessage(alert))).toMatchObject({ encoding: 'ucs2', parts: 3 });
		const plain = alertMessage({ ...alert, withoutAccents: true });
		expect(plain).toMatch(
			/^ALERTA: agentes de inmigracion a la vista\. Confirmado: lo vi yo\. Donde: 18th St & Blue Island\. Visto: 3:42 p\. ?m\. Agentes: 2\. Vehiculos: 1\.$/
		);
		expect(smsSize(plain)).toMatchObject({ encoding: 'gsm7', parts: 1 });
	});
});
