import { readdirSync } from 'node:fs';
import { test, expect, guardContext } from './support/fixtures';
import { buildVersion, Deployment } from './support/deployment';
import { NotesPage } from './support/notes-page';

const V2_DIR = 'build-v2';
const deployment = new Deployment();

test.beforeAll(() => buildVersion('v2', V2_DIR));
test.afterAll(() => deployment.dispose());

test('a new version waits for the user, and Reload brings it without losing a draft', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const v1Files = readdirSync('build/_app/immutable/entry');
	const v2Files = readdirSync(`${V2_DIR}/_app/immutable/entry`);
	expect(v2Files, 'v2 must not reuse v1 entry files').not.toEqual(v1Files);

	await deployment.deploy('build');
	const context = await browser.newContext({ baseURL: deployment.url });
	const guard = await guardContext(context, deployment.url);
	const notes = new NotesPage(await context.newPage());
	const { page } = notes;

	await notes.goto('/notes');
	await notes.waitForOfflineReady();
	await notes.create('Resolution draft');
	await notes.editor().pressSequentially('\nWHEREAS our coworkers', { delay: 10 });

	// v2 goes up; v1's hashed files are gone from the server.
	await deployment.deploy(V2_DIR);
	// The app looks for updates when it regains focus.
	await page.evaluate(() => dispatchEvent(new Event('focus')));
	const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
	await expect(prompt).toBeVisible({ timeout: 30_000 });

	// Nothing reloads by itself: the user keeps typing.
	await notes.editor().pressSequentially(' are being taken', { delay: 10 });
	await expect(notes.editor()).toHaveValue(
		'Resolution draft\nWHEREAS our coworkers are being taken'
	);

	await prompt.getByRole('button', { name: 'Reload' }).click();
	await page.waitForEvent('load');
	await notes.hydrated();
	await expect(notes.editor()).toHaveValue(
		'Resolution draft\nWHEREAS our coworkers are being taken'
	);
	await notes.goto('/settings');
	await expect(page.getByTestId('app-version')).toHaveText(/\+v2$/);

	expect(guard.external).toEqual([]);
	expect(guard.csp).toEqual([]);
	await context.close();
});
