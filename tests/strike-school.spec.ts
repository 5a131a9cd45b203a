import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import {
	axeViolations,
	horizontalOverflow,
	pinWidestDates,
	smallTouchTargets,
	WIDEST_WEEK_BEFORE
} from './support/layout-checks';
import { ChecklistsPage } from './support/checklists-page';

const WHAT_A_STRIKE_IS = /^What a strike is, and strike school$/;
const DEFINITION = /^Agree on a definition/;
const PROTEST = /^Tell a protest or day of action apart/;
const GENERAL = /^Explain a general strike/;
const PUBLIC = /^Include the public sector/;
const ATTENDED = /^Count coworkers who have attended/;

async function expectNoAxeViolations(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
}

/** Every shown control is a 44 px target (a checkbox by its label), as the shell requires. */
async function expectTouchTargets(page: Page) {
	expect(await smallTouchTargets(page)).toEqual([]);
}

test('start from a ready-made checklist, tick, note, reorder by keyboard, count: all kept offline', async ({
	page
}) => {
	const strike = new ChecklistsPage(page);
	await strike.goto('/strike-school');
	await strike.waitForOfflineReady();
	await strike.startFromBuiltIn(WHAT_A_STRIKE_IS);
	await expect(strike.progress()).toHaveText('0 of 10 done (0%)');

	await strike.checkbox(DEFINITION).check();
	await expect(strike.progress()).toHaveText('1 of 10 done (10%)');

	const protest = await strike.openDetails(PROTEST);
	await protest.getByLabel(/^Note$/).fill('Bring the flyer from 23 January');
	await strike.saved(protest);

	// Reorder with the keyboard only: focus stays on the control, which follows the item.
	const moveDown = protest.getByRole('button', { name: 'Move down' });
	await moveDown.focus();
	await page.keyboard.press('Enter');
	await expect(moveDown).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(moveDown).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(protest.getByRole('button', { name: 'Move up' })).toBeFocused();
	await page.keyboard.press('Enter');
	const order = [DEFINITION, GENERAL, PROTEST, PUBLIC];
	const titles = await strike.itemTitles();
	order.forEach((title, index) => expect(titles[index]).toMatch(title));
	await expect(protest.getByRole('status')).toHaveText('Moved to position 3 of 10.');

	// A structure test: total, band, direct entry, then one tap.
	const attended = await strike.openDetails(ATTENDED);
	await attended.getByLabel(/^Total/).fill('20');
	await attended.getByLabel('From').fill('65');
	await attended.getByLabel('to', { exact: true }).fill('80');
	await attended.getByLabel('Number of coworkers who attended').fill('12');
	const words = attended.getByTestId('measure-text');
	await expect(words).toHaveText(
		'12 of 20 coworkers who attended (60%). Below your target of 65–80%: 1 more to reach it.'
	);
	await attended.getByRole('button', { name: 'One more: coworkers who attended' }).click();
	await expect(words).toHaveText(
		'13 of 20 coworkers who attended (65%). Within your target of 65–80%.'
	);
	await expect(strike.checkbox(ATTENDED)).toBeChecked();
	await expect(strike.checkbox(ATTENDED)).toBeDisabled();
	await expect(strike.progress()).toHaveText('2 of 10 done (20%)');
	await attended.getByRole('button', { name: 'One fewer: coworkers who attended' }).click();
	await expect(strike.progress()).toHaveText('1 of 10 done (10%)');
	await attended.getByRole('button', { name: 'One more: coworkers who attended' }).click();
	await expect(strike.progress()).toHaveText('2 of 10 done (20%)');

	await strike.offline();
	await page.reload();
	await strike.hydrated();
	await expect(strike.progress()).toHaveText('2 of 10 done (20%)');
	await expect(strike.checkbox(DEFINITION)).toBeChecked();
	await expect(strike.item(PROTEST)).toContainText('Bring the flyer from 23 January');
	const kept = await strike.itemTitles();
	order.forEach((title, index) => expect(kept[index]).toMatch(title));
	await expect(strike.item(ATTENDED).getByTestId('measure-text')).toHaveText(
		'13 of 20 coworkers who attended (65%). Within your target of 65–80%.'
	);

	await page.goto('/strike-school');
	await strike.hydrated();
	await expect(strike.myChecklists().getByRole('link')).toHaveText([/2 of 10 done \(20%\)/]);
});

test('every ready-made checklist can be read offline before anything is copied', async ({
	page
}) => {
	const strike = new ChecklistsPage(page);
	await strike.goto('/strike-school');
	await strike.waitForOfflineReady();
	const links = strike.library().getByRole('link');
	await expect(links).toHaveCount(7);
	const pages = await links.evaluateAll((all) =>
		all.map((a) => ({
			href: a.getAttribute('href')!,
			title: a.querySelector('.title')!.textContent!
		}))
	);

	await strike.offline();
	for (const { href, title } of pages) {
		await page.goto(href);
		await strike.hydrated();
		await expect(strike.heading()).toHaveText(title);
		await expect(page.getByTestId('builtin-items').getByRole('listitem').first()).toBeVisible();
		await expect(page.getByText(/^Sources?:/).first()).toBeVisible();
	}
});

test('a newer version of a ready-made checklist is offered, never applied by itself', async ({
	page
}) => {
	const strike = new ChecklistsPage(page);
	const v2Items = ['union-resolution', 'link-committees'];

	await strike.startFromBuiltIn('Defend immigrant coworkers at work');
	await strike.makeOlderCopy(1, v2Items);
	await expect(strike.items()).toHaveCount(8);
	await strike.checkbox(/^Form a workplace committee/).check();

	const notice = page.getByRole('region', { name: 'Version 2 of this checklist is out' });
	await expect(notice).toContainText('It adds 2 items.');
	await expect(notice.getByRole('listitem')).toHaveText([
		'Get your union to pass a resolution defending immigrant members',
		'Connect with labor committees in other unions and cities'
	]);
	await expect(strike.items()).toHaveCount(8);
	await notice.getByRole('button', { name: 'Add the new items' }).click();
	await expect(notice).toBeHidden();
	await expect(strike.items()).toHaveCount(10);
	await expect(strike.checkbox(/^Form a workplace committee/)).toBeChecked();
	await expect(strike.progress()).toHaveText('1 of 10 done (10%)');
	await expect(page.getByText('Made from version 2 of the ready-made checklist:')).toBeVisible();

	// Another old copy: dismissed, the notice stays away and the copy is unchanged.
	await strike.startFromBuiltIn('Defend immigrant coworkers at work');
	await strike.makeOlderCopy(1, v2Items);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeHidden();
	await page.reload();
	await strike.hydrated();
	await expect(strike.items()).toHaveCount(8);
	await expect(notice).toBeHidden();
});

test('my own checklists: items, due dates, a structure test, duplicate, archive, delete with undo', async ({
	page
}) => {
	const strike = new ChecklistsPage(page);
	await strike.newChecklist('Night shift committee');
	await strike.addItem('Talk to the drivers');
	await strike.addItem('Book the hall');
	await strike.addItem('Card drive');
	await expect(strike.progress()).toHaveText('0 of 3 done (0%)');

	// Delete, then undo: the item comes back where it was.
	const hall = await strike.openDetails('Book the hall');
	await hall.getByRole('button', { name: 'Delete item' }).click();
	await expect(strike.items()).toHaveCount(2);
	await page.getByRole('button', { name: 'Undo' }).click();
	expect(await strike.itemTitles()).toEqual(['Talk to the drivers', 'Book the hall', 'Card drive']);

	// Edit an item's text; give another a due date in the past.
	const drivers = await strike.openDetails('Talk to the drivers');
	await drivers.getByLabel('Due date (optional)').fill('2026-01-09');
	await drivers.getByLabel('Item', { exact: true }).fill('Talk to the night drivers');
	await strike.saved(strike.item('Talk to the night drivers'));
	await expect(strike.item('Talk to the night drivers')).toContainText(
		'Overdue: was due Fri, Jan 9, 2026'
	);

	// The issue's own example: cards signed, 84 of 120, target 65–80 %.
	const cards = await strike.openDetails('Card drive');
	await cards.getByRole('button', { name: 'Count something for this item' }).click();
	await expect(cards.getByLabel('What you count')).toBeFocused();
	await cards.getByLabel('What you count').fill('cards signed');
	await cards.getByLabel(/^Total/).fill('120');
	await cards.getByLabel('From').fill('65');
	await cards.getByLabel('to', { exact: true }).fill('80');
	await cards.getByLabel('Number of cards signed').fill('84');
	await expect(cards.getByTestId('measure-text')).toHaveText(
		'84 of 120 cards signed (70%). Within your target of 65–80%.'
	);
	await strike.saved(cards);
	await expect(strike.progress()).toHaveText('1 of 3 done (33%)');

	// Duplicate: an exact copy under a new name.
	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(strike.heading()).toHaveText('Night shift committee (copy)');
	await expect(strike.progress()).toHaveText('1 of 3 done (33%)');

	// Rename with the header's button.
	await page.getByRole('button', { name: 'Rename checklist' }).click();
	await page.getByLabel('Checklist name').fill('Day shift committee');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(strike.heading()).toHaveText('Day shift committee');

	// Archive: listed apart, with its progress.
	await page.getByRole('button', { name: 'Archive' }).click();
	await expect(page.getByText(/This checklist is archived/)).toBeVisible();
	await strike.goto('/strike-school');
	await expect(strike.myChecklists().getByRole('link')).toHaveText([
		/Night shift committee.*1 of 3 done \(33%\).*1 overdue/
	]);
	await page.getByText('Archived (1)').click();
	await strike
		.archivedChecklists()
		.getByRole('link', { name: /Day shift committee/ })
		.click();

	// Delete from its page; undo from the Strike school page.
	await page.getByRole('button', { name: 'Delete checklist' }).click();
	await expect(strike.heading()).toHaveText('Strike school');
	await expect(page.getByText('“Day shift committee” deleted.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByText('Archived (1)').click();
	await expect(strike.archivedChecklists().getByRole('link')).toHaveText([/Day shift committee/]);
});

for (const language of ['en', 'es'] as const) {
	test.describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });

		test('a checklist fits a 320 px screen and every control is a 44 px target', async ({
			page
		}) => {
			await pinWidestDates(page);
			await page.setViewportSize({ width: 320, height: 640 });
			const strike = new ChecklistsPage(page);
			await strike.startFromBuiltIn(
				language === 'en' ? WHAT_A_STRIKE_IS : /^Qué es una huelga, y escuela de huelga$/
			);
			const item = await strike.openDetails(
				language === 'en' ? ATTENDED : /^Cuente a los compañeros que asistieron/
			);
			// Overdue since a week ago: the longest line a due date makes.
			await item.getByLabel(/^(Due date|Fecha límite)/).fill(WIDEST_WEEK_BEFORE);
			await expect(item).toContainText(
				language === 'en' ? 'Overdue: was due Wed, Sep 16, 2026' : /era para el mié, 16/
			);
			expect(await horizontalOverflow(page)).toBe(0);
			await expectTouchTargets(page);
			await strike.goto('/strike-school');
			await expectTouchTargets(page);
			await strike.goto('/strike-school/rank-and-file-committee');
			await expectTouchTargets(page);
		});

		test('axe finds no violation on the Strike school pages', async ({ page }) => {
			const strike = new ChecklistsPage(page);
			await strike.goto('/strike-school');
			await expect(strike.heading()).toHaveText(
				language === 'en' ? 'Strike school' : 'Escuela de huelga'
			);
			await expectNoAxeViolations(page);

			await strike.library().getByRole('link').last().click();
			await expect(strike.heading()).toHaveText(
				language === 'en'
					? 'Defend immigrant coworkers at work'
					: 'Defienda a sus compañeros inmigrantes en el trabajo'
			);
			await expectNoAxeViolations(page);

			await page.getByRole('button', { name: /^(Start my copy|Empezar mi copia)$/ }).click();
			await page.waitForURL(/checklist\?id=/);
			await strike.makeOlderCopy(1, ['union-resolution']);
			await strike.items().getByRole('checkbox').first().check();
			const measured = strike.items().filter({ has: page.getByTestId('measure-text') });
			await measured.getByRole('button', { name: /^(Details for|Detalles de)/ }).click();
			await measured.getByLabel(/^Total/).fill('30');
			await measured.getByRole('button', { name: /^(One more|Uno más)/ }).click();
			await expect(strike.progress()).toHaveText(
				language === 'en' ? '1 of 9 done (11%)' : /^1 de 9 hechos \(11\s%\)$/
			);
			await expectNoAxeViolations(page);

			await strike.goto('/strike-school');
			await expect(strike.myChecklists().getByRole('link')).toHaveCount(1);
			await expectNoAxeViolations(page);
		});
	});
}
