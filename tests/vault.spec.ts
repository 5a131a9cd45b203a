import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { noteRows, putStoredRows, storedRows, vaultHeader } from './support/app-database';
import { NotesPage } from './support/notes-page';
import { lockScreen, PASSPHRASE, turnLockOn, unlock } from './support/vault';

/** 2,000 notes, then the lock turned on with the CPU slowed: resolves once the move is under way. */
async function startSlowEncryption(page: Page, context: BrowserContext): Promise<CDPSession> {
	await page.goto('/notes');
	// The list has been read: the database the rows go into exists.
	await expect(page.getByText('No notes yet.')).toBeVisible();
	await putStoredRows(page, noteRows(2000));
	await page.reload();
	await expect(page.getByRole('link', { name: 'Seeded note 0', exact: true })).toBeVisible();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
	await page.goto('/settings');
	await page.getByLabel('New passphrase').fill(PASSPHRASE);
	await page.getByLabel('Type it again').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Encrypt my records' }).click();
	await expect(page.getByText(/^(250|500|750|1000|1250) of 20\d\d$/)).toBeVisible({
		timeout: 30_000
	});
	return cdp;
}

/** Opens the notes list and expects the 2,000 seeded notes, every one encrypted. */
async function expectSeededNotesEncrypted(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
	await expect(page.getByRole('link', { name: 'Seeded note 0', exact: true })).toBeVisible({
		timeout: 30_000
	});
	const rows = (await storedRows(page)).filter((row) => row.kind === 'note');
	expect(rows).toHaveLength(2000);
	expect(rows.every((row) => row.codec === 'aes1')).toBe(true);
}

test('the lock encrypts every record, locks and opens again only with the passphrase', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.create('Safe house on Ashland\nAsk for Rosa');
	await turnLockOn(page);

	const rows = await storedRows(page);
	expect(rows.length).toBeGreaterThan(0);
	expect(rows.every((row) => row.codec === 'aes1')).toBe(true);
	expect(JSON.stringify(rows)).not.toContain('Ashland');

	// A reload locks; moving around inside the app does not.
	await notes.navigate('Notes');
	await expect(page.getByText('Safe house on Ashland')).toBeVisible();
	await page.getByRole('button', { name: 'Lock now' }).first().click();
	await expect(lockScreen(page)).toBeVisible();
	expect(await page.content()).not.toContain('Ashland');

	await unlock(page, 'maple tugboat velvet quarry 43');
	await expect(page.getByRole('alert')).toContainText('did not open your records');
	await unlock(page);
	await expect(page.getByText('Safe house on Ashland')).toBeVisible();
});

test('a tampered record is skipped and counted; the others open', async ({ page }) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	for (const text of ['First note', 'Second note', 'Third note', 'Fourth note']) {
		await notes.create(text);
	}
	await turnLockOn(page);

	const rows = (await storedRows(page)).filter((row) => row.kind === 'note');
	const body = (row: Record<string, unknown>) => row.body as Uint8Array;
	const flipped = new Uint8Array(body(rows[0]!));
	flipped[flipped.length - 1]! ^= 1;
	await putStoredRows(page, [
		{ ...rows[0], body: flipped },
		// Another record's ciphertext copied onto this id, and one relabelled as a contact.
		{ ...rows[1], body: body(rows[2]!) },
		{ ...rows[3], kind: 'contact' }
	]);
	await page.reload();
	await unlock(page);
	await notes.navigate('Notes');
	// The relabelled one is no longer a note; the other two are counted.
	await expect(page.getByText(/could not be read.*2 notes/)).toBeVisible();
	const shown = page.getByRole('link', { name: /^(First|Second|Third|Fourth) note$/ });
	await expect(shown).toHaveCount(1);
});

test('a header whose key derivation is below the bounds is refused', async ({ page }) => {
	await page.goto('/');
	await turnLockOn(page);
	const header = (await vaultHeader(page)) as { kdf: Record<string, unknown> };
	expect(header.kdf.name).toBe('argon2id');
	await vaultHeader(page, { ...header, kdf: { ...header.kdf, memory: 1024, iterations: 1 } });
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('The lock could not be read');
	await expect(page.getByLabel('Passphrase')).toHaveCount(0);
});

test('locking one tab locks every tab', async ({ page, context }) => {
	await page.goto('/');
	await turnLockOn(page);
	const other = await context.newPage();
	await other.goto('/');
	await unlock(other);
	await expect(other.getByRole('button', { name: 'Lock now' }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Lock now' }).first().click();
	await expect(lockScreen(page)).toBeVisible();
	await expect(lockScreen(other)).toBeVisible();
});

test('the duress passphrase erases everything and opens an empty app', async ({ page }) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.create('Phone tree for block 12');
	await turnLockOn(page);
	const duress = page.locator('details', { hasText: 'Duress passphrase' });
	await duress.locator('summary').click();
	await duress.getByLabel('Current passphrase').fill(PASSPHRASE);
	await duress.getByLabel('Duress passphrase', { exact: true }).fill('river stone 1');
	await page.getByRole('button', { name: 'Save duress passphrase' }).click();
	await expect(page.getByText('Duress passphrase saved.')).toBeVisible({ timeout: 20_000 });

	await page.reload();
	await unlock(page, 'river stone 1');
	await expect(page.getByRole('heading', { name: 'Rank & File' })).toBeVisible({ timeout: 20_000 });
	await notes.navigate('Notes');
	await expect(page.getByText('Phone tree for block 12')).toHaveCount(0);
	expect(JSON.stringify(await storedRows(page))).not.toContain('block 12');
	await page.goto('/settings');
	await expect(page.getByText('Your records are stored without a passphrase.')).toBeVisible();
});

test('without WebAssembly a new vault uses PBKDF2, and an Argon2id vault still opens', async ({
	page,
	context
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.create('Argon note');
	await turnLockOn(page);
	expect(((await vaultHeader(page)) as { kdf: { name: string } }).kdf.name).toBe('argon2id');

	await context.addInitScript(() => {
		delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
	});
	await page.reload();
	await unlock(page);
	await notes.navigate('Notes');
	await expect(page.getByText('Argon note')).toBeVisible({ timeout: 60_000 });

	await page.goto('/settings');
	await unlock(page);
	await page.locator('summary', { hasText: 'Turn the lock off' }).click();
	await page.getByLabel('Current passphrase').last().fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Turn the lock off' }).click();
	await expect(page.getByText('Your records are stored without a passphrase.')).toBeVisible({
		timeout: 60_000
	});
	await turnLockOn(page);
	const header = (await vaultHeader(page)) as { kdf: { name: string; iterations: number } };
	expect(header.kdf.name).toBe('pbkdf2-sha256');
	expect(header.kdf.iterations).toBeGreaterThanOrEqual(600_000);
	await page.reload();
	await unlock(page);
	await notes.navigate('Notes');
	await expect(page.getByText('Argon note')).toBeVisible();
});

test('turning the lock on resumes after the page is killed halfway, and nothing is lost', async ({
	page,
	context
}) => {
	await startSlowEncryption(page, context);
	await page.close();

	const reopened = await context.newPage();
	await reopened.goto('/');
	await expect(reopened.getByRole('heading', { name: 'Finish moving your records' })).toBeVisible();
	await unlock(reopened);
	await expectSeededNotesEncrypted(reopened);
});

test('a tab opened while another tab is moving the records waits for it, then opens', async ({
	page,
	context
}) => {
	const cdp = await startSlowEncryption(page, context);
	const other = await context.newPage();
	await other.goto('/notes');
	// Not the screen for a move cut short: that move is under way, and the other tab says so.
	await expect(
		other.getByRole('heading', { name: 'Another tab is moving your records' })
	).toBeVisible();
	await expect(other.getByText('This page opens by itself as soon as it is done.')).toBeVisible();
	await expect(other.getByRole('heading', { name: 'Finish moving your records' })).toHaveCount(0);

	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await expect(page.getByText('Your records are encrypted with your passphrase.')).toBeVisible({
		timeout: 60_000
	});
	await expect(lockScreen(other)).toBeVisible({ timeout: 30_000 });
	await unlock(other);
	await expectSeededNotesEncrypted(other);
});

test('first run offers the lock; "not now" puts it away', async ({ page }) => {
	await page.goto('/');
	const offer = page.getByRole('region', { name: 'Protect your records with a passphrase' });
	await expect(offer).toBeVisible();
	await offer.getByRole('button', { name: 'Not now' }).click();
	await expect(offer).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Rank & File' })).toBeVisible();
	await expect(offer).toHaveCount(0);
	await page.getByRole('link', { name: 'Settings' }).first().click();
	await expect(page.getByRole('button', { name: 'Encrypt my records' })).toBeVisible();
});

test('hidden, the app is covered; back after the chosen time, it is locked; panic hides it', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.create('Rally point on 18th Street');
	await turnLockOn(page);
	await page.getByLabel('Lock when the app is hidden for').selectOption({ label: 'At once' });
	await notes.navigate('Notes');
	await expect(page.getByText('Rally point on 18th Street')).toBeVisible();

	const hide = (state: 'hidden' | 'visible') =>
		page.evaluate((state) => {
			Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		}, state);
	await hide('hidden');
	await expect(lockScreen(page)).toBeVisible();
	expect(await page.content()).not.toContain('18th Street');
	await hide('visible');

	await unlock(page);
	await notes.navigate('Notes');
	const panic = page.getByRole('button', { name: 'Panic: hold to hide everything' });
	// One tap only arms it; a second tap fires.
	await panic.click();
	await expect(page.getByText('Rally point on 18th Street')).toBeVisible();
	await panic.click();
	await expect(page).toHaveURL(/blank\.html$/);
	expect(await page.content()).not.toContain('Rank');
	await page.goto('/notes');
	await expect(lockScreen(page)).toBeVisible();
});

test('with "erase on panic" chosen, panic from any page erases everything', async ({ page }) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.create('Safe house on Ashland');
	await page.goto('/settings');
	const panicSettings = page
		.locator('details')
		.filter({ has: page.locator('summary', { hasText: /^Panic$/ }) });
	await panicSettings.locator('summary').click();
	await panicSettings.getByLabel('Erase everything on panic').check();
	// Kept on disk: it reads back checked after a reload.
	await page.reload();
	await panicSettings.locator('summary').click();
	await expect(panicSettings.getByLabel('Erase everything on panic')).toBeChecked();

	// A page that shows no records.
	await page.goto('/about');
	const panic = page.getByRole('button', { name: 'Panic: hold to hide everything' });
	await panic.click();
	await panic.click();
	await expect(page).toHaveURL(/blank\.html$/);
	await page.goto('/notes');
	await expect(page.getByText('No notes yet.')).toBeVisible();
	expect(JSON.stringify(await storedRows(page))).not.toContain('Ashland');
});
