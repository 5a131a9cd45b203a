import { describe, expect, test } from 'vitest';
import { loaded, useTestDatabase } from '$lib/db/testing';
import { docsOf } from '$lib/search/testing';
import { createGroup, createContact, emptyContact } from '$lib/contacts/contacts';
import { addCustomRole } from '$lib/contacts/settings';
import {
	createIncident,
	deletionTime,
	expiredIncidents,
	getIncident,
	incidentFileName,
	incidentText,
	incidentTitle,
	listIncidents,
	newIncident,
	openFollowUps,
	purgeExpiredIncidents,
	type FollowUpStatus
} from './incidents';
import {
	contactSearchSource,
	incidentSearchSource,
	rapidResponseCardSearchSource
} from './search-source';

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

describe('incidents', () => {
	const at = new Date(2026, 0, 23, 15, 42).getTime();
	const report = {
		...newIncident(at),
		place: '18th St & Blue Island',
		agents: 4,
		vehicles: 2,
		plates: 'ABC 1234, grey SUV',
		agency: 'Vests marked ICE',
		whatHappened: 'Stopped a man at the bus stop.\nTook him away.',
		witnesses: '',
		followUp: 'Call the legal group'
	};

	test('export as plain text with labels, leaving empty fields out', () => {
		const text = incidentText(report, 'en');
		expect(text).toMatch(/^Incident report\nTime: Friday, January 23, 2026 at 3:42\sPM\n/);
		expect(text).toContain('\nPlace: 18th St & Blue Island\nAgents: 4\nVehicles: 2\n');
		expect(text).toContain('\n\nWhat happened:\nStopped a man at the bus stop.\nTook him away.');
		expect(text).not.toContain('Witnesses');
		expect(incidentText({ ...newIncident(at), agents: 0 }, 'es')).toMatch(
			/^Reporte de incidente\nHora: viernes, 23 de enero de 2026/
		);
		expect(incidentFileName(report)).toBe('incident-2026-01-23-1542.txt');
		expect(incidentTitle(report, 'en')).toMatch(/^18th St & Blue Island · Jan 23, 2026/);
	});

	test('are deleted after the retention days, counted from when they were logged', async () => {
		const old = await createIncident(report);
		const now = old.createdAt + 7 * DAY;
		expect(deletionTime(old.createdAt, 7)).toBe(now);
		expect(deletionTime(old.createdAt, null)).toBeNull();
		expect(expiredIncidents([old], 7, now - 1)).toEqual([]);
		expect(expiredIncidents([old], 7, now)).toEqual([old]);
		expect(await purgeExpiredIncidents(null, now + DAY)).toBe(0);
		expect(await purgeExpiredIncidents(30, now)).toBe(0);
		expect(await purgeExpiredIncidents(7, now)).toBe(1);
		expect(await loaded(() => getIncident(old.id))).toBeNull();
	});

	test('list the latest incident first', async () => {
		await createIncident({ ...report, occurredAt: at - DAY, place: 'earlier' });
		await createIncident({ ...report, place: 'later' });
		expect((await loaded(() => listIncidents())).map((i) => i.data.place)).toEqual([
			'later',
			'earlier'
		]);
	});
});

describe('search sources', () => {
	test('give contacts with numbers and role names, linked to their page', async () => {
		const roleId = await addCustomRole('Childcare');
		const group = await createGroup('Pilsen school watch');
		const rosa = await createContact({
			...emptyContact([group.id]),
			name: 'Rosa Núñez',
			phones: [{ value: '+1 312 555 0100', label: 'cell' }],
			roles: ['translator', roleId],
			neighborhood: 'Pilsen'
		});
		const [doc] = await docsOf(contactSearchSource);
		expect(doc).toMatchObject({
			id: `contact:${rosa.id}`,
			kind: 'contact',
			title: 'Rosa Núñez',
			tags: ['Translator', 'Childcare'],
			href: `/rapid-response/contacts/contact?id=${rosa.id}`,
			updatedAt: rosa.updatedAt
		});
		expect(doc?.body).toContain('+1 312 555 0100');
		expect(doc?.body).toContain('Pilsen');
	});

	test('give incidents as the text a legal team gets', async () => {
		const made = await createIncident({ ...newIncident(), place: 'Cermak Rd', plates: 'XYZ 987' });
		const [doc] = await docsOf(incidentSearchSource);
		expect(doc).toMatchObject({
			id: `incident:${made.id}`,
			kind: 'incident',
			href: `/rapid-response/incidents/incident?id=${made.id}`
		});
		expect(doc?.title).toMatch(/^Cermak Rd · /);
		expect(doc?.body).toContain('Plates: XYZ 987');
	});

	test('give every built-in card with its words, in the current language', async () => {
		const docs = await docsOf(rapidResponseCardSearchSource);
		expect(docs.map((doc) => doc.href)).toEqual([
			'/rapid-response/cards/whistle-code',
			'/rapid-response/cards/school-watch',
			'/rapid-response/cards/know-your-rights',
			'/rapid-response/cards/patrol-risks',
			'/rapid-response/cards/mutual-aid',
			'/rapid-response/cards/document-incidents',
			'/rapid-response/cards/timeline'
		]);
		for (const doc of docs) {
			expect(doc.kind).toBe('builtin-card');
			expect(doc.title).not.toBe('');
		}
		expect(docs[0]?.body).toMatch(/broken rhythm/);
		expect(docs[2]?.body).toMatch(/Fourth Amendment/);
	});
});

describe('incident follow-up', () => {
	test('lists reports not closed, the soonest follow-up first, then those without a day', async () => {
		const make = (place: string, followUpStatus: FollowUpStatus, followUpOn = '') =>
			createIncident({ ...newIncident(), place, followUpStatus, followUpOn });
		await make('No day yet', 'not-started');
		await make('Later', 'family-contacted', '2026-10-02');
		await make('Done', 'closed', '2026-09-01');
		await make('Soonest', 'legal-team-told', '2026-09-30');
		const open = await loaded(() => openFollowUps());
		expect(open.map((incident) => incident.data.place)).toEqual(['Soonest', 'Later', 'No day yet']);
	});

	test('goes in the report for the legal team', () => {
		const text = incidentText(
			{ ...newIncident(), followUpStatus: 'lawyer-found', followUpOn: '2026-09-30' },
			'en'
		);
		expect(text).toContain('\nFollow-up status: Lawyer found\nNext follow-up: 2026-09-30');
		// Reports from before follow-up existed read as not started.
		const old = { ...newIncident(), followUpStatus: undefined };
		expect(incidentText(old, 'es')).toContain('Estado del seguimiento: Sin empezar');
	});
});
