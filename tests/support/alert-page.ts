import { expect, type Locator, type Page } from '@playwright/test';
import { RapidResponsePage } from './rapid-response-page';

/**
 * The alert path as a volunteer meets it: every tap goes through `tap`, which counts it, and the
 * hand-off to the messaging app (an sms: link) is caught and kept instead of leaving the page.
 */
export class AlertPage extends RapidResponsePage {
	taps = 0;

	constructor(page: Page) {
		super(page);
	}

	/** Catches sms: links as the phone would open them; call before the first page load. */
	async catchMessagingApp(): Promise<void> {
		await this.page.addInitScript(() => {
			const sent: string[] = [];
			Object.assign(window, { __sms: sent });
			// Capture phase: the app's own click handler still runs, the navigation does not.
			document.addEventListener(
				'click',
				(event) => {
					const link = (event.target as Element | null)?.closest?.('a[href^="sms:"]');
					if (!link) return;
					event.preventDefault();
					sent.push((link as HTMLAnchorElement).href);
				},
				true
			);
		});
	}

	async tap(target: Locator): Promise<void> {
		await target.click();
		this.taps++;
	}

	/** The sms: links handed to the messaging app so far in this page. */
	messagingApp(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as { __sms: string[] }).__sms);
	}

	/** Numbers and body of the last text handed to the messaging app. */
	async lastText(): Promise<{ numbers: string[]; body: string }> {
		const sent = await this.messagingApp();
		expect(sent.length).toBeGreaterThan(0);
		const url = sent[sent.length - 1]!;
		const match = /^sms:([^?]*)\?body=(.*)$/.exec(url);
		expect(match, url).not.toBeNull();
		return { numbers: match![1]!.split(','), body: decodeURIComponent(match![2]!) };
	}

	/** The text as it will go out. */
	message() {
		return this.page.getByTestId('alert-preview');
	}

	sendLink() {
		return this.page.getByTestId('alert-sms');
	}

	/** How far the send link sits from the screen's bottom bar (negative: hidden behind it). */
	async sendBarClearance(): Promise<{ top: number; bottom: number }> {
		const send = (await this.sendLink().boundingBox())!;
		const nav = (await this.page
			.getByRole('navigation', { name: /Main|Principal/ })
			.boundingBox())!;
		return { top: send.y, bottom: nav.y - (send.y + send.height) };
	}
}
