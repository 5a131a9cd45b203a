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

	listItem(title: string) {
		return this.page.getByTestId('note-list').getByRole('link', { name: new RegExp(title) });
	}
}
