import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { ChecklistsPage } from './support/checklists-page';
import { NotesPage } from './support/notes-page';
import { userRows } from './support/records';
import v1Rows from '../src/lib/db/fixtures/v1-records.json' with { type: 'json' };

/** Lets a tab stop hearing from the others (goDeaf), as when their messages are late. */
async function canGoDeaf(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const onmessage = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'onmessage')!;
		Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
			get() {
				return onmessage.get!.call(this);
			},
			set(listener: (event: MessageEvent) => void) {
				onmessage.set!.call(this, (event: MessageEvent) => {
					if (!(window as { deaf?: boolean }).deaf) listener(event);
				});
			}
		});
	});
}

async function goDeaf(page: Page): Promise<void> {
	await page.evaluate(() => ((window as { deaf?: boolean }).deaf = true));
}

test('two tabs see each other’s writes', async ({ context }) => {
	const first = new NotesPage(await context.newPage());
	const second = new NotesPage(await context.newPage());
	await first.goto('/notes');
	await second.goto('/notes');

	await first.create('Written in the first tab');
	await expect(second.listItem('Written in the first tab')).toBeVisible();

	await second.create('Written in the second tab');
	await first.goto('/notes');
	await expect(first.listItem('Written in the second tab')).toBeVisible();
});

test('Settings shows whether storage is protected and how much is used', async ({ page, app }) => {
	await app.goto('/settings');
	await expect(page.getByTestId('storage-persistence')).toHaveText(/protected/i);
	await expect(page.getByTestId('storage-usage')).toHaveText(/^Using .+ of about .+ available\.$/);
});

test('a database written by the first schema version is upgraded with every record kept', async ({
	page,
	app
}) => {
	// Any same-origin URL that runs none of the app's code: the app must not open the database
	// before the old one exists.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(async (rows) => {
		await new Promise<void>((resolve, reject) => {
			// Dexie stores schema version 1 as IndexedDB version 10.
			const request = indexedDB.open('rank-and-file', 10);
			request.onupgradeneeded = () => {
				const store = request.result.createObjectStore('records', { keyPath: 'id' });
				for (const index of ['kind', 'parentId', 'updatedAt']) store.createIndex(index, index);
			};
			request.onsuccess = () => {
				const tx = request.result.transaction('records', 'readwrite');
				for (const row of rows) tx.objectStore('records').add(row);
				tx.oncomplete = () => {
					request.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
			request.onerror = () => reject(request.error);
		});
	}, v1Rows);

	await app.goto('/notes');
	await expect(page.getByRole('link', { name: /Meeting Tuesday/ })).toBeVisible();
	const kept = await userRows(page);
	const codecs = [...new Set(kept.map((row) => row.codec))];
	expect({ count: kept.length, codecs }).toEqual({ count: v1Rows.length, codecs: ['json1'] });
});

test('when another tab upgrades the database, this tab saves what was typed, then reloads', async ({
	context
}) => {
	const notes = new NotesPage(await context.newPage());
	await notes.create('Typed before the upgrade');
	await notes.editor().pressSequentially(' and kept', { delay: 5 });

	// A newer version of the app, opened in another tab, upgrades the schema.
	const other = await context.newPage();
	await other.goto('/manifest.webmanifest');
	const reloaded = notes.page.waitForEvent('load');
	const texts = await other.evaluate(async () => {
		// The app keeps its data in a Storage Bucket of its own (src/lib/db/storage-area.ts).
		type Buckets = { open(name: string): Promise<{ indexedDB: IDBFactory }> };
		const buckets = (navigator as unknown as { storageBuckets: Buckets }).storageBuckets;
		const factory = (await buckets.open('rank-and-file-1')).indexedDB;
		return new Promise<string[]>((resolve, reject) => {
			const request = factory.open('rank-and-file-1', 1000);
			request.onsuccess = () => {
				const all = request.result.transaction('records').objectStore('records').getAll();
				all.onsuccess = () => {
					resolve(all.result.map((row: { body: string }) => JSON.parse(row.body).text));
					request.result.close();
				};
			};
			request.onerror = () => reject(request.error);
		});
	});
	expect(texts).toEqual(['Typed before the upgrade and kept']);
	await reloaded;
	// This copy of the app is older than the data now: it says so instead of showing nothing.
	await expect(notes.page.getByRole('alert')).toContainText('saved by a newer version');
});

test('a full disk keeps the text on screen, says so, and saving resumes when it fits', async ({
	page,
	context,
	baseURL
}) => {
	// Chromium's own quota override, set before the site stores anything: 2 MB in all.
	const cdp = await context.newCDPSession(page);
	const origin = new URL(baseURL!).origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2_000_000 });
	const notes = new NotesPage(page);
	await notes.create('Minutes');

	const tooLong = `Minutes\n${'Motion carried. '.repeat(200_000)}`;
	await notes.editor().fill(tooLong);
	await expect(page.getByRole('alert')).toContainText('out of space');
	await expect(
		page.getByText('Not saved: the phone is out of space. Your text is still here.')
	).toBeVisible();
	await expect(notes.editor()).toHaveValue(tooLong);

	// Once the change fits, it is saved and the warning goes.
	await notes.editor().fill('Minutes\nMotion carried.');
	await notes.saved();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.reload();
	await notes.hydrated();
	await expect(notes.editor()).toHaveValue('Minutes\nMotion carried.');
});

test('an open note follows what another tab saves while this one is idle', async ({ context }) => {
	const first = new NotesPage(await context.newPage());
	const second = new NotesPage(await context.newPage());
	await first.create('Meeting at noon');
	await second.goto(first.page.url());
	await expect(second.editor()).toHaveValue('Meeting at noon');

	await first.editor().press('End');
	await first.editor().pressSequentially(', bring flyers');
	await first.saved();
	await expect(second.editor()).toHaveValue('Meeting at noon, bring flyers');
});

test('when two tabs change a note at once, the user picks and the other version is kept', async ({
	context
}) => {
	const first = new NotesPage(await context.newPage());
	const second = new NotesPage(await context.newPage());
	await canGoDeaf(second.page);
	await first.create('Picket plan');
	await second.goto(first.page.url());
	await expect(second.editor()).toHaveValue('Picket plan');
	await goDeaf(second.page);

	await first.editor().press('End');
	await first.editor().pressSequentially(': north gate');
	await first.saved();
	await second.editor().press('End');
	await second.editor().pressSequentially(': south gate');

	const conflict = second.page.getByRole('alert').filter({ hasText: 'changed in another tab' });
	await expect(conflict).toBeVisible();
	await conflict.getByText('See the other version').click();
	await expect(second.page.getByTestId('conflict-other')).toHaveText('Picket plan: north gate');
	await conflict.getByRole('button', { name: 'Keep mine' }).click();
	await expect(conflict).toBeHidden();
	await expect(second.editor()).toHaveValue('Picket plan: south gate');

	await second.goto('/notes');
	await expect(second.listItem('Picket plan: south gate')).toBeVisible();
	await expect(second.listItem('Picket plan: north gate')).toBeVisible();
});

test('an open contact editor follows what another tab saves while it is idle', async ({
	context
}) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/rapid-response/contacts/contact');
	await first.getByLabel('Name', { exact: true }).fill('Rosa Díaz');
	await first.waitForURL(/contact\?id=/);
	await expect(first.getByText(/^Saved/)).toBeVisible();

	// The address keeps the editor open (edit=1), so the second tab opens it too.
	await second.goto(first.url());
	await expect(second.getByLabel('Name', { exact: true })).toHaveValue('Rosa Díaz');

	await first.getByLabel('Neighborhood').fill('Little Village');
	await expect(second.getByLabel('Neighborhood')).toHaveValue('Little Village');
});

test('an open checklist item note follows another tab, and when both change it nothing is lost', async ({
	context
}) => {
	const first = new ChecklistsPage(await context.newPage());
	const second = new ChecklistsPage(await context.newPage());
	await canGoDeaf(second.page);
	await first.newChecklist('Shop floor');
	await first.addItem('Map the shop');
	await second.goto(first.page.url());
	const mine = await first.openDetails('Map the shop');
	const theirs = await second.openDetails('Map the shop');
	const note = (item: typeof mine) => item.getByLabel(/^Note$/);

	await note(mine).fill('Ask Rosa');
	await first.saved(mine);
	await expect(note(theirs)).toHaveValue('Ask Rosa');

	// Both change the note; the second tab has not heard of the first one's change.
	await goDeaf(second.page);
	await note(mine).fill('Ask Rosa about nights');
	await first.saved(mine);
	await note(theirs).press('End');
	await note(theirs).pressSequentially(', and days');
	await expect(theirs.getByRole('status').filter({ hasText: 'changed in another tab' })).toHaveText(
		/the other one was kept under “Notes about this”/
	);
	await expect(note(theirs)).toHaveValue('Ask Rosa, and days');
	await second.saved(theirs);

	// The later save wins, the first tab follows it, and the other text is a linked note.
	await expect(note(mine)).toHaveValue('Ask Rosa, and days');
	const linked = first.page.getByRole('region', { name: 'Notes about this' }).getByRole('link');
	await expect(linked).toHaveText(['Map the shop']);
	await linked.click();
	await expect(new NotesPage(first.page).editor()).toHaveValue(
		'Map the shop\n\nAsk Rosa about nights'
	);
});
