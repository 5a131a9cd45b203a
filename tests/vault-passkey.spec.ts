import { expect, test, type Page } from '@playwright/test';

const PASSPHRASE = 'maple tugboat velvet quarry 42';

// WebAuthn needs a real host name: an IP address is no valid relying party, "localhost" is.
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT}` });

async function reloadHydrated(page: Page): Promise<void> {
	await page.reload();
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}

test('a passkey with the PRF extension unlocks; the passphrase still does', async ({
	page,
	context
}) => {
	const cdp = await context.newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			hasPrf: true,
			automaticPresenceSimulation: true
		}
	});

	await page.goto('/settings');
	await page.getByLabel('New passphrase').fill(PASSPHRASE);
	await page.getByLabel('Type it again').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Encrypt my records' }).click();
	await expect(page.getByText('Your records are encrypted with your passphrase.')).toBeVisible({
		timeout: 30_000
	});
	const passkeys = page.locator('details', { hasText: 'Quick unlock with a passkey' });
	await passkeys.locator('summary').click();
	await expect(passkeys).toContainText('a fingerprint can be forced');
	await passkeys.getByLabel('Current passphrase').fill(PASSPHRASE);
	await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
	await expect(passkeys.getByText('Passkey added.')).toBeVisible({ timeout: 20_000 });

	await reloadHydrated(page);
	await page.getByRole('button', { name: 'Unlock with passkey' }).click();
	await expect(page.getByText('Your records are encrypted with your passphrase.')).toBeVisible();

	// Typed only once the page is live: text typed into the prerendered field would not count.
	await reloadHydrated(page);
	await page.getByLabel('Passphrase').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Unlock', exact: true }).click();
	await expect(page.getByText('Your records are encrypted with your passphrase.')).toBeVisible();
});
