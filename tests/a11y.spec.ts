import { test, expect } from './support/fixtures';
import { axeViolations, smallTouchTargets } from './support/layout-checks';

const routes = [
	'/search',
	'/',
	'/strike-school',
	'/rapid-response',
	'/resolutions',
	'/notes',
	'/settings',
	'/about',
	'/install'
];

for (const language of ['en', 'es'] as const) {
	test.describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });

		for (const path of routes) {
			test(`axe finds no violation on ${path}`, async ({ page, app }) => {
				await app.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', language);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}

test.describe('in the dark theme', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of routes) {
		test(`axe finds no violation on ${path}`, async ({ page, app }) => {
			await app.goto(path);
			expect(await axeViolations(page, ['wcag2aa', 'wcag21aa'])).toEqual([]);
		});
	}
});

test('every control on every page is at least 44 px in both directions', async ({ page, app }) => {
	for (const path of routes) {
		await app.goto(path);
		const small = await smallTouchTargets(page);
		expect(small, path).toEqual([]);
	}
});

test('the skip link is first in focus order and moves focus to the content', async ({
	page,
	app
}) => {
	await app.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	// The first control of the content: the home header's panic button.
	await expect(page.getByRole('button', { name: 'Panic: hold to hide everything' })).toBeFocused();
});
