import { test, expect } from './support/fixtures';
import {
	cutOffText,
	horizontalOverflow,
	pinWidestDates,
	wrappedText
} from './support/layout-checks';
import { seedOneOfEach } from './support/seed-data';

/**
 * The main screens with data in them, at the two phone widths that matter (320 px, the narrowest
 * still sold, and 390 px, the common one), in both languages: nothing scrolls sideways, no text is
 * cut off, every bottom-bar label stays on one line. Each screenshot is attached to the report.
 */
for (const language of ['en', 'es'] as const) {
	test.describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
		test.use({ locale: language === 'en' ? 'en-US' : 'es-MX' });

		test('the main screens fit 320 and 390 px with no text cut off', async ({
			page,
			app
		}, testInfo) => {
			test.setTimeout(240_000);
			await pinWidestDates(page);
			const seeded = await seedOneOfEach(page);
			const screens = {
				home: '/',
				'strike-school': '/strike-school',
				checklist: seeded.checklist,
				'rapid-response': '/rapid-response',
				contacts: '/rapid-response/contacts',
				contact: seeded.contact,
				group: seeded.group,
				incidents: '/rapid-response/incidents',
				incident: seeded.incident,
				resolutions: '/resolutions',
				draft: seeded.draft,
				notes: '/notes',
				note: seeded.note,
				search: '/search?q=huelga',
				settings: '/settings'
			};
			for (const width of [320, 390]) {
				await page.setViewportSize({ width, height: 844 });
				for (const [name, path] of Object.entries(screens)) {
					await app.goto(path);
					await expect(page.getByText(/^(Loading…|Cargando…)$/)).toHaveCount(0);
					await testInfo.attach(`${language}-${width}-${name}.png`, {
						body: await page.screenshot({ fullPage: true }),
						contentType: 'image/png'
					});
					const where = `${name} at ${width} px`;
					expect.soft(await horizontalOverflow(page), where).toBeLessThanOrEqual(0);
					expect.soft(await cutOffText(page), where).toEqual([]);
					expect.soft(await wrappedText(page, '.bottom-nav a span'), where).toEqual([]);
				}
			}
		});
	});
}
