import { test, expect } from './support/fixtures';

test.describe('with a Spanish browser', () => {
	test.use({ locale: 'es-MX' });

	test('the app starts in Spanish, with lang="es"', async ({ page, app }) => {
		await app.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('link', { name: /Escuela de huelga/ })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
		await app.goto('/about');
		await expect(app.heading()).toHaveText('Acerca de Rank & File');
	});
});

test('the language chosen in Settings is applied everywhere and remembered', async ({
	page,
	app
}) => {
	await app.goto('/settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('radio', { name: 'Español' }).check();
	await expect(app.heading()).toHaveText('Ajustes');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();

	await app.goto('/');
	await expect(page.getByRole('link', { name: /Respuesta rápida/ })).toBeVisible();
	await page.reload();
	await app.hydrated();
	await expect(page.getByRole('link', { name: /Respuesta rápida/ })).toBeVisible();

	await app.goto('/settings');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(app.heading()).toHaveText('Settings');
});
