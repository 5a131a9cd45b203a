import { test, expect } from '@playwright/test';
import { AppPage } from './support/app-page';
import { guardContext } from './support/fixtures';
import { placesToType, rememberedFields, typeEverywhere, watchPage } from './support/leak-probe';
import {
	dumpIndexedDB,
	dumpOriginStorage,
	filesContaining,
	isIndexedDBPath,
	launchProfile,
	placesHolding,
	type Stored
} from './support/profile';

/**
 * Issue 10, "nothing outside the database": text typed into the app, as a user would, must reach
 * no file of the browser profile but the app's own IndexedDB (which the vault encrypts): not
 * History (page titles, URLs), Sessions (saved form state), Preferences, Web Data (autofill),
 * the caches, nor local or session storage. Each place gets its own canary, so that a find
 * names what leaked.
 */

test('text typed into every feature, searched and shared stays out of the profile outside IndexedDB', async ({
	baseURL
}, testInfo) => {
	test.setTimeout(240_000);
	const places = placesToType();
	const canaries = Object.entries(places);

	const profile = await launchProfile(testInfo, baseURL!);
	try {
		const guard = await guardContext(profile.context, new URL(baseURL!).origin);
		const page = profile.context.pages()[0] ?? (await profile.context.newPage());
		const seen = await watchPage(page);
		const remembered: string[] = [];
		/** Looks for text fields the browser may remember on the page as it is now. */
		const checkFields = async () => remembered.push(...(await rememberedFields(page)));
		const app = new AppPage(page);
		await app.goto('/');
		await app.waitForOfflineReady();

		await typeEverywhere(page, places, checkFields);
		// The other screens with text fields the journey does not type into.
		for (const path of ['/rapid-response/alert', '/rapid-response/incidents', '/settings']) {
			await app.goto(path);
			await checkFields();
		}
		await app.goto('/rapid-response/cards/know-your-rights');
		await page.getByRole('button', { name: 'Edit the legal group’s wording' }).click();
		await expect(page.getByLabel('Name of the legal group')).toBeVisible();
		await checkFields();
		expect.soft(remembered, 'text fields the browser may remember').toEqual([]);

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
		// Search words are kept nowhere, not even in the database.
		expect.soft(placesHolding(database, places.search), 'search').toEqual([]);
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
	expect.soft(await filesContaining(profile.dir, places.search), 'search, anywhere').toEqual([]);
	// KEEP_PROFILE=1 keeps the folder to look at, as a failure does.
	if (!test.info().errors.length && !process.env.KEEP_PROFILE) await profile.remove();
	else console.log(`profile kept for a look: ${profile.dir}`);
});
