import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { openAppDatabase } from './app-database';

type Text = string | RegExp;

/** The Strike school area: ready-made checklists and the user's own. */
export class ChecklistsPage extends AppPage {
	constructor(page: Page) {
		super(page);
	}

	library(): Locator {
		return this.page.getByTestId('checklist-library');
	}

	myChecklists(): Locator {
		return this.page.getByTestId('my-checklists');
	}

	archivedChecklists(): Locator {
		return this.page.getByTestId('archived-checklists');
	}

	/** Opens a ready-made checklist from the Strike school page and starts a copy of it. */
	async startFromBuiltIn(title: Text): Promise<void> {
		await this.goto('/strike-school');
		await this.library()
			.getByRole('link')
			.filter({ has: this.page.getByText(title) })
			.click();
		await expect(this.heading()).toHaveText(title);
		await this.page.getByRole('button', { name: /^(Start my copy|Empezar mi copia)$/ }).click();
		await this.page.waitForURL(/\/strike-school\/checklist\?id=/);
		await expect(this.items().first()).toBeVisible();
	}

	async newChecklist(name: string): Promise<void> {
		await this.goto('/strike-school');
		await this.page.getByRole('button', { name: /^(New checklist|Nueva lista)$/ }).click();
		await this.page.waitForURL(/\/strike-school\/checklist\?id=/);
		const field = this.page.getByLabel(/^(Checklist name|Nombre de la lista)$/);
		await expect(field).toBeFocused();
		await field.fill(name);
		await this.page.getByRole('button', { name: /^(Done|Listo)$/ }).click();
		await expect(this.heading()).toHaveText(name);
	}

	progress(): Locator {
		return this.page.getByTestId('checklist-progress');
	}

	items(): Locator {
		return this.page.getByTestId('checklist-item');
	}

	/** An item by its title (the name of its checkbox). */
	item(title: Text): Locator {
		return this.items().filter({ has: this.page.getByRole('checkbox', { name: title }) });
	}

	checkbox(title: Text): Locator {
		return this.page.getByRole('checkbox', { name: title });
	}

	async itemTitles(): Promise<string[]> {
		return this.items()
			.getByRole('checkbox')
			.evaluateAll((boxes) =>
				boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '')
			);
	}

	async openDetails(title: Text): Promise<Locator> {
		const item = this.item(title);
		const toggle = item.getByRole('button', { name: /^(Details for|Detalles de)/ });
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		return item;
	}

	async addItem(title: string): Promise<void> {
		const field = this.page.getByRole('textbox', { name: /^(New item|Nuevo punto)$/ });
		await field.fill(title);
		await field.press('Enter');
		await expect(this.item(title)).toBeVisible();
	}

	/** Waits until every text field of the open item details is on disk. */
	async saved(item: Locator): Promise<void> {
		await expect(item.getByText(/^(Saved|Guardado)$/)).toBeVisible();
	}

	/**
	 * Turns the stored copy on this page into one an older release made: an older template
	 * version, without the items that version did not have. Written straight to IndexedDB.
	 */
	async makeOlderCopy(version: number, withoutItems: string[]): Promise<void> {
		const db = await openAppDatabase(this.page);
		await this.page.evaluate(
			async ({ db, id, version, withoutItems }) => {
				const tx = db.transaction('records', 'readwrite');
				const store = tx.objectStore('records');
				store.get(id).onsuccess = (event) => {
					const row = (event.target as IDBRequest).result;
					const data = JSON.parse(row.body);
					data.template.version = version;
					data.items = data.items.filter((item: { id: string }) => !withoutItems.includes(item.id));
					store.put({ ...row, body: JSON.stringify(data), updatedAt: row.updatedAt + 1 });
				};
				await new Promise((resolve) => (tx.oncomplete = resolve));
				db.close();
			},
			{ db, id: this.currentId(), version, withoutItems }
		);
		await this.page.reload();
		await this.hydrated();
	}

	currentId(): string {
		return new URL(this.page.url()).searchParams.get('id')!;
	}
}
