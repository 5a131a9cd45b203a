import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { RapidResponsePage } from './support/rapid-response-page';

test('offline, an incident’s follow-up is set, listed on the hub until closed, and kept', async ({
	page
}) => {
	const rr = new RapidResponsePage(page);
	await rr.goto('/rapid-response');
	await rr.waitForOfflineReady();
	await rr.offline();
	await page.reload();
	await rr.hydrated();
	const followUps = page.getByTestId('follow-ups');
	await expect(followUps).toHaveCount(0);

	await page.getByRole('link', { name: /Log an incident/ }).click();
	await page.getByLabel('Place').fill('Cermak Rd & Blue Island');
	await page.getByLabel('What happened').fill('A neighbor was taken from the bus stop.');
	await expect(page.getByLabel('Follow-up status')).toHaveValue('not-started');
	await page.getByLabel('Follow-up status').selectOption({ label: 'Legal team told' });
	await page.getByLabel('Next follow-up').fill('2026-09-30');
	await expect(rr.saved()).toBeVisible();

	await rr.navigate('Response');
	await expect(followUps.getByRole('link')).toHaveCount(1);
	await expect(followUps).toContainText('Cermak Rd & Blue Island');
	await expect(followUps).toContainText('Legal team told');
	await expect(followUps).toContainText(/Sep 30, 2026/);

	// The next step, after a reload with no network.
	await page.reload();
	await rr.hydrated();
	await followUps.getByRole('link', { name: /Cermak Rd/ }).click();
	await expect(page.getByLabel('Follow-up status')).toHaveValue('legal-team-told');
	await expect(page.getByLabel('Next follow-up')).toHaveValue('2026-09-30');
	await page.getByLabel('Follow-up status').selectOption({ label: 'Person released' });
	await expect(rr.saved()).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download .txt' }).click();
	expect(readFileSync((await (await download).path())!, 'utf8')).toContain(
		'Follow-up status: Person released\nNext follow-up: 2026-09-30'
	);

	// Closed: off the hub's list, still in the log.
	await page.getByLabel('Follow-up status').selectOption({ label: 'Closed' });
	await expect(rr.saved()).toBeVisible();
	await rr.goto('/rapid-response');
	await expect(followUps).toHaveCount(0);
	await rr.goto('/rapid-response/incidents');
	await expect(page.getByTestId('incident-list').getByRole('link')).toHaveCount(1);
});
