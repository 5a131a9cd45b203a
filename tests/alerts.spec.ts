import { storedRows } from './support/app-database';
import { test, expect } from './support/fixtures';
import { AlertPage } from './support/alert-page';
import { vcard } from './support/rapid-response-page';

const blockClub = vcard('block-club.vcf', [
	{ name: 'Rosa Núñez', tel: '+1 (312) 555-0100' },
	{ name: 'Beto Salas', tel: '773-555-0101' },
	{ name: 'Chen Wei', tel: '872 555 0102' },
	{ name: 'Dana Kowalski', tel: '(312) 555-0103' },
	{ name: 'Eli Ortiz', tel: '312.555.0104' }
]);
const blockClubNumbers = ['7735550101', '8725550102', '3125550103', '3125550104', '+13125550100'];
const corner = vcard('corner.vcf', [{ name: 'Fer Ruiz', tel: '773 555 0190' }]);

test('an alert goes from home to the messaging app in three taps, to the group used last', async ({
	page
}) => {
	const alert = new AlertPage(page);
	await alert.catchMessagingApp();
	await alert.importIntoNewGroup(blockClub, 'Block club');
	await alert.importIntoNewGroup(corner, 'Corner watch');

	await alert.goto('/');
	alert.taps = 0;
	await alert.tap(page.getByRole('link', { name: 'Send an alert' }));
	await alert.tap(page.getByRole('button', { name: /^Agents sighted/ }));
	// Where and how many are in view; everything else is folded away.
	await expect(page.getByLabel('Where', { exact: true })).toBeVisible();
	await expect(page.getByRole('spinbutton', { name: 'Number of agents' })).toBeVisible();
	for (const folded of ['When', 'Number of vehicles', 'Plates', 'What you see', 'Group']) {
		await expect(page.getByLabel(folded, { exact: true })).toBeHidden();
	}
	await page.getByLabel('Where', { exact: true }).fill('18th St & Blue Island');
	await alert.tap(alert.sendLink());
	expect(alert.taps).toBe(3);

	const first = await alert.lastText();
	expect(first.numbers).toEqual(blockClubNumbers);
	expect(first.body).toMatch(
		/^ALERT: immigration agents seen\. Confirmed: I saw it myself\. Where: 18th St & Blue Island\. Seen: \d{1,2}:\d\d [AP]M\.$/
	);
	await expect(page.getByTestId('alert-sent-at')).toContainText('Opened in your messaging app at');

	// The next alert goes to another group, chosen under More details…
	await page.getByRole('link', { name: 'New alert' }).click();
	await page.getByRole('button', { name: /^Attempted detention/ }).click();
	await page.getByText('More details').click();
	await page.getByLabel('Group', { exact: true }).selectOption({ label: 'Corner watch' });
	await page.getByTestId('alert-sms').click();
	expect((await alert.lastText()).numbers).toEqual(['7735550190']);

	// …and the one after that is offered to that group first: three taps again.
	await alert.goto('/');
	alert.taps = 0;
	await alert.tap(page.getByRole('link', { name: 'Send an alert' }));
	await alert.tap(page.getByRole('button', { name: /^Agents sighted/ }));
	await alert.tap(page.getByRole('link', { name: 'Text 1 person' }));
	expect(alert.taps).toBe(3);
	expect((await alert.lastText()).numbers).toEqual(['7735550190']);
});

test('the send bar stays in view above the bottom bar while the user edits', async ({ page }) => {
	const alert = new AlertPage(page);
	await alert.importIntoNewGroup(blockClub, 'Block club');
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 320, height: 640 }
	]) {
		await page.setViewportSize(size);
		await alert.goto('/rapid-response/alert');
		await page.getByRole('button', { name: /^Agents sighted/ }).click();
		await page.getByLabel('Where', { exact: true }).focus();
		await expect(alert.sendLink()).toBeInViewport();
		expect((await alert.sendBarClearance()).bottom, `${size.width} px`).toBeGreaterThanOrEqual(0);

		// Deep in the folded details, the send bar is still there.
		await page.getByText('More details').click();
		await page.getByLabel('What you see').fill('Two unmarked SUVs');
		await page.getByLabel('What you see').scrollIntoViewIfNeeded();
		await expect(alert.sendLink()).toBeInViewport();
		const clearance = await alert.sendBarClearance();
		expect(clearance.bottom, `${size.width} px`).toBeGreaterThanOrEqual(0);
		expect(clearance.top).toBeGreaterThan(0);
	}
});

test('an alert says whether the sender saw it, and the all clear quotes the alert it closes', async ({
	page
}) => {
	const alert = new AlertPage(page);
	await alert.catchMessagingApp();
	await alert.importIntoNewGroup(blockClub, 'Block club');
	await alert.goto('/rapid-response/alert');
	await page.getByRole('button', { name: /^Agents sighted/ }).click();
	await expect(page.getByRole('radio', { name: 'I see it now' })).toBeChecked();
	await page.getByRole('radio', { name: 'Reported to me, not confirmed' }).check();
	await page.getByLabel('Where', { exact: true }).fill('Cermak Rd');
	await page.getByText('More details').click();
	await page.getByLabel('When', { exact: true }).fill('15:42');
	await expect(alert.message()).toHaveText(
		'ALERT: immigration agents seen. NOT CONFIRMED: reported to me. Where: Cermak Rd. Seen: 3:42 PM.'
	);
	await alert.sendLink().click();

	// Confirmed later: "I see it now" stamps the time it was seen.
	await page.getByRole('radio', { name: 'I see it now' }).check();
	await expect(alert.message()).toContainText('Confirmed: I saw it myself.');
	await expect(page.getByLabel('When', { exact: true })).not.toHaveValue('15:42');

	await alert.goto('/rapid-response/alert');
	await page.getByRole('button', { name: /^All clear/ }).click();
	await expect(page.getByLabel('The alert it closes')).toHaveValue(/.+/);
	await expect(alert.message()).toContainText(
		/Closes the alert "Agents sighted, Cermak Rd, \d{1,2}:\d\d [AP]M"\./
	);
	await page.getByLabel('The alert it closes').selectOption({ label: 'None' });
	await expect(alert.message()).not.toContainText('Closes the alert');
});

test.describe('in Spanish', () => {
	test.use({ locale: 'es-MX' });

	test('accents that would make two SMS are shown and dropped in one tap', async ({ page }) => {
		const alert = new AlertPage(page);
		await alert.catchMessagingApp();
		await alert.importIntoNewGroup(blockClub, 'Block club');
		await alert.goto('/rapid-response/alert');
		await page.getByRole('button', { name: /^Agentes a la vista/ }).click();
		await page.getByLabel('Dónde', { exact: true }).fill('Calle 18 y Blue Island');
		await page.getByRole('button', { name: 'Número de agentes: uno más' }).click();
		await expect(alert.message()).toContainText('ALERTA: agentes de inmigración a la vista.');
		await expect(page.getByTestId('alert-unicode')).toContainText('(ó)');
		await expect(page.getByTestId('alert-size')).toContainText(/· [23] SMS$/);

		await page.getByRole('button', { name: 'Enviar sin acentos' }).click();
		await expect(page.getByTestId('alert-size')).toContainText(/· 1 SMS$/);
		await expect(alert.message()).toContainText('ALERTA: agentes de inmigracion a la vista.');
		await alert.sendLink().click();
		const { body } = await alert.lastText();
		expect(body).toMatch(/^ALERTA: agentes de inmigracion a la vista\. Confirmado: lo vi yo\. /);
		expect(body).not.toMatch(/[áíóú]/);

		await page.getByRole('button', { name: 'Dejar los acentos' }).click();
		await expect(alert.message()).toContainText('inmigración');
	});
});

test('a composed alert is back after the tab is dropped, and gone after a few hours', async ({
	page,
	context
}) => {
	const alert = new AlertPage(page);
	await alert.catchMessagingApp();
	await alert.importIntoNewGroup(blockClub, 'Block club');
	await alert.goto('/rapid-response/alert');
	await page.getByRole('button', { name: /^School watch call/ }).click();
	await page.getByLabel('School', { exact: true }).fill('Whittier Elementary');
	await alert.sendLink().click();
	const address = page.url();
	expect(address).toMatch(/alert\?id=/);

	// The phone drops the tab while the user is in the messaging app, then reopens it.
	await page.close();
	const again = new AlertPage(await context.newPage());
	await again.goto(new URL(address).pathname + new URL(address).search);
	await expect(again.page.getByLabel('School', { exact: true })).toHaveValue('Whittier Elementary');
	await expect(again.message()).toContainText('School: Whittier Elementary.');
	await expect(again.page.getByTestId('alert-sent-at')).toBeVisible();

	// An alert not yet sent is offered again from the first screen.
	await again.goto('/rapid-response/alert');
	await again.page.getByRole('button', { name: /^Meeting called/ }).click();
	await again.page.getByLabel('Meeting place').fill('St. Pius church hall');
	await again.goto('/rapid-response/alert');
	await again.page.getByRole('link', { name: /Pick up your alert/ }).click();
	await expect(again.page.getByLabel('Meeting place')).toHaveValue('St. Pius church hall');
	await again.page.close();

	// Six hours on, neither is kept.
	const later = new AlertPage(await context.newPage());
	await later.page.clock.install({ time: Date.now() + 7 * 60 * 60 * 1000 });
	await later.goto(new URL(address).pathname + new URL(address).search);
	await expect(later.page.getByText(/^This alert is no longer kept/)).toBeVisible();
	await later.goto('/rapid-response/alert');
	await expect(later.page.getByRole('link', { name: /Pick up your alert/ })).toHaveCount(0);
	await expect
		.poll(async () => (await storedRows(later.page)).filter((row) => row.kind === 'alert').length)
		.toBe(0);
});
