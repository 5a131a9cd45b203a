import { expect, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The Resolutions area as a user meets it: templates, the draft editor and the print view. */
export class ResolutionsPage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	async openTemplate(title: string): Promise<void> {
		await this.goto('/resolutions');
		await this.page.getByTestId('template-list').getByRole('link', { name: title }).click();
		await expect(this.heading()).toHaveText(title);
	}

	/** Starts a draft from the open template page, in the given language. */
	async startDraft(language: 'English' | 'Español' = 'English'): Promise<void> {
		await this.page.getByRole('radio', { name: language }).check();
		await this.page.getByRole('button', { name: /^(Start a draft|Empezar un borrador)$/ }).click();
		await expect(this.page).toHaveURL(/\/resolutions\/edit\?id=/);
		await expect(this.saveStatus()).toBeVisible();
	}

	field(label: string) {
		return this.page.getByLabel(label, { exact: true });
	}

	async fill(values: Record<string, string>): Promise<void> {
		for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
	}

	saveStatus() {
		return this.page.getByTestId('save-status');
	}

	async saved(): Promise<void> {
		await expect(this.saveStatus()).toHaveText(/^(Saved on this phone|Guardado en este teléfono)$/);
	}

	preview() {
		return this.page.getByTestId('preview');
	}

	/** Blanks still empty, as the preview marks them. */
	missing() {
		return this.preview().locator('mark.missing');
	}

	clause(name: string) {
		return this.page.getByRole('textbox', { name, exact: true });
	}

	draftList() {
		return this.page.getByTestId('draft-list');
	}

	async openPrintView(): Promise<void> {
		await this.page
			.getByRole('link', { name: /^(Print or save as PDF|Imprimir o guardar como PDF)$/ })
			.click();
		await expect(this.page).toHaveURL(/\/resolutions\/print\?id=/);
		await expect(this.sheet()).toBeVisible();
	}

	sheet() {
		return this.page.getByTestId('sheet');
	}

	/** The page size, in points, of the PDF Chromium prints with the page's own CSS sizes. */
	async pdfPageSize(): Promise<{ width: number; height: number }> {
		await this.page.emulateMedia({ media: 'print' });
		const pdf = (await this.page.pdf({ preferCSSPageSize: true })).toString('latin1');
		await this.page.emulateMedia({ media: 'screen' });
		const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
		if (!box) throw new Error('No page size in the PDF');
		return { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) };
	}
}
