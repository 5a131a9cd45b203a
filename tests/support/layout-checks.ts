import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The house accessibility bar: WCAG 2.2 AA plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe's violations on the page as it is now, one line each with the elements it names. */
export async function axeViolations(page: Page, tags: string[] = AXE_TAGS): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(tags).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/**
 * Shown controls smaller than 44 × 44 px. Radio buttons, checkboxes and file inputs count by
 * their label, which is what a finger actually presses.
 */
export function smallTouchTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('a, button, input, select, textarea, summary, [role="button"]')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) return false; // not shown
				if (el.closest('.skip-link')) return false; // off-screen until focused
				const input = el as HTMLInputElement;
				const byLabel = ['checkbox', 'radio', 'file'].includes(input.type);
				const target = (byLabel && input.labels?.[0]) || el;
				const r = target.getBoundingClientRect();
				return r.width < 44 || r.height < 44;
			})
			.map((el) => el.outerHTML.slice(0, 100))
	);
}

/** How far the page scrolls sideways (0 when it fits the screen). */
export function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/**
 * "Now" for the tests that measure a layout: Wednesday, 23 September 2026, 12:58. Wednesday and
 * September have the longest names in English, miércoles and septiembre in Spanish, and the day
 * and the hour take two digits: a layout that fits these dates fits any, and the verdict never
 * depends on the day the suite runs. A week before and after are Wednesdays in September too.
 */
export const WIDEST_NOW = new Date(2026, 8, 23, 12, 58);
export const WIDEST_WEEK_BEFORE = '2026-09-16';
export const WIDEST_WEEK_AFTER = '2026-09-30';

/** Pins the clock the page's scripts read (Date, not timers) to WIDEST_NOW. */
export async function pinWidestDates(page: Page): Promise<void> {
	await page.clock.setFixedTime(WIDEST_NOW);
}
