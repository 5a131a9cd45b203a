import { expect, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export class NotesPage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	editor() {
		return this.page.getByRole('textbox', { name: /^(note|nota)$/i });
	}

	/** Creates a note through the UI and waits until it is saved. */
	async create(text: string): Promise<void> {
		await this.goto('/notes');
		await this.page.getByRole('link', { name: /new note|nueva nota/i }).click();
		await expect(this.editor()).toBeVisible();
		await this.editor().fill(text);
		await this.saved();
	}

	async saved(): Promise<void> {
		await expect(this.page.getByText(/^(Saved|Guardada)$/)).toBeVisible();
	}

	/**
	 * Shares text into the app as Android does from another app's share sheet: a POST of the
	 * form to the manifest's share target, from the current page (which the worker controls).
	 */
	async shareFromAnotherApp(fields: Record<string, string>): Promise<void> {
		const manifest = await (await this.page.request.get('/manifest.webmanifest')).json();
		const { action, method, enctype } = manifest.share_target;
		await this.page.evaluate(
			({ fields, action, method, enctype }) => {
				const form = document.createElement('form');
				Object.assign(form, { action, method, enctype });
				for (const [name, value] of Object.entries(fields)) {
					const input = document.createElement('input');
					Object.assign(input, { type: 'hidden', name, value });
					form.append(input);
				}
				document.body.append(form);
				form.submit();
			},
			{ fields, action, method, enctype }
		);
		await this.page.waitForURL(/shared=1/);
		await this.hydrated();
		await this.unlockIfLocked();
	}

	listItem(title: string) {
		return this.page.getByTestId('note-list').getByRole('link', { name: new RegExp(title) });
	}
}
