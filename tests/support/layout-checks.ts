import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

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

/**
 * Text a user cannot read in full, one line each: an element that clips its own text (overflow
 * hidden or clip) with no ellipsis or line clamp to say so, a field whose value or placeholder is
 * wider than the field, and a drop-down whose chosen option is. Scrolling rows (overflow auto)
 * are not cut: a finger reaches the rest.
 */
export function cutOffText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const context = document.createElement('canvas').getContext('2d')!;
		const textWidth = (text: string, style: CSSStyleDeclaration) => {
			context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			return context.measureText(text).width;
		};
		const room = (el: HTMLElement, style: CSSStyleDeclaration) =>
			el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		const describe = (el: Element, why: string) =>
			`${why}: ${el.outerHTML.slice(0, 120).replace(/\s+/g, ' ')}`;
		const found: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			if (el.getClientRects().length === 0) continue; // not shown
			if (el.closest('.visually-hidden, .skip-link, [aria-hidden="true"]')) continue;
			const style = getComputedStyle(el);
			if (el instanceof HTMLSelectElement) {
				const chosen = el.selectedOptions[0]?.text ?? '';
				// The arrow takes about 1.5 em of the room.
				if (textWidth(chosen, style) > room(el, style) - parseFloat(style.fontSize) * 1.5) {
					found.push(describe(el, `option "${chosen}" cut`));
				}
				continue;
			}
			if (
				el instanceof HTMLInputElement &&
				['text', 'search', 'email', 'tel', ''].includes(el.type)
			) {
				const shown = el.value || el.placeholder;
				if (shown && textWidth(shown, style) > room(el, style) + 1) {
					found.push(describe(el, `field text "${shown}" cut`));
				}
				continue;
			}
			if (el instanceof HTMLTextAreaElement) {
				if (style.overflowY === 'hidden' && el.scrollHeight > el.clientHeight + 1) {
					found.push(describe(el, 'text area cut'));
				}
				continue;
			}
			const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
			if (!clips || style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none') continue;
			if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
				found.push(describe(el, 'content cut'));
			}
		}
		return found;
	});
}

/** Elements matching `selector` whose text runs over more than one line. */
export function wrappedText(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements
			.filter((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
				return tops.size > 1;
			})
			.map((el) => el.textContent?.trim() ?? '')
	);
}

/**
 * Whether the element shows whole on the first screen, above the bottom bar, with the page not
 * scrolled: what a user sees on opening it.
 */
export function onFirstScreen(element: Locator): Promise<boolean> {
	return element.evaluate((el) => {
		const { top, bottom } = el.getBoundingClientRect();
		const floor = document.querySelector('.bottom-nav')?.getBoundingClientRect().top;
		return window.scrollY === 0 && top >= 0 && bottom <= (floor ?? window.innerHeight);
	});
}
