import { test, expect, type Page } from '@playwright/test';
import { ChecklistsPage } from './support/checklists-page';
import { guardContext } from './support/fixtures';
import { NotesPage } from './support/notes-page';
import {
	canary,
	dumpIndexedDB,
	dumpOriginStorage,
	filesContaining,
	isIndexedDBPath,
	launchProfile,
	placesHolding,
	type Stored
} from './support/profile';
import { RapidResponsePage } from './support/rapid-response-page';
import { ResolutionsPage } from './support/resolutions-page';

/**
 * Issue 10, "nothing outside the database": text typed into the app, as a user would, must reach
 * no file of the browser profile but the app's own IndexedDB (which the vault encrypts): not
 * History (page titles, URLs), Sessions (saved form state), Preferences, Web Data (autofill),
 * the caches, nor local or session storage. Each place gets its own canary, so that a find
 * names what leaked.
 */

/** Pages and what records each document title and address the page ever shows. */
async function watchPage(page: Page): Promise<{ titles: Set<string>; urls: Set<string> }> {
	const seen = { titles: new Set<string>(), urls: new Set<string>() };
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) seen.urls.add(frame.url());
	});
	await page.exposeBinding('__reportTitle', (_source, title: string) => seen.titles.add(title));
	await page.addInitScript(() => {
		const report = (window as unknown as { __reportTitle: (t: string) => void }).__reportTitle;
		let last = '';
		new MutationObserver(() => {
			if (document.title === last) return;
			last = document.title;
			report(last);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	return seen;
}

/**
 * Text fields on the page that the browser may remember: without autocomplete="off", Chromium
 * saves a field's text in the session's form state (Sessions) and, on a form's submit, in its
 * autofill table (Web Data). Checkboxes, radios and selects hold no typed text.
 */
function rememberedFields(page: Page): Promise<string[]> {
	return page
		.locator('input:not([type=checkbox], [type=radio], [type=file], [type=hidden]), textarea, form')
		.evaluateAll((fields) =>
			fields
				.filter((field) => field.getAttribute('autocomplete') !== 'off')
				.map((field) => `${location.pathname} ${field.outerHTML.slice(0, 80)}`)
		);
}

test('text typed into every feature, searched and shared stays out of the profile outside IndexedDB', async ({
	baseURL
}, testInfo) => {
	test.setTimeout(240_000);
	const places = {
		noteTitle: canary(),
		noteBody: canary(),
		tag: canary(),
		contactName: canary(),
		contactNotes: canary(),
		group: canary(),
		incident: canary(),
		checklistName: canary(),
		itemNote: canary(),
		draftTitle: canary(),
		search: canary(),
		sharedTitle: canary(),
		sharedText: canary()
	};
	const canaries = Object.entries(places);

	const profile = await launchProfile(testInfo, baseURL!);
	try {
		const guard = await guardContext(profile.context, new URL(baseURL!).origin);
		const page = profile.context.pages()[0] ?? (await profile.context.newPage());
		const seen = await watchPage(page);
		const remembered: string[] = [];
		/** Looks for text fields the browser may remember on the page as it is now. */
		const checkFields = async () => remembered.push(...(await rememberedFields(page)));
		const notes = new NotesPage(page);
		await notes.goto('/');
		await notes.waitForOfflineReady();

		// A note: its title (first line), body and a tag.
		await notes.goto('/notes/new');
		await notes.editor().fill(`# ${places.noteTitle}\n\n${places.noteBody}`);
		const tags = page.getByRole('textbox', { name: 'Tags' });
		await tags.fill(places.tag);
		await tags.press('Tab');
		await checkFields();
		await notes.saved();

		// A contact: name and notes, then its page again as the list opens it.
		const rr = new RapidResponsePage(page);
		await rr.goto('/rapid-response/contacts');
		await page.getByRole('link', { name: 'Add a person' }).click();
		await page.getByLabel('Name', { exact: true }).fill(places.contactName);
		await page.getByLabel('Notes', { exact: true }).fill(places.contactNotes);
		await checkFields();
		await expect(rr.saved()).toBeVisible();
		await page.getByRole('button', { name: 'Done' }).click();
		await expect(rr.heading()).toHaveText(places.contactName);

		// A group, made with the list's form, then its phone tree page.
		await rr.goto('/rapid-response/contacts');
		await page.getByLabel('Name of the new group').fill(places.group);
		await checkFields();
		await page.getByRole('button', { name: 'Create group' }).click();
		await expect(page.getByLabel('Group name')).toHaveValue(places.group);
		await page.getByRole('link', { name: 'Phone tree' }).click();
		await expect(rr.heading()).toContainText(places.group);

		// An incident report.
		await rr.goto('/rapid-response/incidents/incident');
		await page.getByLabel('What happened').fill(places.incident);
		await checkFields();
		await expect(rr.saved()).toBeVisible();

		// A checklist of the user's own: renamed, and an item's note.
		const strike = new ChecklistsPage(page);
		await strike.startFromBuiltIn(/^What a strike is, and strike school$/);
		await page.getByRole('button', { name: 'Rename checklist' }).click();
		await page.getByLabel('Checklist name').fill(places.checklistName);
		await checkFields();
		await page.getByRole('button', { name: 'Done' }).click();
		await expect(strike.heading()).toHaveText(places.checklistName);
		const item = await strike.openDetails(/^Tell a protest or day of action apart/);
		await item.getByLabel(/^Note$/).fill(places.itemNote);
		await checkFields();
		await strike.saved(item);

		// A resolution draft, and its print view.
		const resolutions = new ResolutionsPage(page);
		await resolutions.openTemplate('Stand with a union on strike');
		await resolutions.startDraft();
		await resolutions.field('Title').fill(places.draftTitle);
		await checkFields();
		await resolutions.saved();
		await resolutions.openPrintView();
		await expect(resolutions.sheet()).toContainText(places.draftTitle);

		// A search: kept in memory, so Back still shows it.
		await notes.goto('/search');
		const search = page.getByRole('searchbox', { name: 'Search everything' });
		await search.fill(places.search);
		await expect(page.getByRole('search')).toContainText('Nothing matches');
		await notes.navigate('Notes');
		await page.goBack();
		await expect(search).toHaveValue(places.search);
		await checkFields();

		// Text shared from another app, through the manifest's share target.
		await notes.goto('/notes');
		await notes.shareFromAnotherApp({
			title: places.sharedTitle,
			text: places.sharedText,
			url: 'https://example.org/post'
		});
		await expect(notes.editor()).toHaveValue(
			`${places.sharedTitle}\n\n${places.sharedText}\n\nhttps://example.org/post`
		);
		await notes.saved();

		for (const [place, text] of canaries) {
			expect
				.soft(
					[...seen.titles].filter((title) => title.includes(text)),
					place
				)
				.toEqual([]);
			expect
				.soft(
					[...seen.urls].filter((url) => url.includes(text)),
					place
				)
				.toEqual([]);
		}

		// Everything typed is in the database (the vault's business), and nowhere else the origin
		// keeps data. The first check is what makes the others mean something.
		const database = await dumpIndexedDB(page);
		const elsewhere: Stored[] = (await dumpOriginStorage(page)).filter(
			(entry) => !entry.where.startsWith('IndexedDB')
		);
		for (const [place, text] of canaries.filter(([place]) => place !== 'search')) {
			expect.soft(placesHolding(database, text), place).not.toEqual([]);
		}
		for (const [place, text] of canaries) {
			expect.soft(placesHolding(elsewhere, text), place).toEqual([]);
		}
		expect(guard.external, 'requests to other origins').toEqual([]);
		expect(guard.csp, 'Content-Security-Policy violations').toEqual([]);
	} finally {
		await profile.close();
	}

	// The closed profile, file by file, as whoever copies the phone's storage would read it.
	const inDatabaseFiles = await filesContaining(
		profile.dir,
		places.noteBody,
		(path) => !isIndexedDBPath(path)
	);
	expect(inDatabaseFiles, 'the byte search finds a note in the IndexedDB files').not.toEqual([]);
	for (const [place, text] of canaries) {
		expect.soft(await filesContaining(profile.dir, text, isIndexedDBPath), place).toEqual([]);
	}
	// KEEP_PROFILE=1 keeps the folder to look at, as a failure does.
	if (!test.info().errors.length && !process.env.KEEP_PROFILE) await profile.remove();
	else console.log(`profile kept for a look: ${profile.dir}`);
});
