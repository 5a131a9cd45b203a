import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { resolutionTemplates } from '../src/lib/content/resolutions';
import { test, expect } from './support/fixtures';
import {
	axeViolations,
	horizontalOverflow,
	pinWidestDates,
	smallTouchTargets,
	WIDEST_WEEK_AFTER
} from './support/layout-checks';
import { NotesPage } from './support/notes-page';
import { ResolutionsPage } from './support/resolutions-page';

const solidarity = 'Stand with a union on strike';

/** Every blank of the solidarity template, by its English label. */
const everyField = {
	'Union name': 'ATU',
	'Local number': '1005',
	'Body that votes': 'membership meeting',
	'City or town': 'Minneapolis',
	'Meeting date': '2026-04-14',
	'Union on strike': 'Nurses United',
	'Employer they are striking': 'Acme Hospital'
};

async function expectNoAxeViolations(page: Page): Promise<void> {
	expect(await axeViolations(page)).toEqual([]);
}

test('fill a template, see the preview, reload offline and print it with every field filled', async ({
	page
}) => {
	const resolutions = new ResolutionsPage(page);
	await resolutions.goto('/resolutions');
	await resolutions.waitForOfflineReady();
	await expect(page.getByText('No drafts yet.')).toBeVisible();

	await resolutions.openTemplate(solidarity);
	await expect(page.getByRole('heading', { name: 'When to use it' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Workers Strike Back' })).toBeVisible();
	await resolutions.startDraft();

	// Every blank starts out marked in the preview, by its label in brackets.
	await expect(resolutions.missing().first()).toBeVisible();
	await expect(resolutions.preview()).toContainText('[Union on strike] is on strike against');

	await resolutions.fill({ 'Union name': 'ATU', 'Union on strike': 'Nurses United' });
	await expect(resolutions.preview()).toContainText(
		'THEREFORE BE IT RESOLVED, that ATU, Local [Local number], stands with Nurses United'
	);
	await expect(page.getByTestId('missing-count')).toHaveText(
		'Blanks left to fill in: 5. They are shown in brackets.'
	);

	// User text is shown as text, never run as markup.
	await resolutions.fill({ 'Employer they are striking': '<img src=x onerror=alert(1)>Acme' });
	await expect(resolutions.preview()).toContainText(
		'strike against <img src=x onerror=alert(1)>Acme'
	);
	await expect(resolutions.preview().locator('img')).toHaveCount(0);

	await resolutions.fill(everyField);
	await expect(resolutions.missing()).toHaveCount(0);
	await expect(page.getByTestId('missing-count')).toHaveText('Every blank is filled in.');
	await expect(resolutions.preview()).toContainText(
		'that this resolution, adopted by the membership meeting on April 14, 2026, will be sent to Nurses United.'
	);
	await resolutions.saved();

	await resolutions.offline();
	await page.reload();
	await resolutions.hydrated();
	for (const [label, value] of Object.entries(everyField)) {
		await expect(resolutions.field(label)).toHaveValue(value);
	}
	await expect(resolutions.preview()).toContainText(
		'stands with Nurses United in its strike against Acme Hospital'
	);

	await resolutions.openPrintView();
	const sheet = resolutions.sheet();
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(solidarity);
	await expect(sheet.locator('mark')).toHaveCount(0);
	for (const text of ['ATU, Local 1005', 'Minneapolis', 'April 14, 2026', 'Acme Hospital']) {
		await expect(sheet).toContainText(text);
	}
	await expect(page.getByRole('radio', { name: /Letter/ })).toBeChecked();
	expect(await resolutions.pdfPageSize()).toEqual({ width: 612, height: 792 });

	await page.getByRole('radio', { name: /A4/ }).check();
	await expect(sheet).toHaveClass(/\ba4\b/);
	expect(await resolutions.pdfPageSize()).toEqual({ width: 595, height: 842 });

	// The choice of paper is kept with the draft, offline too.
	await page.reload();
	await resolutions.hydrated();
	await expect(page.getByRole('radio', { name: /A4/ })).toBeChecked();
});

test('edit, add, remove with undo and reorder clauses; the template stays as it was', async ({
	page
}) => {
	const resolutions = new ResolutionsPage(page);
	await resolutions.openTemplate(solidarity);
	await resolutions.startDraft();
	const whereas = (n: number) => resolutions.clause(`WHEREAS clause ${n}`);
	const paragraphs = resolutions.preview().locator('p');

	await whereas(4).fill('an injury to one is an injury to all, said {{speaker}}');
	await expect(resolutions.field('speaker')).toBeVisible();
	await resolutions.field('speaker').fill('the steward');
	await expect(resolutions.preview()).toContainText(
		'WHEREAS, an injury to one is an injury to all, said the steward;'
	);

	await page.getByRole('button', { name: 'Add a WHEREAS clause' }).click();
	await expect(whereas(5)).toBeFocused();
	await whereas(5).fill('hospital workers keep this city alive');
	await expect(paragraphs.nth(4)).toHaveText('WHEREAS, hospital workers keep this city alive;');

	await page.getByRole('button', { name: 'Move WHEREAS clause 5 up' }).click();
	await expect(paragraphs.nth(3)).toHaveText('WHEREAS, hospital workers keep this city alive;');
	await expect(page.getByRole('button', { name: 'Move WHEREAS clause 4 up' })).toBeFocused();

	await page.getByRole('button', { name: 'Remove WHEREAS clause 1' }).click();
	await expect(resolutions.preview()).not.toContainText('is on strike against');
	await page
		.getByRole('status')
		.filter({ hasText: 'WHEREAS clause removed.' })
		.getByRole('button', { name: 'Undo' })
		.click();
	await expect(paragraphs.nth(0)).toContainText('is on strike against');

	await page.getByRole('button', { name: 'Remove RESOLVED clause 5' }).click();
	await expect(resolutions.preview()).not.toContainText('will be sent to');
	await expect(resolutions.preview().locator('p').last()).toHaveText(
		/^BE IT FURTHER RESOLVED, that the union will ask other unions .* solidarity strikes\.$/
	);
	await resolutions.saved();

	await page.reload();
	await resolutions.hydrated();
	await expect(whereas(4)).toHaveValue('hospital workers keep this city alive');
	await expect(resolutions.clause('RESOLVED clause 5')).toHaveCount(0);

	// The built-in template is untouched, and a new draft starts from it.
	await resolutions.openTemplate(solidarity);
	await expect(page.getByRole('region', { name: 'The text' })).toContainText(
		'[City or town] for solidarity'
	);
	await expect(page.getByRole('region', { name: 'The text' })).not.toContainText(
		'hospital workers'
	);
});

test('the adoption record, duplicates, outputs and the drafts list', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const resolutions = new ResolutionsPage(page);
	await resolutions.openTemplate(solidarity);
	await resolutions.startDraft();
	await resolutions.fill(everyField);

	const record = page.getByRole('region', { name: 'Adoption record' });
	// The template's steps for passing it, loaded after the editor, sit above the record.
	await record.getByText('How to move and adopt it').click();
	await expect(
		record.getByText('Ask the striking union what support it needs most.')
	).toBeVisible();
	await record.getByRole('radio', { name: 'Adopted' }).check();
	await resolutions.fill({
		'Body that voted': 'General membership meeting',
		'Date of the vote': '2026-04-14',
		'Moved by': 'R. Member',
		'Seconded by': 'S. Member',
		For: '45',
		Against: '3',
		Abstaining: '2',
		Notes: 'Private: call the council chair'
	});
	await resolutions.saved();

	await page.getByRole('button', { name: 'Copy text' }).click();
	await expect(page.getByText('Copied.')).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(
		text.startsWith(`${solidarity}\n\nWHEREAS, Nurses United is on strike against Acme Hospital`)
	).toBe(true);
	expect(text).toContain(
		'Status: Adopted\nBody that voted: General membership meeting\nDate of the vote: April 14, 2026'
	);
	expect(text).toContain(
		'Moved by: R. Member\nSeconded by: S. Member\nFor: 45\nAgainst: 3\nAbstaining: 2'
	);
	expect(text).not.toContain('Private');

	await page.getByRole('button', { name: 'Copy Markdown' }).click();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown.startsWith(`# ${solidarity}\n\n**WHEREAS,** Nurses United`)).toBe(true);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download .md' }).click()
	]);
	expect(download.suggestedFilename()).toBe('stand-with-a-union-on-strike.md');
	expect(await readFile(await download.path(), 'utf8')).toBe(markdown);

	const [textFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download .txt' }).click()
	]);
	expect(textFile.suggestedFilename()).toBe('stand-with-a-union-on-strike.txt');
	expect(await readFile(await textFile.path(), 'utf8')).toBe(text);

	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.getByText(/^(Shared|Copied)\.$/)).toBeVisible();

	await resolutions.openPrintView();
	await expect(page.getByRole('checkbox', { name: 'Include the adoption record' })).toBeChecked();
	await expect(resolutions.sheet().getByRole('heading', { name: 'Adoption record' })).toBeVisible();
	await expect(resolutions.sheet()).toContainText('Moved by');
	await expect(resolutions.sheet()).toContainText('R. Member');
	await expect(resolutions.sheet()).not.toContainText('Private');
	await page.getByRole('checkbox', { name: 'Include the adoption record' }).uncheck();
	await expect(resolutions.sheet()).not.toContainText('R. Member');
	await page.getByRole('link', { name: 'Back to the draft' }).click();

	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page.getByText('This is a copy. The original draft is unchanged.')).toBeVisible();
	await expect(resolutions.field('Union on strike')).toHaveValue('Nurses United');
	await expect(page.getByRole('radio', { name: 'Draft', exact: true })).toBeChecked();
	await resolutions.field('Union on strike').fill('Teachers Local 59');
	await resolutions.saved();

	await resolutions.goto('/resolutions');
	const items = resolutions.draftList().getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText(solidarity);
	await expect(items.nth(0)).toContainText(`Template: ${solidarity}`);
	await expect(items.nth(0)).toContainText('Draft');
	await expect(items.nth(0)).toContainText(/Edited /);
	await expect(items.nth(1)).toContainText('Adopted');

	// Deleting offers undo.
	await items.nth(0).getByRole('link').click();
	await page.getByRole('button', { name: 'Delete draft' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(resolutions.field('Union on strike')).toHaveValue('Teachers Local 59');
	await page.getByRole('button', { name: 'Delete draft' }).click();
	await page.getByRole('link', { name: 'Back to resolutions' }).last().click();
	await expect(resolutions.draftList().getByRole('listitem')).toHaveCount(1);
});

test('a note can be linked to a draft from its page', async ({ page }) => {
	const resolutions = new ResolutionsPage(page);
	await resolutions.openTemplate(solidarity);
	await resolutions.startDraft();
	const draftUrl = page.url();
	await page.getByRole('button', { name: 'New note about this' }).click();
	await expect(page).toHaveURL(/\/notes\/edit\?id=/);
	const notes = new NotesPage(page);
	await notes.editor().fill('Ask the nurses what they need');
	await notes.saved();
	await resolutions.goto(new URL(draftUrl).pathname + new URL(draftUrl).search);
	await expect(page.getByRole('link', { name: 'Ask the nurses what they need' })).toBeVisible();
});

for (const language of ['en', 'es'] as const) {
	test.describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });

		test('pages fit 320 px and every control is a full-size target', async ({ page }) => {
			await pinWidestDates(page);
			const resolutions = new ResolutionsPage(page);
			await resolutions.goto('/resolutions/strike-solidarity');
			await resolutions.startDraft(language === 'en' ? 'English' : 'Español');
			// The longest dates a draft shows: the meeting in its text, the vote in its record.
			await resolutions
				.field(language === 'en' ? 'Meeting date' : 'Fecha de la reunión')
				.fill(WIDEST_WEEK_AFTER);
			await page.getByLabel(/^(Date of the vote|Fecha de la votación)$/).fill(WIDEST_WEEK_AFTER);
			await resolutions.saved();
			await expect(resolutions.preview()).toContainText(
				language === 'en' ? 'September 30, 2026' : '30 de septiembre de 2026'
			);
			const editor = page.url();
			await page.setViewportSize({ width: 320, height: 640 });
			for (const path of [
				'/resolutions',
				'/resolutions/strike-solidarity',
				editor,
				editor.replace('/edit', '/print')
			]) {
				await resolutions.goto(path);
				await expect(resolutions.heading()).toBeVisible();
				expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
				expect(await smallTouchTargets(page), path).toEqual([]);
			}
		});

		for (const path of [
			'/resolutions',
			...resolutionTemplates.map((t) => `/resolutions/${t.slug}`)
		]) {
			test(`axe finds no violation on ${path}`, async ({ page }) => {
				const resolutions = new ResolutionsPage(page);
				await resolutions.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', language);
				await expectNoAxeViolations(page);
			});
		}

		test('axe finds no violation in the editor and the print view', async ({ page }) => {
			const resolutions = new ResolutionsPage(page);
			await resolutions.goto('/resolutions/independent-investigation');
			await resolutions.startDraft(language === 'en' ? 'English' : 'Español');
			await expect(resolutions.missing().first()).toBeVisible();
			await expectNoAxeViolations(page);
			await page
				.getByRole('button', { name: /Remove|Quitar/ })
				.first()
				.click();
			await expectNoAxeViolations(page);
			await resolutions.openPrintView();
			await expectNoAxeViolations(page);
		});
	});
}

test.describe('in Spanish', () => {
	test.use({ locale: 'es-MX' });

	test('a draft in Spanish has Spanish text, labels and dates, and outlives a reload offline', async ({
		page
	}) => {
		const resolutions = new ResolutionsPage(page);
		await resolutions.goto('/resolutions');
		await resolutions.waitForOfflineReady();
		await expect(resolutions.heading()).toHaveText('Resoluciones');
		await resolutions.openTemplate('Solidaridad con un sindicato en huelga');
		await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
		await resolutions.startDraft('Español');

		await resolutions.fill({
			'Sindicato en huelga': 'Enfermeras Unidas',
			'Órgano que vota': 'la asamblea de miembros',
			'Fecha de la reunión': '2026-05-01'
		});
		await expect(resolutions.preview()).toContainText(
			'CONSIDERANDO QUE Enfermeras Unidas está en huelga contra [Empleador al que hacen huelga]'
		);
		await expect(resolutions.preview()).toContainText(
			'aprobada por la asamblea de miembros el 1 de mayo de 2026'
		);
		await resolutions.saved();

		await resolutions.offline();
		await page.reload();
		await resolutions.hydrated();
		await expect(resolutions.field('Sindicato en huelga')).toHaveValue('Enfermeras Unidas');
		await resolutions.openPrintView();
		await expect(resolutions.sheet()).toContainText('SE RESUELVE ADEMÁS QUE');
		await expect(resolutions.sheet().locator('mark.missing').first()).toHaveText(
			'[Empleador al que hacen huelga]'
		);
		await expect(resolutions.sheet().getByText('[Nombre del sindicato]')).toBeVisible();
	});

	test('a draft can be written in English from the Spanish app', async ({ page }) => {
		const resolutions = new ResolutionsPage(page);
		await resolutions.openTemplate('Solidaridad con un sindicato en huelga');
		await resolutions.startDraft('English');
		await expect(page.getByText('Escrito en English.')).toBeVisible();
		await expect(resolutions.field('Union on strike')).toBeVisible();
		await expect(resolutions.preview()).toContainText('THEREFORE BE IT RESOLVED, that');
		await expect(page.getByRole('heading', { name: 'Vista previa' })).toBeVisible();
		await resolutions.goto('/resolutions');
		await expect(resolutions.draftList()).toContainText('Stand with a union on strike');
		await expect(resolutions.draftList()).toContainText('Borrador');
		await expect(resolutions.draftList()).toContainText('English');
	});
});
