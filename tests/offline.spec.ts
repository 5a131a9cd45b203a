import { test, expect } from './support/fixtures';
import { NotesPage } from './support/notes-page';

const routes: [path: string, heading: string][] = [
	['/', 'Rank & File'],
	['/strike-school', 'Strike school'],
	['/rapid-response', 'Rapid response'],
	['/resolutions', 'Resolutions'],
	['/notes', 'Notes'],
	['/settings', 'Settings'],
	['/about', 'About Rank & File'],
	['/install', 'Install the app']
];

test('after the first visit, a service worker controls the page and says so', async ({
	page,
	app
}) => {
	await app.goto('/settings');
	await app.waitForOfflineReady();
	await expect(page.getByTestId('offline-status')).toHaveText('Ready to work offline.');
});

test('offline, every route reloads and shows the same data', async ({ page }) => {
	const notes = new NotesPage(page);
	await notes.goto('/');
	await notes.waitForOfflineReady();
	await notes.create('Strike committee meeting\nBring sign-up sheets');

	await notes.offline();
	for (const [path, heading] of routes) {
		await page.goto(path);
		await notes.hydrated();
		await expect(notes.heading(), path).toHaveText(heading);
	}
	await page.goto('/notes');
	await expect(notes.listItem('Strike committee meeting')).toBeVisible();
	await notes.listItem('Strike committee meeting').click();
	await expect(notes.editor()).toHaveValue('Strike committee meeting\nBring sign-up sheets');

	// A reload of the editor itself, with its query string, works offline too.
	await page.reload();
	await expect(notes.editor()).toHaveValue('Strike committee meeting\nBring sign-up sheets');
});

test('offline, an unknown path gets the app, which says the page does not exist', async ({
	page,
	app
}) => {
	await app.goto('/');
	await app.waitForOfflineReady();
	await app.offline();
	await page.goto('/no/such/page');
	await expect(app.heading()).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(app.heading()).toHaveText('Rank & File');
});

test('edits made offline are kept after the app is closed and reopened', async ({
	page,
	context
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/');
	await notes.waitForOfflineReady();
	await notes.offline();
	await notes.create('Written with no signal');
	await page.close();

	const again = new NotesPage(await context.newPage());
	await again.goto('/notes');
	await expect(again.listItem('Written with no signal')).toBeVisible();
});
