import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ChecklistsPage } from './support/checklists-page';
import { NotesPage } from './support/notes-page';
import { ResolutionsPage } from './support/resolutions-page';

/**
 * No keystroke lost: in every editor, type, then reload a few milliseconds after the last key,
 * and the reloaded page must show everything typed. `KEYSTROKE_RUNS` sets the repetitions
 * (3 here; `npm run test:keystrokes` runs 20 of each, at normal speed and with the CPU slowed
 * 4×, and prints the losses as a table).
 */
const RUNS = Number(process.env.KEYSTROKE_RUNS ?? 3);
const DELAYS_MS = process.env.KEYSTROKE_RUNS ? [0, 5, 20] : [5, 20];
const SLOWDOWNS = process.env.KEYSTROKE_RUNS ? [1, 4] : [1];

interface Editor {
	name: string;
	/** Opens a stored record in its editor (once). */
	open(page: Page): Promise<void>;
	/** The field to type into, on the page as it is after a reload. */
	field(page: Page): Promise<Locator>;
}

const editors: Editor[] = [
	{
		name: 'note text',
		open: (page) => new NotesPage(page).create('Keystrokes'),
		field: async (page) => page.locator('#note-text')
	},
	{
		name: 'note tags',
		open: (page) => new NotesPage(page).create('Tags'),
		field: async (page) => page.locator('#note-tags')
	},
	{
		name: 'contact',
		async open(page) {
			await page.goto('/rapid-response/contacts/contact');
			await page.getByLabel('Name', { exact: true }).fill('Person');
			await page.waitForURL(/contact\?id=/);
		},
		async field(page) {
			// A reloaded contact opens as a card; its editor is one tap away.
			const edit = page.getByRole('button', { name: 'Edit' });
			const name = page.getByLabel('Name', { exact: true });
			await expect(edit.or(name)).toBeVisible();
			if (await edit.isVisible()) await edit.click();
			return name;
		}
	},
	{
		name: 'incident',
		async open(page) {
			await page.goto('/rapid-response/incidents/incident');
			await page.getByLabel('What happened').fill('Seen');
			await page.waitForURL(/incident\?id=/);
		},
		field: async (page) => page.getByLabel('What happened')
	},
	{
		name: 'resolution draft',
		async open(page) {
			const resolutions = new ResolutionsPage(page);
			await resolutions.openTemplate('Stand with a union on strike');
			await resolutions.startDraft();
		},
		field: async (page) => page.getByLabel('Title', { exact: true })
	},
	{
		name: 'checklist item note',
		async open(page) {
			const checklists = new ChecklistsPage(page);
			await checklists.newChecklist('Keystrokes');
			await checklists.addItem('Call the steward');
		},
		async field(page) {
			const item = await new ChecklistsPage(page).openDetails('Call the steward');
			return item.getByLabel('Note', { exact: true });
		}
	}
];

/** Types a token and reloads `delay` ms after its last key; true when the token survived. */
async function typeAndReload(page: Page, editor: Editor, token: string, delay: number) {
	const field = await editor.field(page);
	await field.click();
	// The end of the text, not of the visual line: a long one-line title wraps in its textarea.
	await field.press('ControlOrMeta+End');
	await field.pressSequentially(token);
	await page.evaluate((ms) => {
		if (ms === 0) location.reload();
		else setTimeout(() => location.reload(), ms);
	}, delay);
	await page.waitForEvent('load');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	const reloaded = await editor.field(page);
	await expect(reloaded).toBeVisible();
	// The stored text arrives just after the field appears: give it a moment, then judge.
	return expect
		.poll(() => reloaded.inputValue(), { timeout: 2_000 })
		.toMatch(new RegExp(`${token.trim()}$`))
		.then(
			() => true,
			() => false
		);
}

for (const editor of editors) {
	test(`${editor.name}: nothing typed is lost to a reload right after the last key`, async ({
		page
	}) => {
		test.setTimeout(60_000 + RUNS * DELAYS_MS.length * SLOWDOWNS.length * 6_000);
		await editor.open(page);
		const cdp: CDPSession = await page.context().newCDPSession(page);
		const lost: string[] = [];
		for (const slowdown of SLOWDOWNS) {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
			for (const delay of DELAYS_MS) {
				let losses = 0;
				for (let run = 0; run < RUNS; run++) {
					const token = ` k${slowdown}x${delay}r${run}`;
					if (!(await typeAndReload(page, editor, token, delay))) losses++;
				}
				// One line per case, for the table in `npm run test:keystrokes`.
				console.log(`losses | ${editor.name} | ${slowdown}× | ${delay} ms | ${losses}/${RUNS}`);
				if (slowdown === 1 && delay >= 5 && losses > 0) lost.push(`${delay} ms: ${losses}`);
			}
		}
		expect(lost, 'keystrokes lost at normal speed').toEqual([]);
	});
}
