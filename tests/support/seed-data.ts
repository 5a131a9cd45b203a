import { expect, type Page } from '@playwright/test';
import { ChecklistsPage } from './checklists-page';
import { NotesPage } from './notes-page';
import { RapidResponsePage, vcard } from './rapid-response-page';
import { ResolutionsPage } from './resolutions-page';

/** A note written the way people type them on a phone: a heading, bold, tasks and a link. */
export const MARKDOWN_NOTE = [
	'# Meeting with the **nurses**',
	'- [x] Bring the *flyers*',
	'- [ ] Call [Ana](https://example.org) about the picket',
	'> Solidarity is a verb'
].join('\n');

export const PEOPLE = [
	'Rosa Núñez',
	'Beto Salas',
	'Chen Wei',
	'Dana Kowalski',
	'Eli Ortiz',
	'Fatima Haddad'
];

/** PEOPLE, imported into a new group "Block club"; returns the group page's address. */
export function importPeople(rr: RapidResponsePage): Promise<string> {
	const people = PEOPLE.map((name, i) => ({
		name,
		tel: `+1 312 555 01${String(i).padStart(2, '0')}`
	}));
	return rr.importIntoNewGroup(vcard('block-club.vcf', people), 'Block club');
}

export interface Seeded {
	checklist: string;
	contact: string;
	group: string;
	draft: string;
	incident: string;
	note: string;
}

/**
 * One of everything, entered through the app as a user would (in either language), so that each
 * list screen has rows; returns the addresses of the records made.
 */
export async function seedOneOfEach(page: Page): Promise<Seeded> {
	const rr = new RapidResponsePage(page);
	const group = await importPeople(rr);
	await rr.goto('/rapid-response/contacts');
	const contact = (await rr.contactList().getByRole('link').first().getAttribute('href'))!;

	await rr.goto('/rapid-response/incidents/incident');
	await page.getByLabel(/^(Place|Lugar)$/).fill('Cermak Rd');
	await expect(rr.saved()).toBeVisible();
	const incident = page.url();

	const notes = new NotesPage(page);
	await notes.create(MARKDOWN_NOTE);
	const note = page.url();

	const strike = new ChecklistsPage(page);
	await strike.goto('/strike-school/rank-and-file-committee');
	await page.getByRole('button', { name: /^(Start my copy|Empezar mi copia)$/ }).click();
	await page.waitForURL(/\/strike-school\/checklist\?id=/);
	await expect(strike.items().first()).toBeVisible();
	const checklist = page.url();

	const resolutions = new ResolutionsPage(page);
	await resolutions.goto('/resolutions/strike-solidarity');
	await page.getByRole('button', { name: /^(Start a draft|Empezar un borrador)$/ }).click();
	await expect(page).toHaveURL(/\/resolutions\/edit\?id=/);
	await expect(resolutions.saveStatus()).toBeVisible();
	const draft = page.url();

	return { checklist, contact, group, draft, incident, note };
}
