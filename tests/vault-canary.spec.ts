import { test, expect } from '@playwright/test';
import { AppPage, unlockAfterLoads } from './support/app-page';
import { placesToType, typeEverywhere } from './support/leak-probe';
import {
	dumpIndexedDB,
	dumpOriginStorage,
	filesContaining,
	launchProfile,
	placesHolding
} from './support/profile';
import { lockScreen, PASSPHRASE, turnLockOn } from './support/vault';

/**
 * Issue 10's canary test, the way whoever takes the phone would look: one unique string typed
 * into every place that holds user text, before and after the lock is turned on; the app is
 * locked and the browser closed; then every store, cache and file of the profile is searched.
 */
test('with the lock on, nothing typed before or after can be read anywhere on disk', async ({
	baseURL
}, testInfo) => {
	test.setTimeout(420_000);
	const before = placesToType();
	const after = placesToType();
	const canaries = [...Object.entries(before), ...Object.entries(after)];

	const profile = await launchProfile(testInfo, baseURL!);
	try {
		const page = profile.context.pages()[0] ?? (await profile.context.newPage());
		const app = new AppPage(page);
		await app.goto('/');
		await app.waitForOfflineReady();
		await typeEverywhere(page, before);
		// The dump reads what is there: before the lock, the text is in it plainly.
		expect(placesHolding(await dumpIndexedDB(page), before.noteBody)).not.toEqual([]);
		await turnLockOn(page);
		unlockAfterLoads(page, PASSPHRASE);
		await typeEverywhere(page, after);

		await page.getByRole('button', { name: 'Lock now' }).first().click();
		await expect(lockScreen(page)).toBeVisible();
		const html = await page.content();
		const stored = [...(await dumpIndexedDB(page)), ...(await dumpOriginStorage(page))];
		for (const [place, text] of canaries) {
			expect.soft(html.includes(text), `${place} in the locked page`).toBe(false);
			expect.soft(placesHolding(stored, text), place).toEqual([]);
		}
	} finally {
		await profile.close();
	}
	for (const [place, text] of canaries) {
		expect.soft(await filesContaining(profile.dir, text), `${place} in a file`).toEqual([]);
	}
	if (!test.info().errors.length && !process.env.KEEP_PROFILE) await profile.remove();
	else console.log(`profile kept for a look: ${profile.dir}`);
});
