import { expect, type Page } from '@playwright/test';
import { corpusBytes, corpusFiles } from '../fixtures/corpus';
import { AppPage } from './app-page';

/** Real exports from phones and address books (tests/fixtures/corpus). */
export const vcardFiles = (): string[] => corpusFiles('vcards', '.vcf');

export interface VCardFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

export function corpusFile(name: string): VCardFile {
	return { name, mimeType: 'text/vcard', buffer: corpusBytes(`vcards/${name}`) };
}

/** A small vCard 3.0 file with the given people, for flows that need known numbers. */
export function vcard(name: string, people: { name: string; tel: string }[]): VCardFile {
	const cards = people.map((p) =>
		['BEGIN:VCARD', 'VERSION:3.0', `FN:${p.name}`, `TEL;TYPE=cell:${p.tel}`, 'END:VCARD'].join(
			'\r\n'
		)
	);
	return { name, mimeType: 'text/vcard', buffer: Buffer.from(cards.join('\r\n') + '\r\n') };
}

export class RapidResponsePage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	fileInput() {
		return this.page.locator('#vcf-file');
	}

	preview() {
		return this.page.getByTestId('import-preview');
	}

	/** Chooses a file on the import page and waits for its preview or its error. */
	async chooseFile(file: VCardFile): Promise<void> {
		await this.goto('/rapid-response/contacts/import');
		await this.fileInput().setInputFiles(file);
	}

	/** Imports every contact of a file into a new group; returns the group page's address. */
	async importIntoNewGroup(file: VCardFile, group: string): Promise<string> {
		await this.chooseFile(file);
		await expect(this.preview()).toBeVisible();
		await this.page.getByLabel(/^(Add them to a group|Agregarlos a un grupo)$/).selectOption('new');
		await this.page.getByLabel(/^(Name of the new group|Nombre del grupo nuevo)$/).fill(group);
		await this.page.getByRole('button', { name: /^(Save|Guardar) \d+ / }).click();
		const link = this.page.getByRole('status').getByRole('link', { name: group });
		await expect(link).toBeVisible();
		return (await link.getAttribute('href'))!;
	}

	contactList() {
		return this.page.getByTestId('contact-list');
	}

	/** The contacts' names, as the list shows them. */
	async contactNames(): Promise<string[]> {
		await this.goto('/rapid-response/contacts');
		const empty = this.page.getByText(/^(No contacts yet|Todavía no hay contactos)/);
		await expect(this.contactList().or(empty)).toBeVisible();
		if (await empty.isVisible()) return [];
		return this.contactList().locator('.name').allTextContents();
	}

	saved() {
		return this.page.getByText(/^(Saved|Guardado)$/).first();
	}
}
