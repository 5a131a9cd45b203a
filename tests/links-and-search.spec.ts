import { test, expect } from './support/fixtures';
import { ChecklistsPage } from './support/checklists-page';
import { NotesPage } from './support/notes-page';
import { RapidResponsePage, vcard } from './support/rapid-response-page';

test('a note links to a contact and a checklist, and each link is followed both ways', async ({
	page
}) => {
	const rr = new RapidResponsePage(page);
	await rr.importIntoNewGroup(
		vcard('ana.vcf', [{ name: 'Ana Ruiz', tel: '+1 773 555 0142' }]),
		'Pilsen'
	);
	await rr.goto('/rapid-response/contacts');
	await rr.contactList().getByText('Ana Ruiz').click();
	await expect(rr.heading()).toHaveText('Ana Ruiz');

	// From the contact to a new note about her.
	await page.getByRole('button', { name: 'New note about this' }).click();
	const notes = new NotesPage(page);
	await expect(notes.editor()).toBeFocused();
	await notes.editor().fill('Ana can drive on Saturday');
	await notes.saved();
	const toContact = page.getByRole('link', { name: 'Contact: Ana Ruiz' });
	await expect(toContact).toBeVisible();

	// From the note to a checklist, found by name.
	const checklists = new ChecklistsPage(page);
	const noteUrl = page.url();
	await checklists.newChecklist('Saturday rides');
	await page.goto(noteUrl);
	await notes.hydrated();
	await page.getByRole('button', { name: 'Link to…' }).click();
	await page.getByRole('searchbox', { name: /Find a checklist/ }).fill('saturday rid');
	await page.getByRole('button', { name: 'Saturday rides' }).click();
	await page.getByRole('link', { name: 'Checklist: Saturday rides' }).click();
	await expect(checklists.heading()).toHaveText('Saturday rides');
	await expect(
		page.getByRole('region', { name: 'Notes about this' }).getByRole('link', {
			name: 'Ana can drive on Saturday'
		})
	).toBeVisible();

	// And back from the note to the contact, whose page lists the note.
	await page.getByRole('link', { name: 'Ana can drive on Saturday' }).click();
	await page.getByRole('link', { name: 'Contact: Ana Ruiz' }).click();
	await expect(rr.heading()).toHaveText('Ana Ruiz');
	await page.getByRole('link', { name: 'Ana can drive on Saturday' }).click();
	await expect(notes.editor()).toHaveValue('Ana can drive on Saturday');
});

test('one search finds contacts, notes and built-in content, grouped by kind', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	await rr.importIntoNewGroup(
		vcard('people.vcf', [{ name: 'Rosa Delgado', tel: '+1 312 555 0111' }]),
		'School watch'
	);
	const notes = new NotesPage(page);
	await notes.create('Rosa brings the orange whistles');

	await notes.goto('/search');
	const search = page.getByRole('searchbox', { name: 'Search everything' });
	await search.fill('rosa');
	const results = page.getByRole('search');
	await expect(results.getByRole('region', { name: 'Contacts' }).getByRole('link')).toContainText(
		'Rosa Delgado'
	);
	await expect(results.getByRole('region', { name: 'Notes' }).getByRole('link')).toContainText(
		'Rosa brings the orange whistles'
	);
	await search.fill('whistle');
	await expect(results.getByRole('region', { name: 'Rapid response cards' })).toBeVisible();
	await search.fill('no-strike clause');
	await expect(
		results.getByRole('region', { name: 'Strike school checklists' }).getByRole('link').first()
	).toBeVisible();
	// The query is kept in memory, never in the address: Back to the search keeps the results.
	await expect(page).toHaveURL(/\/search$/);
	await page.getByRole('search').getByRole('link').first().click();
	await expect(page).not.toHaveURL(/\/search$/);
	await page.goBack();
	await expect(search).toHaveValue('no-strike clause');
	await expect(results.getByRole('region', { name: 'Strike school checklists' })).toBeVisible();
});

test('a search with many hits draws a screenful at once, and the rest as the reader scrolls', async ({
	page
}) => {
	const rr = new RapidResponsePage(page);
	const people = Array.from({ length: 40 }, (_, i) => ({
		name: `Zelda Marsh ${i + 1}`,
		tel: `+1 312 555 02${String(i).padStart(2, '0')}`
	}));
	await rr.importIntoNewGroup(vcard('marsh.vcf', people), 'Marsh');
	await rr.goto('/search');
	await page.getByRole('searchbox', { name: 'Search everything' }).fill('zelda');
	const hits = page.getByRole('search').getByRole('region', { name: 'Contacts' }).getByRole('link');
	await expect(hits.first()).toBeVisible();
	// Left alone, the page draws no further than a screen and a half.
	await page.waitForTimeout(500);
	const drawn = await hits.count();
	expect(drawn).toBeLessThan(40);
	// A screen reader does not scroll: "Show more results" is a button it can press.
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect.poll(() => hits.count()).toBeGreaterThan(drawn);
	await expect(async () => {
		await hits.last().scrollIntoViewIfNeeded();
		expect(await hits.count()).toBe(40);
	}).toPass();
	await expect(hits.last()).toContainText('Zelda Marsh');
});

test.describe('in Spanish', () => {
	test.use({ locale: 'es-MX' });

	test('search finds the built-in content in Spanish, without accents typed', async ({
		page,
		app
	}) => {
		await app.goto('/');
		const search = page.getByRole('searchbox', { name: 'Buscar en todo' });
		await search.fill('resolucion sindicato');
		await expect(
			page.getByRole('search').getByRole('region', { name: 'Modelos de resolución' })
		).toBeVisible();
		await search.fill('huelga');
		await expect(
			page.getByRole('search').getByRole('region', { name: 'Listas de la escuela de huelga' })
		).toBeVisible();
	});
});
