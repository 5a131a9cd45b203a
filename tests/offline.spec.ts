import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import type { AppPage } from './support/app-page';
import { test, expect } from './support/fixtures';
import { NotesPage } from './support/notes-page';
import { lockScreen, turnLockOn, unlock } from './support/vault';

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

/** Loads every route as a reload would, and checks that each shows its page. */
async function expectEveryRoute(app: AppPage): Promise<void> {
	for (const [path, heading] of routes) {
		await app.page.goto(path);
		await app.hydrated();
		await expect(app.heading(), path).toHaveText(heading);
	}
}

/** Every path held in any of the page's caches. */
function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			const requests = await (await caches.open(name)).keys();
			paths.push(...requests.map((request) => new URL(request.url).pathname));
		}
		return paths;
	});
}

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
	await expectEveryRoute(notes);
	await page.goto('/notes');
	await expect(notes.listItem('Strike committee meeting')).toBeVisible();
	await notes.listItem('Strike committee meeting').click();
	await expect(notes.editor()).toHaveValue('Strike committee meeting\nBring sign-up sheets');

	// A reload of the editor itself, with its query string, works offline too.
	await page.reload();
	await expect(notes.editor()).toHaveValue('Strike committee meeting\nBring sign-up sheets');
});

test('once the browser deletes its cache, one visit online makes every route work offline again', async ({
	page,
	app
}) => {
	await app.goto('/');
	await app.waitForOfflineReady();
	const precached = await cachedPaths(page);
	expect(precached).toContain('/200.html');

	// Storage pressure or a cleaner app deletes the cache; the worker stays registered.
	await page.evaluate(async () => {
		for (const name of await caches.keys()) await caches.delete(name);
	});
	expect(await cachedPaths(page)).toEqual([]);

	// One page load online; the worker puts the rest back while the page is open.
	await app.goto('/about');
	await expect
		.poll(
			async () => {
				const cached = await cachedPaths(page);
				return precached.filter((path) => !cached.includes(path));
			},
			{ message: 'precached files still missing', timeout: 30_000 }
		)
		.toEqual([]);

	await app.offline();
	await expectEveryRoute(app);
	await page.goto('/no/such/page');
	await expect(app.heading()).toHaveText('Page not found');
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

test('installed and then offline, the lock can be turned on, locked and opened again', async ({
	page,
	app
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/');
	await notes.waitForOfflineReady();
	await notes.create('Offline lock check');

	await notes.offline();
	await turnLockOn(page);
	await page.getByRole('button', { name: 'Lock now' }).first().click();
	await expect(lockScreen(page)).toBeVisible();
	await unlock(page);
	await expect(lockScreen(page)).toBeHidden();
	// A reload would lock again: the key lives in the page's memory only.
	await app.navigate('Notes');
	await expect(notes.listItem('Offline lock check')).toBeVisible();
});

test('every file the build emits for the app is in the offline cache', async ({ page, app }) => {
	await app.goto('/');
	await app.waitForOfflineReady();
	const precached = new Set(await cachedPaths(page));
	const emitted = readdirSync(join('build', '_app'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name !== 'version.json')
		.map((entry) => '/' + relative('build', join(entry.parentPath, entry.name)));
	expect(emitted.length).toBeGreaterThan(50);
	expect(emitted.filter((path) => !precached.has(path))).toEqual([]);
});
