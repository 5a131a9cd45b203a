import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { ChecklistsPage } from './support/checklists-page';
import { horizontalOverflow, onFirstScreen, smallTouchTargets } from './support/layout-checks';
import { NotesPage } from './support/notes-page';
import { RapidResponsePage } from './support/rapid-response-page';
import { ResolutionsPage } from './support/resolutions-page';
import { importPeople, MARKDOWN_NOTE, seedOneOfEach } from './support/seed-data';

// The phone the issue was walked through on.
test.use({ viewport: { width: 390, height: 844 } });

const MARKS = /#|\*\*|\[x\]|\[ \]|\]\(|^>/m;

const searchFor = (page: Page, words: string) =>
	page.getByRole('searchbox', { name: 'Search everything' }).fill(words);

test('at 390 × 844 every list screen opens on its first row, no scrolling', async ({
	page,
	app
}) => {
	test.setTimeout(120_000);
	const seeded = await seedOneOfEach(page);
	const firstRows = {
		'/rapid-response/contacts': page.getByTestId('contact-list').getByRole('listitem').first(),
		'/notes': page.getByTestId('note-list').getByRole('link').first(),
		'/strike-school': page.getByTestId('my-checklists').getByRole('link').first(),
		'/rapid-response/incidents': page.getByTestId('incident-list').getByRole('link').first(),
		'/resolutions': page.getByTestId('draft-list').getByRole('link').first(),
		[seeded.group]: page.getByTestId('group-people').getByRole('listitem').first(),
		'/search': page.locator('a.hit').first()
	};
	for (const [path, row] of Object.entries(firstRows)) {
		await app.goto(path);
		// The search keeps its words in memory, never in the address: type them.
		if (path === '/search') await searchFor(page, 'picket');
		await expect(row, path).toBeVisible();
		expect(await onFirstScreen(row), path).toBe(true);
	}
});

test('contacts: search and filters share one row, group tools wait behind one button', async ({
	page
}) => {
	const rr = new RapidResponsePage(page);
	await importPeople(rr);
	await rr.goto('/rapid-response/contacts');

	const search = page.getByRole('searchbox', { name: 'Search by name, number or notes' });
	const filters = page.getByRole('button', { name: 'Filters' });
	const searchBox = (await search.boundingBox())!;
	const filtersBox = (await filters.boundingBox())!;
	expect(Math.abs(searchBox.y - filtersBox.y)).toBeLessThan(2);
	await expect(page.getByLabel('Role', { exact: true })).toBeHidden();
	await expect(filters).toHaveAttribute('aria-expanded', 'false');
	await filters.click();
	await expect(filters).toHaveAttribute('aria-expanded', 'true');
	await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Translator' });
	await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Showing 0 of 6' })).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(rr.contactList().getByRole('listitem')).toHaveCount(6);

	const tools = page.getByRole('button', { name: 'Groups & import' });
	await expect(page.getByTestId('group-list')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Import contacts' })).toBeHidden();
	await expect(tools).toHaveAttribute('aria-expanded', 'false');
	await tools.click();
	await expect(
		page.getByTestId('group-list').getByRole('link', { name: /Block club/ })
	).toBeVisible();
	await expect(page.getByLabel('Name of the new group')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Import contacts' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Export all (.vcf)' })).toBeVisible();
	expect(await smallTouchTargets(page)).toEqual([]);
});

test('notes list and search results show plain text, and a snippet does not repeat the title', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.create(MARKDOWN_NOTE);
	await notes.goto('/notes');
	const row = page.getByTestId('note-list').getByRole('link').first();
	await expect(row).toContainText('Meeting with the nurses');
	await expect(row).toContainText(
		'Bring the flyers Call Ana about the picket Solidarity is a verb'
	);
	expect(await row.innerText()).not.toMatch(MARKS);

	await notes.goto('/search');
	await searchFor(page, 'picket');
	const hit = page.getByRole('region', { name: 'Notes' }).locator('a.hit');
	await expect(hit.locator('.title')).toHaveText('Meeting with the nurses');
	const snippet = hit.locator('.snippet');
	await expect(snippet).toHaveText(
		'Bring the flyers Call Ana about the picket Solidarity is a verb'
	);
	expect(await hit.innerText()).not.toMatch(MARKS);
});

test('a checklist item folds its why under it, and 30 items fit in about two screens', async ({
	page
}) => {
	test.setTimeout(120_000);
	const strike = new ChecklistsPage(page);
	await strike.startFromBuiltIn('Start a rank-and-file committee');
	const item = strike.item(/^Pick your base/);
	const why = item.getByText('WSWS calls for a committee in every one of them.');
	const toggle = item.getByRole('button', { name: /^Details for “Pick your base/ });
	await expect(why).toBeHidden();
	await expect(item.getByRole('link', { name: 'WSWS' })).toBeHidden();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(why).toBeVisible();
	await expect(item.getByRole('link', { name: 'WSWS' })).toBeVisible();
	await toggle.click();
	await expect(why).toBeHidden();

	for (let n = 1; n <= 20; n++) await strike.addItem(`Call the night shift, list ${n}`);
	await expect(strike.items()).toHaveCount(30);
	const list = (await page.getByTestId('checklist-items').boundingBox())!;
	expect(list.height).toBeLessThanOrEqual(2 * 844);
});

test('a counted item shows its total and target beside the counter', async ({ page }) => {
	const strike = new ChecklistsPage(page);
	await strike.startFromBuiltIn('Start a rank-and-file committee');
	const counted = await strike.openDetails(/^Count the workplaces/);
	await counted.getByLabel(/^Total/).fill('20');
	await counted.getByLabel('From').fill('65');
	await counted.getByLabel('to', { exact: true }).fill('80');
	const target = counted.getByTestId('measure-target');
	await expect(target).toHaveText('of 20 · target 65–80%');
	const counter = (await counted.getByRole('spinbutton', { name: /^Number of/ }).boundingBox())!;
	const beside = (await target.boundingBox())!;
	expect(beside.x).toBeGreaterThan(counter.x + counter.width);
	expect(beside.y + beside.height / 2).toBeGreaterThan(counter.y);
	expect(beside.y + beside.height / 2).toBeLessThan(counter.y + counter.height);
});

test('a long item title shows whole in its field', async ({ page }) => {
	const strike = new ChecklistsPage(page);
	await strike.startFromBuiltIn('Start a rank-and-file committee');
	const item = await strike.openDetails(/^Pick your base/);
	const field = item.getByRole('textbox', { name: 'Item', exact: true });
	const long =
		'Pick your base: a workplace, a school, a hospital ward, a warehouse shift or a whole neighborhood block';
	await field.fill(long);
	await strike.saved(item);
	const fits = await field.evaluate(
		(el) => el.scrollHeight <= el.clientHeight + 1 && el.clientHeight > 60
	);
	expect(fits).toBe(true);
	await expect(strike.checkbox(long)).toBeVisible();
});

test('the draft editor’s parts are a tab bar: one row, the current part marked', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const resolutions = new ResolutionsPage(page);
	await resolutions.goto('/resolutions/strike-solidarity');
	await resolutions.startDraft();
	const tabs = page.getByRole('navigation', { name: 'Parts of this draft' });
	const links = tabs.getByRole('link');
	await expect(links).toHaveText([
		'Fill in',
		'Preview',
		'Clauses',
		'Adoption record',
		'Print and share'
	]);
	const tops = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().top));
	expect(new Set(tops).size).toBe(1);
	// Wider than 320 px: the row scrolls sideways, the page does not.
	expect(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
	expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

	await expect(links.first()).toHaveAttribute('aria-current', 'location');
	await links.filter({ hasText: 'Adoption record' }).click();
	await expect(links.filter({ hasText: 'Adoption record' })).toHaveAttribute(
		'aria-current',
		'location'
	);
	await expect(links.first()).not.toHaveAttribute('aria-current');
	// It stays at the top while the user is down in the draft.
	expect((await tabs.boundingBox())!.y).toBeLessThan(1);
	await expect(page.getByRole('heading', { name: 'Adoption record' })).toBeInViewport();
});

test('a contact being edited reopens in edit mode after a reload', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	await importPeople(rr);
	await rr.goto('/rapid-response/contacts');
	await rr.contactList().getByRole('link', { name: 'Chen Wei', exact: true }).click();
	await page.getByRole('button', { name: 'Edit' }).click();
	await expect(page).toHaveURL(/[?&]edit=1/);
	await page.reload();
	await rr.hydrated();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Chen Wei');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page).not.toHaveURL(/edit=1/);
	await page.reload();
	await rr.hydrated();
	await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
	await expect(page.getByLabel('Name', { exact: true })).toHaveCount(0);

	// A new contact keeps its editor through a reload too.
	await rr.goto('/rapid-response/contacts/contact');
	await page.getByLabel('Name', { exact: true }).fill('Nadia Flores');
	await expect(rr.saved()).toBeVisible();
	await expect(page).toHaveURL(/id=.*edit=1/);
	await page.reload();
	await rr.hydrated();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Nadia Flores');
});

test('source names keep the space after the comma', async ({ page, app }) => {
	await app.goto('/strike-school/day-of-action');
	await expect(page.getByText('Sources: Tempest, Workers Strike Back').first()).toBeVisible();
});
