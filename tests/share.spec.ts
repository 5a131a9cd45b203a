import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, devices, type Page, type TestInfo } from '@playwright/test';
import { BackupPage, eraseEverything } from './support/backup-page';
import { expect, guardContext, test } from './support/fixtures';
import { axeViolations, smallTouchTargets } from './support/layout-checks';
import { pngPixels, readQr, writeY4m, type Pixels } from './support/qr-image';
import { everyArea, storeRows, userRows, type Row } from './support/records';

/** A checklist of 30 typed items, some ticked, some with notes. */
const thirtyItems: Row = {
	id: 'checklist-30',
	kind: 'checklist',
	createdAt: 1_760_000_000_000,
	updatedAt: 1_760_000_000_000,
	codec: 'json1',
	body: JSON.stringify({
		title: 'Walkout prep',
		archived: false,
		items: Array.from({ length: 30 }, (_, i) => ({
			id: `item-${i}`,
			title: `Step ${i + 1}: talk to the crew on line ${i + 1}`,
			done: i % 3 === 0,
			note: i % 5 === 0 ? 'asked twice' : ''
		}))
	})
};

/** An alert being composed, changed just now (older ones are no longer kept). */
const alertRow = (): Row => ({
	id: 'alert-1',
	kind: 'alert',
	createdAt: Date.now(),
	updatedAt: Date.now(),
	codec: 'json1',
	body: JSON.stringify({
		templateId: 'school-watch-call',
		texts: { school: 'Whittier Elementary' },
		agents: 0,
		vehicles: 0,
		time: '08:05',
		locale: 'en',
		confirmation: 'seen',
		withoutAccents: false
	})
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Shows the share screen's QR code, centred as a person holds it up, and reads it from a screenshot. */
async function qrOnScreen(page: Page, testInfo: TestInfo): Promise<Pixels> {
	await page.getByRole('button', { name: 'Show as a QR code' }).click();
	const code = page.getByTestId('share-qr');
	await expect(code).toBeVisible();
	await expect
		.poll(() => code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
		.toBe(true);
	// The fixed bottom bar must not cover it.
	await code.evaluate((img) => img.scrollIntoView({ block: 'center' }));
	const shot = await code.screenshot();
	writeFileSync(testInfo.outputPath('qr.png'), shot);
	const picture = await pngPixels(page, shot);
	expect(readQr(picture)).toMatch(/^RF1:[0-9A-Z $%*+\-./:]+$/);
	return picture;
}

/**
 * The other phone: a fresh browser whose camera films the picture, opened on the scan screen.
 * It must reach no other server and break no content-security rule.
 */
async function scanOnAnotherPhone(
	picture: Pixels,
	baseURL: string,
	testInfo: TestInfo,
	receive: (other: BackupPage) => Promise<void>
): Promise<void> {
	const video = testInfo.outputPath('qr.y4m');
	writeY4m(video, picture);
	const browser = await chromium.launch({
		...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
		args: [
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		const context = await browser.newContext({
			...devices['Pixel 7'],
			baseURL,
			locale: 'en-US',
			permissions: ['camera']
		});
		const guard = await guardContext(context, new URL(baseURL).origin);
		const other = new BackupPage(await context.newPage());
		await other.goto('/share/receive');
		await other.page.getByRole('link', { name: 'Scan a QR code' }).click();
		await receive(other);
		expect(guard.external).toEqual([]);
		expect(guard.csp).toEqual([]);
	} finally {
		await browser.close();
	}
}

test('a 30-item checklist as a QR code: read from a screenshot, then scanned by a camera', async ({
	page,
	baseURL
}, testInfo) => {
	const app = new BackupPage(page);
	await app.goto('/notes');
	await storeRows(page, [thirtyItems]);
	await app.goto('/share?thing=checklist&id=checklist-30');
	await expect(page.getByTestId('share-what')).toContainText('Walkout prep');
	const picture = await qrOnScreen(page, testInfo);

	await scanOnAnotherPhone(picture, baseURL!, testInfo, async (other) => {
		const preview = other.page.getByTestId('receive-preview');
		await expect(preview).toContainText('“Walkout prep”', { timeout: 30_000 });
		await expect(preview).toContainText('It holds: 30 items.');
		await other.page.getByRole('button', { name: 'Import a copy' }).click();
		await other.page.getByTestId('receive-done').getByRole('link', { name: 'Open it' }).click();
		await expect(other.page.getByText('Step 30: talk to the crew on line 30')).toBeVisible();
		const rows = (await userRows(other.page)).filter((row) => row.kind === 'checklist');
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).not.toBe('checklist-30');
		const items = (JSON.parse(rows[0]!.body) as { items: { done: boolean }[] }).items;
		expect(items.filter((item) => item.done)).toHaveLength(10);
	});
});

test('a contact group as an encrypted file: the receiver previews, then gets a copy', async ({
	page
}, testInfo) => {
	const app = new BackupPage(page);
	await app.goto('/notes');
	await storeRows(page, everyArea());
	await app.goto('/rapid-response/contacts/group?id=group-1');
	await page.getByRole('link', { name: 'Send a copy to a teammate' }).click();
	await expect(page.getByTestId('share-what')).toContainText('Backup group');
	await page.getByLabel('Passphrase (optional)').fill('kettle orbit');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Share as a file' }).click();
	const file = testInfo.outputPath('group.age');
	await (await download).saveAs(file);

	await eraseEverything(page);
	await app.goto('/share/receive');
	await page.getByLabel('Choose the shared file').setInputFiles(file);
	await page.getByLabel('Passphrase of the file').fill('wrong');
	await page.getByRole('button', { name: 'Open the file' }).click();
	await expect(page.getByRole('alert')).toHaveText('Wrong passphrase for this file.');
	await page.getByLabel('Passphrase of the file').fill('kettle orbit');
	await page.getByRole('button', { name: 'Open the file' }).click();
	await expect(page.getByTestId('receive-preview')).toContainText('“Backup group”');
	await expect(page.getByTestId('receive-preview')).toContainText('It holds: 1 person.');
	expect(await userRows(page)).toEqual([]);
	await page.getByRole('button', { name: 'Import a copy' }).click();
	await page.getByTestId('receive-done').getByRole('link', { name: 'Open it' }).click();
	await expect(page.getByText('Rosa Backup')).toBeVisible();
	const kinds = (await userRows(page)).map((row) => row.kind).sort();
	expect(kinds).toEqual(['contact', 'contact-group']);
});

test('an alert as a template: the teammate previews it, then sends it from their own composer', async ({
	page,
	baseURL
}, testInfo) => {
	const app = new BackupPage(page);
	await app.goto('/rapid-response/alert');
	await page.getByRole('button', { name: /^Meeting called/ }).click();
	await page.getByLabel('Meeting place').fill('Union hall, 2nd floor');
	await page.getByText('More details').click();
	await page.getByLabel('What you see').fill('Bring your steward card');
	await page.getByRole('button', { name: 'Español' }).click();
	// The template's wording; the composer adds the time.
	const wording =
		'REUNIÓN: la red de respuesta rápida se reúne. Lugar: Union hall, 2nd floor. Bring your steward card';
	const composed =
		/^REUNIÓN: la red de respuesta rápida se reúne\. Lugar: Union hall, 2nd floor\. Hora: .+\. Bring your steward card$/;
	await expect(page.getByTestId('alert-preview')).toHaveText(composed);
	await page.getByRole('link', { name: 'Send as a template to a teammate' }).click();

	await expect(page.getByTestId('share-what')).toHaveText(
		'Prepared alert: Meeting called, Union hall, 2nd floor'
	);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Share as a file' }).click();
	const file = testInfo.outputPath('alert.json');
	await (await download).saveAs(file);
	expect((await download).suggestedFilename()).toBe('rank-and-file-alert-template.json');
	// The file holds the template only: no time, no counts, no confirmation, no place or group.
	const sent = JSON.parse(readFileSync(file, 'utf8')) as { records: { data: unknown }[] };
	expect(sent.records.map((record) => record.data)).toEqual([
		{
			templateId: 'meeting-called',
			texts: { meeting_place: 'Union hall, 2nd floor', what: 'Bring your steward card' },
			locale: 'es',
			withoutAccents: false
		}
	]);
	const picture = await qrOnScreen(page, testInfo);

	await eraseEverything(page);
	await app.goto('/share/receive');
	// A crafted file is refused with a message, and nothing is written.
	await page
		.getByLabel('Choose the shared file')
		.setInputFiles('tests/fixtures/bad-shares/alert-with-location.json');
	await page.getByRole('button', { name: 'Open the file' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'This shared item is damaged or incomplete. Nothing was imported.'
	);
	await expect(page.getByTestId('receive-preview')).toHaveCount(0);
	expect(await userRows(page)).toEqual([]);

	await page.getByLabel('Choose the shared file').setInputFiles(file);
	await page.getByRole('button', { name: 'Open the file' }).click();
	const preview = page.getByTestId('receive-preview');
	await expect(preview).toContainText(
		'This is a Prepared alert: “Meeting called, Union hall, 2nd floor”.'
	);
	await expect(page.getByTestId('receive-alert-text')).toHaveText(wording);
	await expect(page.getByTestId('receive-alert-text')).toHaveAttribute('lang', 'es');
	expect(await userRows(page)).toEqual([]);
	await page.getByRole('button', { name: 'Import a copy' }).click();
	await page.getByTestId('receive-done').getByRole('link', { name: 'Open it' }).click();
	await expect(page.getByLabel('Meeting place')).toHaveValue('Union hall, 2nd floor');
	await expect(page.getByTestId('alert-preview')).toHaveText(composed);
	expect((await userRows(page)).map((row) => row.kind)).toEqual(['alert']);

	// The same template through the QR code, on a phone that never had it.
	await scanOnAnotherPhone(picture, baseURL!, testInfo, async (other) => {
		await expect(other.page.getByTestId('receive-alert-text')).toHaveText(wording, {
			timeout: 30_000
		});
		await other.page.getByRole('button', { name: 'Import a copy' }).click();
		await other.page.getByTestId('receive-done').getByRole('link', { name: 'Open it' }).click();
		await expect(other.page.getByLabel('Meeting place')).toHaveValue('Union hall, 2nd floor');
		await other.page.getByText('More details').click();
		await expect(other.page.getByLabel('What you see')).toHaveValue('Bring your steward card');
	});
});

for (const language of ['en', 'es'] as const) {
	test.describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });
		test('the share screens: axe finds no violation, every control is 44 px', async ({ page }) => {
			const app = new BackupPage(page);
			await app.goto('/notes');
			await storeRows(page, [thirtyItems, alertRow()]);
			await app.goto('/share?thing=checklist&id=checklist-30');
			await page.locator('[data-testid=share-what]').waitFor();
			await page.locator('section').last().getByRole('button').click();
			await expect(page.getByTestId('share-qr')).toBeVisible();
			const composer = '/rapid-response/alert?id=alert-1';
			for (const path of ['', '/share/receive', composer, '/share?thing=alert&id=alert-1']) {
				if (path) await app.goto(path);
				if (path === composer)
					await expect(page.locator('a[href="/share?thing=alert&id=alert-1"]')).toHaveText(
						language === 'en'
							? 'Send as a template to a teammate'
							: 'Enviar como plantilla a alguien del equipo'
					);
				if (path.includes('thing=alert'))
					await expect(page.getByTestId('share-what')).toContainText('Whittier Elementary');
				expect(await axeViolations(page), path).toEqual([]);
				expect(await smallTouchTargets(page), path).toEqual([]);
			}
		});
	});
}
