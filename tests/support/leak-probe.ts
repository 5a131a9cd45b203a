import { expect, type Page } from '@playwright/test';
import { ChecklistsPage } from './checklists-page';
import { NotesPage } from './notes-page';
import { canary } from './profile';
import { RapidResponsePage } from './rapid-response-page';
import { ResolutionsPage } from './resolutions-page';

/**
 * A user's day in the app, for the tests that look for leaks: one fresh canary (see profile.ts)
 * typed into each place that holds user text, through the interface only. The no-leaks spec
 * runs it once; the vault's canary test can run it before and after turning the lock on.
 */

/** Every place the journey types into, each with its own canary so that a find names it. */
export function placesToType() {
	return {
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
}

export type Places = ReturnType<typeof placesToType>;

/**
 * Types every canary of `places` where it belongs and waits until each is saved: a note (title,
 * body, tag), a contact (name, notes), a group (made with the list's form, then its phone tree
 * page), an incident, a renamed checklist and an item's note, a resolution draft and its print
 * view, a search (and Back to it), and a text shared through the manifest's share target.
 * The page must be controlled by the service worker (the share target needs it). `afterTyping`
 * runs on each page right after text was typed, while the fields still hold it.
 */
export async function typeEverywhere(
	page: Page,
	places: Places,
	afterTyping: () => Promise<unknown> = async () => undefined
): Promise<void> {
	const notes = new NotesPage(page);
	// A note: its title (first line), body and a tag.
	await notes.goto('/notes/new');
	await notes.editor().fill(`# ${places.noteTitle}\n\n${places.noteBody}`);
	const tags = page.getByRole('textbox', { name: 'Tags' });
	await tags.fill(places.tag);
	await tags.press('Tab');
	await afterTyping();
	await notes.saved();

	// A contact: name and notes, then its page again as the list opens it.
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response/contacts');
	await page.getByRole('link', { name: 'Add a person' }).click();
	await page.getByLabel('Name', { exact: true }).fill(places.contactName);
	await page.getByLabel('Notes', { exact: true }).fill(places.contactNotes);
	await afterTyping();
	await expect(rr.saved()).toBeVisible();
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(rr.heading()).toHaveText(places.contactName);

	// A group, made with the list's form, then its phone tree page.
	await rr.goto('/rapid-response/contacts');
	await page.getByRole('button', { name: 'Groups & import' }).click();
	await page.getByLabel('Name of the new group').fill(places.group);
	await afterTyping();
	await page.getByRole('button', { name: 'Create group' }).click();
	await expect(page.getByLabel('Group name')).toHaveValue(places.group);
	await page.getByRole('link', { name: 'Phone tree' }).click();
	await expect(rr.heading()).toContainText(places.group);

	// An incident report.
	await rr.goto('/rapid-response/incidents/incident');
	await page.getByLabel('What happened').fill(places.incident);
	await afterTyping();
	await expect(rr.saved()).toBeVisible();

	// A checklist of the user's own: renamed, and an item's note.
	const strike = new ChecklistsPage(page);
	await strike.startFromBuiltIn(/^What a strike is, and strike school$/);
	await page.getByRole('button', { name: 'Rename checklist' }).click();
	await page.getByLabel('Checklist name').fill(places.checklistName);
	await afterTyping();
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(strike.heading()).toHaveText(places.checklistName);
	const item = await strike.openDetails(/^Tell a protest or day of action apart/);
	await item.getByLabel(/^Note$/).fill(places.itemNote);
	await afterTyping();
	await strike.saved(item);

	// A resolution draft, and its print view.
	const resolutions = new ResolutionsPage(page);
	await resolutions.openTemplate('Stand with a union on strike');
	await resolutions.startDraft();
	await resolutions.field('Title').fill(places.draftTitle);
	await afterTyping();
	await resolutions.saved();
	await resolutions.openPrintView();
	await expect(resolutions.sheet()).toContainText(places.draftTitle);

	// A search: kept in memory, so Back still shows it.
	await notes.goto('/search');
	const search = page.getByRole('searchbox', { name: 'Search everything' });
	await search.fill(places.search);
	await expect(page.getByRole('search')).toContainText('Nothing matches');
	await notes.navigate('Notes');
	// Back only once the Notes page is in the history, or it would leave the search page instead.
	await expect(page).toHaveURL(/\/notes$/);
	await page.goBack();
	await expect(search).toHaveValue(places.search);
	await afterTyping();

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
}

/** Pages and what records each document title and address the page ever shows. */
export async function watchPage(page: Page): Promise<{ titles: Set<string>; urls: Set<string> }> {
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
export function rememberedFields(page: Page): Promise<string[]> {
	return page
		.locator('input:not([type=checkbox], [type=radio], [type=file], [type=hidden]), textarea, form')
		.evaluateAll((fields) =>
			fields
				.filter((field) => field.getAttribute('autocomplete') !== 'off')
				.map((field) => `${location.pathname} ${field.outerHTML.slice(0, 80)}`)
		);
}
