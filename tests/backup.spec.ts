import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ageDecrypt, hasAgeCli } from './support/age-cli';
import { BackupPage, eraseEverything } from './support/backup-page';
import { expect, test } from './support/fixtures';
import { axeViolations, smallTouchTargets } from './support/layout-checks';
import { everyArea, storeRows, userRows, type Row } from './support/records';

const PASSPHRASE = 'maple river lantern seventeen';

/** A row as the features see it: its fields and decoded data, however the body is encoded. */
const decoded = (rows: Row[]) =>
	rows.map(({ codec: _codec, body, ...meta }) => ({ ...meta, data: JSON.parse(body) as unknown }));

test('fill every area, back up, erase, restore offline: everything is back', async ({
	page
}, testInfo) => {
	const backup = new BackupPage(page);
	await backup.goto('/notes');
	await storeRows(page, everyArea());
	await backup.waitForOfflineReady();
	const before = await userRows(page);
	expect(before).toHaveLength(everyArea().length);

	await backup.open();
	const file = testInfo.outputPath('backup.age');
	await backup.backUp(PASSPHRASE, file);
	await expect(page.getByTestId('backup-made')).toContainText('1 note, 1 checklist, 1 contact');
	expect(readFileSync(file).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

	await eraseEverything(page);
	await backup.goto('/notes');
	await expect(page.getByText('Backup note')).toHaveCount(0);

	await backup.offline();
	await backup.open();
	await backup.read(file, PASSPHRASE);
	await expect(backup.preview()).toContainText('1 note, 1 checklist, 1 contact, 1 group');
	await expect(backup.preview()).toContainText(/made on .+ by version \d/);
	await backup.restore('replace');

	const after = (await userRows(page)).filter((row) => row.id !== 'backup');
	expect(decoded(after)).toEqual(decoded(before));
	await backup.goto('/notes');
	await expect(page.getByRole('link', { name: /Backup note/ })).toBeVisible();
	await backup.goto('/rapid-response/contacts');
	await expect(page.getByText('Rosa Backup')).toBeVisible();
});

test('a backup is refused a guessable or mistyped passphrase, and the screen says why', async ({
	page
}) => {
	const backup = new BackupPage(page);
	await backup.goto('/notes');
	await storeRows(page, everyArea());
	await backup.open();
	const first = page.getByLabel('Passphrase for the file');
	const again = page.getByLabel('Passphrase again');
	const backUp = page.getByRole('button', { name: 'Back up', exact: true });

	await first.fill('password123');
	await again.fill('password123');
	await expect(page.getByText('This passphrase is too easy to guess.')).toBeVisible();
	await expect(first).toHaveAttribute('aria-invalid', 'true');
	await expect(backUp).toBeDisabled();

	await first.fill(PASSPHRASE);
	await expect(page.getByText('This passphrase is too easy to guess.')).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same.');
	await expect(backUp).toBeDisabled();

	await again.fill(PASSPHRASE);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(backUp).toBeEnabled();
	await expect(page.getByTestId('backup-made')).toHaveCount(0);
});

test("a backup made by the app opens with Debian's age command", async ({ page }, testInfo) => {
	test.skip(!hasAgeCli(), 'no age command (scripts/ensure-age.js installs it as root)');
	const backup = new BackupPage(page);
	await backup.goto('/notes');
	await storeRows(page, everyArea());
	await backup.open();
	const file = testInfo.outputPath('backup.age');
	await backup.backUp(PASSPHRASE, file);

	const payload = JSON.parse(ageDecrypt(file, PASSPHRASE)) as {
		format: string;
		version: number;
		counts: Record<string, number>;
		records: { id: string; data: unknown }[];
	};
	expect(payload.format).toBe('rank-and-file-backup');
	expect(payload.version).toBe(1);
	expect(payload.counts).toMatchObject({ note: 1, contact: 1, 'phone-tree': 1, incident: 1 });
	const note = payload.records.find((record) => record.id === 'note-1');
	expect(note?.data).toMatchObject({ text: expect.stringContaining('Shift meeting') });
});

test('a wrong passphrase, a crafted header and a newer format are refused; nothing changes', async ({
	page
}) => {
	const backup = new BackupPage(page);
	await backup.goto('/notes');
	await storeRows(page, everyArea());
	const before = await userRows(page);
	await backup.open();

	const corpus = (name: string) => `tests/fixtures/bad-backups/${name}`;
	await backup.read(corpus('wrong-passphrase.age'), 'correct horse battery staple');
	await expect(backup.problem()).toContainText('Wrong passphrase for this file.');
	await backup.read(corpus('scrypt-2-30.age'), 'correct horse battery staple');
	await expect(backup.problem()).toContainText('more work than a phone can do');
	await backup.read(corpus('future-format.age'), 'correct horse battery staple');
	await expect(backup.problem()).toContainText('made by a newer version of the app');
	await expect(backup.problem()).toContainText('Nothing on this phone was changed.');
	await expect(backup.preview()).toHaveCount(0);
	expect(await userRows(page)).toEqual(before);
});

test('merge keeps both sides and counts the conflicts', async ({ page }, testInfo) => {
	const backup = new BackupPage(page);
	await backup.goto('/notes');
	await storeRows(page, everyArea());
	await backup.open();
	const file = testInfo.outputPath('backup.age');
	await backup.backUp(PASSPHRASE, file);

	// After the backup: one record changed on the phone, one new.
	const [note] = everyArea();
	await storeRows(page, [
		{ ...note!, updatedAt: note!.updatedAt + 1000, body: note!.body.replace('Backup', 'Newer') },
		{ ...note!, id: 'note-2', body: note!.body.replace('Backup', 'Second') }
	]);
	await backup.open();
	await backup.read(file, PASSPHRASE);
	await page.getByRole('radio', { name: /Merge/ }).check();
	await expect(page.getByTestId('restore-conflicts')).toHaveText(
		'1 record is on both sides in different versions; the newer one is kept (0 from the backup).'
	);
	await backup.restore('merge');
	const texts = (await userRows(page))
		.filter((row) => row.kind === 'note')
		.map((row) => (JSON.parse(row.body) as { text: string }).text.split('\n')[0]);
	expect(texts.sort()).toEqual(['# Newer note', '# Second note']);
});

/** One record of every area, last changed ten days ago and in no backup: the reminder is due. */
async function changesInNoBackup(page: Page, backup: BackupPage): Promise<void> {
	await backup.goto('/notes');
	const tenDaysAgo = Date.now() - 10 * 24 * 60 * 60 * 1000;
	await storeRows(
		page,
		everyArea().map((row) => ({ ...row, updatedAt: tenDaysAgo }))
	);
}

test('the reminder appears above the bottom bar and moves nothing on the page', async ({
	page
}) => {
	const backup = new BackupPage(page);
	await changesInNoBackup(page, backup);
	// The browser's own measure of content jumping under the reader (Cumulative Layout Shift).
	await page.addInitScript(() => {
		const shifts: number[] = [];
		(window as unknown as { shifts: number[] }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
				shifts.push(entry.value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await backup.goto('/');
	const reminder = page.getByTestId('backup-reminder');
	await expect(reminder).toBeVisible();
	const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
	expect(shifts).toEqual([]);
	const [banner, nav] = await Promise.all([
		reminder.boundingBox(),
		page.getByRole('navigation', { name: 'Main' }).boundingBox()
	]);
	// Its bottom edge on the bar's top edge (give or take the bar's 1 px border).
	expect(Math.abs(banner!.y + banner!.height - nav!.y)).toBeLessThanOrEqual(1.5);

	// What else stays above the bottom bar stays above the banner too: the alert's Send bar.
	await backup.goto('/rapid-response/alert');
	await page.getByRole('button', { name: /^Agents sighted/ }).click();
	const send = await page.getByRole('region', { name: 'Send' }).boundingBox();
	const strip = await reminder.boundingBox();
	expect(send!.y + send!.height).toBeLessThanOrEqual(strip!.y + 1);
});

test('Settings shows the last backup; a reminder comes after days of changes', async ({ page }) => {
	const backup = new BackupPage(page);
	await changesInNoBackup(page, backup);
	await backup.goto('/settings');
	await expect(page.getByTestId('last-backup')).toHaveText('No backup made on this phone yet.');
	await expect(page.getByTestId('backup-reminder')).toContainText('more than 7 days ago');

	await page.getByTestId('backup-reminder').getByRole('link', { name: 'Back up now' }).click();
	await expect(page).toHaveURL(/\/settings\/backup$/);
	await backup.backUp(PASSPHRASE, test.info().outputPath('backup.age'));
	await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
	await backup.goto('/settings');
	await expect(page.getByTestId('last-backup')).toHaveText(/^Last backup: .+\.$/);
	await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

	await backup.goto('/settings/backup/sheet');
	await expect(page.getByTestId('recovery-sheet')).toContainText('1 note, 1 checklist');
	await expect(page.getByTestId('recovery-sheet')).not.toContainText(PASSPHRASE);
});

const screens = ['/settings', '/settings/backup', '/settings/backup/sheet'];

for (const language of ['en', 'es'] as const) {
	test.describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });
		test('the backup screens: axe finds no violation, every control is 44 px', async ({
			page
		}, testInfo) => {
			const backup = new BackupPage(page);
			await backup.goto('/notes');
			await storeRows(page, everyArea());
			await backup.open();
			// The page object speaks English: in Spanish the sheet shows its empty state instead.
			if (language === 'en') await backup.backUp(PASSPHRASE, testInfo.outputPath('backup.age'));
			for (const path of screens) {
				await backup.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', language);
				expect(await axeViolations(page), path).toEqual([]);
				expect(await smallTouchTargets(page), path).toEqual([]);
			}
		});
	});
}
