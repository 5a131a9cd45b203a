import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';

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
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				expect(
					results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
				).toEqual([]);
			});
		}
	});
}

test.describe('in the dark theme', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of routes) {
		test(`axe finds no violation on ${path}`, async ({ page, app }) => {
			await app.goto(path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag21aa']).analyze();
			expect(results.violations.map((v) => v.id)).toEqual([]);
		});
	}
});

test('every control on every page is at least 44 px in both directions', async ({ page, app }) => {
	for (const path of routes) {
		await app.goto(path);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll('a, button, input, select, textarea, summary, [role="button"]')]
				.filter((el) => {
					const box = el.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) return false; // not shown
					if (el.closest('.skip-link')) return false; // off-screen until focused
					// Radio buttons and checkboxes count by their label, which is the target.
					const input = el as HTMLInputElement;
					const byLabel = input.type === 'checkbox' || input.type === 'radio';
					const target = (byLabel && input.labels?.[0]) || el;
					const r = target.getBoundingClientRect();
					return r.width < 44 || r.height < 44;
				})
				.map((el) => el.outerHTML.slice(0, 80))
		);
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
	await expect(page.getByRole('link', { name: 'Settings' }).first()).toBeFocused();
});
