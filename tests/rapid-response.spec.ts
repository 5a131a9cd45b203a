import { readFileSync } from 'node:fs';
import { parseVCardFile } from '../src/lib/contacts/vcard-import';
import { test, expect } from './support/fixtures';
import {
	axeViolations,
	horizontalOverflow,
	pinWidestDates,
	smallTouchTargets
} from './support/layout-checks';
import { corpusFile, vcardFiles, RapidResponsePage, vcard } from './support/rapid-response-page';

const blockClub = vcard('block-club.vcf', [
	{ name: 'Rosa Núñez', tel: '+1 (312) 555-0100' },
	{ name: 'Beto Salas', tel: '773-555-0101' },
	{ name: 'Chen Wei', tel: '872 555 0102' },
	{ name: 'Dana Kowalski', tel: '(312) 555-0103' },
	{ name: 'Eli Ortiz', tel: '312.555.0104' }
]);

test.describe('importing contacts', () => {
	test('a multi-contact vCard is previewed, then saved into a group on Confirm', async ({
		page
	}) => {
		const rr = new RapidResponsePage(page);
		await rr.chooseFile(corpusFile('ezvcard-John_Doe_ANDROID.vcf'));
		await expect(rr.page.getByRole('heading', { name: /^6 contacts in/ })).toBeVisible();
		await expect(rr.preview().getByRole('checkbox')).toHaveCount(6);
		await expect(rr.preview().getByText('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ')).toBeVisible();
		// Nothing is saved before Confirm.
		expect(await rr.contactNames()).toEqual([]);

		await rr.importIntoNewGroup(corpusFile('ezvcard-John_Doe_ANDROID.vcf'), 'Android export');
		const names = await rr.contactNames();
		expect(names).toHaveLength(6);
		expect(names).toContain('jane.doe@company.com');
		await rr.page.getByRole('button', { name: 'Groups & import' }).click();
		await expect(rr.page.getByRole('link', { name: /Android export\s*6 people/ })).toBeVisible();

		// The same file again: every contact is flagged as a duplicate and left unticked.
		await rr.chooseFile(corpusFile('ezvcard-John_Doe_ANDROID.vcf'));
		await expect(rr.preview().getByText(/^Already saved:/)).toHaveCount(6);
		for (const box of await rr.preview().getByRole('checkbox').all()) {
			await expect(box).not.toBeChecked();
		}
		await expect(rr.page.getByRole('button', { name: 'Save 0 contacts' })).toBeDisabled();
	});

	test('every real export in the corpus previews the contacts it holds', async ({ page }) => {
		const rr = new RapidResponsePage(page);
		await rr.goto('/rapid-response/contacts/import');
		for (const file of vcardFiles()) {
			const data = corpusFile(file);
			const parsed = parseVCardFile(new Uint8Array(data.buffer));
			if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
			await rr.fileInput().setInputFiles(data);
			const count = parsed.contacts.length;
			await expect(
				rr.page.getByRole('heading', {
					name: `${count} contact${count === 1 ? '' : 's'} in ${file}`
				}),
				file
			).toBeVisible();
			await expect(rr.preview().getByRole('checkbox'), file).toHaveCount(count);
			await expect(rr.preview().locator('.name').first(), file).toHaveText(
				parsed.contacts[0]!.name
			);
		}
		expect(await rr.contactNames()).toEqual([]);
	});

	test('a file cut short names the contact it cut, unticked, and odd labels show as text', async ({
		page
	}) => {
		const rr = new RapidResponsePage(page);
		const cut = [
			'BEGIN:VCARD',
			'VERSION:3.0',
			'FN:Ana Ruiz',
			'item1.TEL:312 555 0100',
			'item1.X-ABLabel:__proto__',
			'item2.TEL:312 555 0101',
			'item2.X-ABLabel:constructor',
			'END:VCARD',
			'BEGIN:VCARD',
			'VERSION:3.0',
			'FN:Beto Salas',
			'TEL:773 555 0102',
			'END:VCA'
		].join('\r\n');
		await rr.chooseFile({ name: 'cut.vcf', mimeType: 'text/vcard', buffer: Buffer.from(cut) });
		await expect(rr.preview().getByText('312 555 0100 · __proto__')).toBeVisible();
		await expect(rr.preview().getByText('312 555 0101 · constructor')).toBeVisible();
		// The number before the cut is whole, so it is kept.
		await expect(rr.preview().getByText('773 555 0102')).toBeVisible();
		await expect(
			page.getByText(
				'The file seems cut short: Beto Salas may be missing details and was left unticked.'
			)
		).toBeVisible();
		await expect(rr.preview().getByRole('checkbox', { name: /Ana Ruiz/ })).toBeChecked();
		await expect(rr.preview().getByRole('checkbox', { name: /Beto Salas/ })).not.toBeChecked();
		await expect(page.getByRole('button', { name: 'Save 1 contact' })).toBeEnabled();
	});

	test('a broken file gets a clear message and saves nothing', async ({ page }) => {
		const rr = new RapidResponsePage(page);
		const broken = [
			{ buffer: Buffer.from('FN:Someone\nTEL:555 0100\n'), message: /not a contacts file/ },
			{ buffer: Buffer.from(''), message: /This file is empty/ },
			{
				buffer: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n'),
				message: /no contact with a name, number or email/
			}
		];
		for (const { buffer, message } of broken) {
			await rr.chooseFile({ name: 'broken.vcf', mimeType: 'text/vcard', buffer });
			const alert = rr.page.getByRole('alert');
			await expect(alert).toContainText(message);
			await expect(alert).toContainText('Nothing was saved.');
			await expect(rr.preview()).toHaveCount(0);
		}
		expect(await rr.contactNames()).toEqual([]);
	});
});

test('where the browser has a Contact Picker, picked contacts go through the same preview', async ({
	page
}) => {
	// Chrome on Android has navigator.contacts; desktop Chromium does not, so it is stood in for.
	await page.addInitScript(() => {
		Object.assign(window, { ContactsManager: class {} });
		Object.assign(navigator, {
			contacts: {
				select: async () => [
					{ name: ['Lupe Ramírez'], tel: ['+1 312 555 0177'], email: [] },
					{ name: [], tel: ['773 555 0178'], email: [] }
				]
			}
		});
	});
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response/contacts/import');
	await page.getByRole('button', { name: 'Pick from this phone’s contacts' }).click();
	await expect(
		page.getByRole('heading', { name: '2 contacts in this phone’s contacts' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Save 2 contacts' }).click();
	await expect(page.getByText('2 contacts saved.')).toBeVisible();
	expect(await rr.contactNames()).toEqual(['773 555 0178', 'Lupe Ramírez']);
});

test('contacts: add by hand with roles and languages, filter, call, text and copy', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const rr = new RapidResponsePage(page);
	await rr.importIntoNewGroup(blockClub, 'Block club');

	await rr.goto('/rapid-response/contacts');
	await page.getByRole('link', { name: 'Add a person' }).click();
	await page.getByLabel('Name', { exact: true }).fill('María López');
	await page.getByLabel('Phone number 1').fill('+1 312 555 0199');
	await page.getByRole('checkbox', { name: 'Translator' }).check();
	await page.getByRole('checkbox', { name: 'Spanish' }).check();
	await page.getByLabel('Other languages').fill("K'iche'");
	await page.getByLabel('Another role').fill('Childcare');
	await page.getByRole('button', { name: 'Add role' }).click();
	await expect(page.getByRole('checkbox', { name: 'Childcare' })).toBeChecked();
	await page.getByRole('checkbox', { name: 'Block club' }).check();
	await page.getByLabel('Neighborhood').fill('Pilsen');
	await expect(rr.saved()).toBeVisible();
	await expect(page).toHaveURL(/contact\?id=/);
	await page.getByRole('button', { name: 'Done' }).click();

	await expect(rr.heading()).toHaveText('María López');
	await expect(page.getByRole('link', { name: 'Call +1 312 555 0199' })).toHaveAttribute(
		'href',
		'tel:+13125550199'
	);
	await expect(page.getByRole('link', { name: 'Text +1 312 555 0199' })).toHaveAttribute(
		'href',
		'sms:+13125550199'
	);
	await page.getByRole('button', { name: 'Copy +1 312 555 0199' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('+1 312 555 0199');
	await expect(page.getByText('Translator, Childcare')).toBeVisible();
	await expect(page.getByText("Spanish, K'iche'")).toBeVisible();
	// Notes can be linked to a contact.
	await expect(page.getByRole('heading', { name: 'Notes about this' })).toBeVisible();

	await rr.goto('/rapid-response/contacts');
	await expect(rr.contactList().getByRole('listitem')).toHaveCount(6);
	await page.getByRole('button', { name: 'Filters' }).click();
	await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Childcare' });
	await expect(rr.contactList().locator('.name')).toHaveText(['María López']);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Spanish' });
	await expect(rr.contactList().locator('.name')).toHaveText(['María López']);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await page.getByLabel('Group', { exact: true }).selectOption({ label: 'Block club' });
	await expect(rr.contactList().getByRole('listitem')).toHaveCount(6);
	await page.getByLabel('Search by name, number or notes').fill('773-555');
	await expect(rr.contactList().locator('.name')).toHaveText(['Beto Salas']);
	await expect(page.getByRole('link', { name: 'Call Beto Salas' })).toHaveAttribute(
		'href',
		'tel:7735550101'
	);
});

test('a group exports as a .vcf that imports back with the same people', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	const groupHref = await rr.importIntoNewGroup(blockClub, 'Block club');
	await rr.goto(groupHref);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the group (.vcf)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('Block club.vcf');
	const parsed = parseVCardFile(new Uint8Array(readFileSync((await file.path())!)));
	if (!parsed.ok) throw new Error(parsed.error.code);
	expect(parsed.contacts.map((c) => [c.name, c.phones[0]?.value])).toEqual([
		['Beto Salas', '773-555-0101'],
		['Chen Wei', '872 555 0102'],
		['Dana Kowalski', '(312) 555-0103'],
		['Eli Ortiz', '312.555.0104'],
		['Rosa Núñez', '+1 (312) 555-0100']
	]);
});

test('a phone tree is built, printed and run, marking who was reached', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	await rr.importIntoNewGroup(blockClub, 'Block club');
	await rr.goto('/rapid-response/trees');
	await page.getByRole('link', { name: /Block club/ }).click();
	await expect(rr.heading()).toHaveText('Phone tree: Block club');
	await page.getByLabel('Who starts the tree').selectOption({ label: 'Rosa Núñez' });
	await page.getByRole('button', { name: 'Calls per caller: one less' }).click();
	await expect(page.getByRole('spinbutton', { name: 'Calls per caller' })).toHaveValue('2');
	await page.getByRole('button', { name: 'Build the tree' }).click();

	// Rosa calls Beto and Chen; Beto calls Dana and Eli. Each has a backup.
	const tree = page.getByTestId('phone-tree');
	await expect(tree.getByRole('list', { name: 'People Rosa Núñez calls' })).toContainText(
		'Beto Salas'
	);
	const betoCalls = tree.getByRole('list', { name: 'People Beto Salas calls' });
	await expect(betoCalls.locator('.name')).toHaveText(['Dana Kowalski', 'Eli Ortiz']);
	await expect(betoCalls.getByText('Backup: Eli Ortiz')).toBeVisible();

	// The print view holds the tree and every number, without the app's controls.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('table', { name: 'Numbers' })).toContainText('(312) 555-0103');
	await expect(tree).toBeVisible();
	await expect(page.getByRole('link', { name: 'Run the tree' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// Eli moves under Chen, with the people Eli calls (nobody).
	await page.getByRole('button', { name: 'Rearrange' }).click();
	await page.getByLabel('Eli Ortiz is called by').selectOption({ label: 'Chen Wei' });
	await expect(tree.getByRole('list', { name: 'People Chen Wei calls' })).toContainText(
		'Eli Ortiz'
	);

	await page.getByRole('link', { name: 'Run the tree' }).click();
	await expect(page.getByLabel('Who are you in the tree?')).toHaveValue(/.+/);
	await expect(page.getByTestId('run-progress')).toHaveText('Reached 0 of 2');
	await page.getByLabel('Message to pass on').fill('Meeting at the church, 7 PM');
	await expect(rr.saved()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Call Beto Salas' })).toHaveAttribute(
		'href',
		'tel:7735550101'
	);
	await expect(page.getByRole('link', { name: 'Text all 2 on my list' })).toHaveAttribute(
		'href',
		`sms:7735550101,8725550102?body=${encodeURIComponent('Meeting at the church, 7 PM')}`
	);
	await page
		.getByRole('group', { name: 'Did you reach Beto Salas?' })
		.getByRole('button', { name: 'Reached', exact: true })
		.click();
	await page
		.getByRole('group', { name: 'Did you reach Chen Wei?' })
		.getByRole('button', { name: 'Not reached' })
		.click();
	await expect(page.getByTestId('run-progress')).toHaveText('Reached 1 of 2');
	await expect(page.getByText('Ask Beto Salas to make their calls: Eli Ortiz.')).toBeVisible();

	// Beto walks his own list.
	await page.getByLabel('Who are you in the tree?').selectOption({ label: 'Beto Salas' });
	await expect(page.getByTestId('run-progress')).toHaveText('Reached 0 of 1');
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Dana Kowalski']);

	await page.reload();
	await rr.hydrated();
	await expect(page.getByTestId('run-progress')).toHaveText('Reached 1 of 2');
	await expect(page.getByLabel('Message to pass on')).toHaveValue('Meeting at the church, 7 PM');
});

test('an alert is composed with every detail and one sms: link for the group', async ({
	page,
	context,
	baseURL
}) => {
	const rr = new RapidResponsePage(page);
	await rr.importIntoNewGroup(blockClub, 'Block club');
	await rr.goto('/rapid-response');
	await page.getByRole('link', { name: /Send an alert/ }).click();

	await page.getByRole('button', { name: /^All clear/ }).click();
	await page.getByLabel('Where', { exact: true }).fill('18th St & Blue Island.');
	await page.getByText('More details').click();
	await page.getByLabel('When', { exact: true }).fill('15:42');
	const text =
		'ALL CLEAR: the agents have left. Confirmed: I saw it myself. Where: 18th St & Blue Island. Time: 3:42 PM. Stay alert.';
	await expect(page.getByTestId('alert-preview')).toHaveText(text);
	// Location is never added by default.
	await expect(page.getByTestId('alert-preview')).not.toContainText('location');
	await expect(page.getByRole('link', { name: 'Text all 5' })).toHaveAttribute(
		'href',
		// In the order of the group's list, by name.
		`sms:7735550101,8725550102,3125550103,3125550104,+13125550100?body=${encodeURIComponent(text)}`
	);

	await page.getByLabel('Kind of alert').selectOption({ label: 'Agents sighted' });
	await page.getByRole('button', { name: 'Number of agents: one more' }).click();
	await page.getByRole('button', { name: 'Number of agents: one more' }).click();
	await page.getByRole('button', { name: 'Number of vehicles: one more' }).click();
	await expect(page.getByTestId('alert-preview')).toHaveText(
		'ALERT: immigration agents seen. Confirmed: I saw it myself. Where: 18th St & Blue Island. Seen: 3:42 PM. Agents: 2. Vehicles: 1.'
	);
	await page
		.getByRole('group', { name: 'Language of the message' })
		.getByRole('button', { name: 'Español' })
		.click();
	await expect(page.getByTestId('alert-preview')).toHaveText(
		/^ALERTA: agentes de inmigración a la vista\. Confirmado: lo vi yo\. Dónde: 18th St & Blue Island\. Visto: 3:42 p\. ?m\. Agentes: 2\. Vehículos: 1\.$/
	);

	await context.grantPermissions(['geolocation'], { origin: baseURL });
	await context.setGeolocation({ latitude: 41.8579, longitude: -87.6614, accuracy: 12 });
	await page.getByRole('button', { name: 'Add my location' }).click();
	await expect(page.getByTestId('alert-preview')).toContainText(
		'Mi ubicación: 41.85790, -87.66140 (±12 m) geo:41.85790,-87.66140'
	);
	await page.getByRole('button', { name: 'Remove my location' }).click();
	await expect(page.getByTestId('alert-preview')).not.toContainText('geo:');
});

test('the school watch card and a group page open the alert ready to send', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	const groupHref = await rr.importIntoNewGroup(blockClub, 'Block club');
	await rr.importIntoNewGroup(vcard('other.vcf', [{ name: 'Other', tel: '555 0199' }]), 'Other');
	await rr.goto('/rapid-response/cards/school-watch');
	await expect(page.getByText(/soft lockdown/)).toBeVisible();
	await page.getByRole('link', { name: 'Send a school watch call' }).click();
	await expect(page.getByRole('heading', { name: 'School watch call' })).toBeVisible();
	await page.getByLabel('School', { exact: true }).fill('Whittier Elementary');
	await expect(page.getByTestId('alert-preview')).toContainText('School: Whittier Elementary.');

	await rr.goto(groupHref);
	await page.getByRole('link', { name: 'Send an alert to this group' }).click();
	await page.getByRole('button', { name: /^Agents sighted/ }).click();
	await page.getByText('More details').click();
	await expect(page.getByLabel('Group', { exact: true })).toHaveValue(
		new URL(groupHref, 'http://x').searchParams.get('id')!
	);
	await expect(page.getByRole('link', { name: 'Text all 5' })).toBeVisible();
});

test('the whistle plays each signal until Stop', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response/cards/whistle-code');
	await expect(rr.heading()).toHaveText('Whistle code');
	await expect(page.getByRole('img', { name: /broken rhythm/ })).toBeVisible();
	await page.getByRole('button', { name: 'Play “Agents nearby”' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Playing “Agents nearby”' })
	).toBeVisible();
	await expect(
		page.evaluate(() => {
			const Context = window.AudioContext;
			return typeof Context === 'function';
		})
	).resolves.toBe(true);
	await page.getByRole('button', { name: 'Play “Detention”' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Playing “Detention”' })).toBeVisible();
	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Play “Detention”' })).toBeVisible();
});

test('the rights card shows the legal group’s own wording, in either language', async ({
	page
}) => {
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response/cards/know-your-rights');
	await expect(rr.heading()).toHaveText('Know your rights');
	await expect(page.getByText(/unreasonable search and seizure/)).toBeVisible();
	await page.getByRole('button', { name: 'Edit the legal group’s wording' }).click();
	await page.getByLabel('Name of the legal group').fill('Our neighborhood legal collective');
	await page.getByLabel('Their wording').fill('I do not consent to a search.');
	await page.getByLabel('Their hotline number').fill('312-555-0142');
	await expect(rr.saved()).toBeVisible();
	await page.getByRole('button', { name: 'Done' }).click();

	const call = page.getByRole('link', { name: 'Call 312-555-0142' });
	await expect(call).toHaveAttribute('href', 'tel:3125550142');
	await page
		.getByRole('group', { name: 'Language of the card' })
		.first()
		.getByRole('button', { name: 'Español' })
		.click();
	await expect(page.getByText(/registros y detenciones irrazonables/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Llamar al 312-555-0142' })).toBeVisible();
	await expect(page.getByText('I do not consent to a search.')).toBeVisible();
	// The app itself stays in English.
	await expect(rr.heading()).toHaveText('Know your rights');
	await page.getByRole('button', { name: 'Full screen' }).click();
	await expect(page.getByRole('button', { name: 'Exit full screen' }).first()).toBeVisible();
	await page.reload();
	await rr.hydrated();
	await expect(page.getByText('I do not consent to a search.')).toBeVisible();
});

test('an incident is logged offline in a few taps and kept after a reload', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response');
	await rr.waitForOfflineReady();
	await rr.offline();
	await page.reload();
	await rr.hydrated();

	await page.getByRole('link', { name: /Log an incident/ }).click();
	await expect(rr.heading()).toHaveText('New incident report');
	// The time is already filled in.
	await expect(page.getByLabel('Time')).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
	await page.getByLabel('Place').fill('Cermak Rd & Blue Island');
	await page.getByRole('button', { name: 'Agents: one more' }).click();
	await page.getByRole('button', { name: 'Agents: one more' }).click();
	await page.getByRole('button', { name: 'Agents: one more' }).click();
	await page.getByRole('button', { name: 'Vehicles: one more' }).click();
	await page.getByLabel('Plates').fill('Grey SUV, plate ABC 1234');
	await page.getByLabel('What happened').fill('Agents stopped a man at the bus stop.');
	await expect(rr.saved()).toBeVisible();
	await expect(page).toHaveURL(/incident\?id=/);

	await page.reload();
	await rr.hydrated();
	await expect(page.getByLabel('Place')).toHaveValue('Cermak Rd & Blue Island');
	await expect(page.getByLabel('Agents', { exact: true })).toHaveValue('3');
	await expect(page.getByLabel('Vehicles', { exact: true })).toHaveValue('1');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download .txt' }).click();
	const text = readFileSync((await (await download).path())!, 'utf8');
	expect(text).toMatch(
		/^Incident report\nTime: .+\nPlace: Cermak Rd & Blue Island\nAgents: 3\nVehicles: 1\n/
	);
	expect(text).toContain('What happened:\nAgents stopped a man at the bus stop.');

	await rr.goto('/rapid-response/incidents');
	await expect(page.getByTestId('incident-list').getByRole('link')).toHaveCount(1);
	await expect(page.getByTestId('incident-list')).toContainText('Cermak Rd & Blue Island');
});

test('incident reports are deleted after the days chosen, and the app says when', async ({
	page,
	context
}) => {
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response/incidents/incident');
	await page.getByLabel('Place').fill('Old report');
	await expect(rr.saved()).toBeVisible();
	await rr.goto('/rapid-response/incidents');
	await page
		.getByLabel('Delete reports automatically')
		.selectOption({ label: '7 days after they are logged' });
	await expect(page.getByTestId('retention-next')).toContainText('Next deletion:');
	await page.getByTestId('incident-list').getByRole('link').click();
	await expect(page.getByTestId('incident-deletes-at')).toContainText(
		'will be deleted automatically on'
	);
	await page.close();

	const later = await context.newPage();
	await later.clock.install({ time: Date.now() + 8 * 24 * 60 * 60 * 1000 });
	const again = new RapidResponsePage(later);
	await again.goto('/rapid-response/incidents');
	await expect(later.getByText('One old incident report was deleted automatically.')).toBeVisible();
	await expect(later.getByText(/^No reports yet/)).toBeVisible();
});

test('deleting a contact offers Undo', async ({ page }) => {
	const rr = new RapidResponsePage(page);
	await rr.importIntoNewGroup(blockClub, 'Block club');
	await rr.goto('/rapid-response/contacts');
	await rr.contactList().getByRole('link', { name: 'Chen Wei', exact: true }).click();
	await page.getByRole('button', { name: 'Delete contact' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(rr.heading()).toHaveText('Chen Wei');
	await page.getByRole('button', { name: 'Delete contact' }).click();
	await page.getByRole('button', { name: 'Dismiss' }).click();
	expect(await rr.contactNames()).not.toContain('Chen Wei');
});

/** The area's pages with data in them, so axe sees lists, trees and forms filled in. */
async function seededPages(rr: RapidResponsePage): Promise<string[]> {
	const groupHref = await rr.importIntoNewGroup(blockClub, 'Block club');
	const groupId = new URL(groupHref, 'http://x').searchParams.get('id')!;
	await rr.goto(`/rapid-response/trees/tree?group=${groupId}`);
	await rr.page.getByRole('button', { name: /^(Build the tree|Armar el árbol)$/ }).click();
	await expect(rr.page.getByTestId('phone-tree')).toBeVisible();
	await rr.goto('/rapid-response/incidents/incident');
	await rr.page.getByLabel(/^(Place|Lugar)$/).fill('Cermak Rd');
	await expect(rr.saved()).toBeVisible();
	const incident = new URL(rr.page.url()).search;
	await rr.goto('/rapid-response/alert');
	await rr.page.getByRole('button', { name: /^(Agents sighted|Agentes a la vista)/ }).click();
	await expect(rr.page).toHaveURL(/alert\?id=/);
	const alert = new URL(rr.page.url()).search;
	await rr.goto('/rapid-response/contacts');
	const contact = await rr.contactList().getByRole('link').first().getAttribute('href');
	return [
		'/rapid-response',
		'/rapid-response/alert',
		`/rapid-response/alert${alert}`,
		'/rapid-response/cards/whistle-code',
		'/rapid-response/cards/school-watch',
		'/rapid-response/cards/know-your-rights',
		'/rapid-response/cards/patrol-risks',
		'/rapid-response/cards/mutual-aid',
		'/rapid-response/cards/document-incidents',
		'/rapid-response/cards/timeline',
		'/rapid-response/contacts',
		contact!,
		'/rapid-response/contacts/contact',
		'/rapid-response/contacts/import',
		groupHref,
		'/rapid-response/trees',
		`/rapid-response/trees/tree?group=${groupId}`,
		`/rapid-response/trees/run?group=${groupId}`,
		'/rapid-response/incidents',
		`/rapid-response/incidents/incident${incident}`
	];
}

for (const language of ['en', 'es'] as const) {
	test.describe(`accessibility in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });

		test('axe finds no violation on any rapid-response page', async ({ page }) => {
			test.setTimeout(180_000);
			const rr = new RapidResponsePage(page);
			const paths = await seededPages(rr);
			// The import preview, with a duplicate flagged.
			paths.push('import-preview');
			for (const path of paths) {
				if (path === 'import-preview') await rr.chooseFile(blockClub);
				else await rr.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', language);
				await expect(page.getByText(/^(Loading…|Cargando…)$/)).toHaveCount(0);
				expect(await axeViolations(page), path).toEqual([]);
			}
		});

		test('every control is at least 44 px and nothing overflows a 320 px screen', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await pinWidestDates(page);
			const rr = new RapidResponsePage(page);
			const paths = await seededPages(rr);
			// Deleted a week after it was logged: the list and the report show that date too.
			await rr.goto('/rapid-response/incidents');
			await page
				.getByLabel(/^(Delete reports automatically|Borrar reportes automáticamente)$/)
				.selectOption('7');
			await expect(page.getByTestId('retention-next')).toContainText(
				language === 'en' ? 'Sep 30, 2026' : /30 sept?\.? 2026/
			);
			await page.setViewportSize({ width: 320, height: 640 });
			for (const path of paths) {
				await rr.goto(path);
				await expect(page.getByText(/^(Loading…|Cargando…)$/)).toHaveCount(0);
				expect(await smallTouchTargets(page), path).toEqual([]);
				expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
			}
			// The last page is the report, with the day it will be deleted.
			await expect(page.getByTestId('incident-deletes-at')).toContainText(
				language === 'en' ? 'September 30, 2026' : '30 de septiembre de 2026'
			);
		});
	});
}
