import { corpusFiles, corpusText } from './fixtures/corpus';
import { noteRows, putStoredRows, storedRows } from './support/app-database';
import { test, expect } from './support/fixtures';
import { axeViolations } from './support/layout-checks';
import { markdownProblemsScript, type markdownProblems } from './support/markdown-problems';
import { NotesPage } from './support/notes-page';
import { turnLockOn } from './support/vault';

test('one tap from home opens a focused editor, and typing is kept across a reload', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/');
	await page.getByRole('link', { name: 'New note' }).click();
	await expect(notes.editor()).toBeFocused();
	await notes.editor().pressSequentially('Phone tree check\nCall Ana before 7', { delay: 5 });
	// Reload the moment typing stops: nothing typed may be lost.
	await page.reload();
	await notes.hydrated();
	await expect(notes.editor()).toHaveValue('Phone tree check\nCall Ana before 7');
});

test('notes offline: Markdown preview with tasks, tags, pin, archive and delete with undo', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.goto('/notes');
	await notes.waitForOfflineReady();
	await notes.offline();

	await notes.create('Older note');
	await notes.create('# Day of action\n\n- [ ] book the hall\n- [ ] print **flyers**');
	await page.getByRole('textbox', { name: 'Tags' }).fill('May Day, huelga');
	await page.getByRole('textbox', { name: 'Tags' }).press('Tab');

	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByTestId('note-preview');
	await expect(preview.getByRole('heading', { name: 'Day of action' })).toBeVisible();
	await expect(preview.locator('strong')).toHaveText('flyers');
	const boxes = preview.getByRole('checkbox', { name: 'Task done' });
	await expect(boxes).toHaveCount(2);
	await boxes.nth(1).check();
	await page.getByRole('button', { name: 'Write' }).click();
	await expect(notes.editor()).toHaveValue(
		'# Day of action\n\n- [ ] book the hall\n- [x] print **flyers**'
	);

	await page.getByRole('button', { name: 'Pin' }).click();
	await expect(page.getByRole('button', { name: 'Unpin' })).toBeVisible();

	await page.reload();
	await notes.hydrated();
	await expect(notes.editor()).toHaveValue(
		'# Day of action\n\n- [ ] book the hall\n- [x] print **flyers**'
	);
	await expect(page.getByRole('textbox', { name: 'Tags' })).toHaveValue('May Day, huelga');

	await notes.goto('/notes');
	const items = page.getByTestId('note-list').getByRole('link');
	await expect(items.first()).toContainText('Day of action');
	await expect(items.first()).toContainText('#May Day #huelga');
	await page.getByRole('button', { name: 'huelga' }).click();
	await expect(items).toHaveCount(1);
	await page.getByRole('button', { name: 'All' }).click();
	await expect(items).toHaveCount(2);

	await notes.listItem('Older note').click();
	await page.getByRole('button', { name: 'Archive' }).click();
	await expect(page.getByText('This note is archived.')).toBeVisible();
	await notes.goto('/notes');
	await expect(items).toHaveCount(1);
	await page.getByRole('button', { name: 'Show archived (1)' }).click();
	await expect(notes.listItem('Older note')).toBeVisible();

	await notes.listItem('Older note').click();
	await page.getByRole('button', { name: 'Delete note' }).click();
	await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
	await expect(notes.editor()).toHaveValue('Older note');
	await page.getByRole('button', { name: 'Delete note' }).click();
	await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
	await expect(notes.heading()).toHaveText('Notes');
	await page.getByRole('button', { name: /Show archived/ }).waitFor({ state: 'detached' });
	await expect(items).toHaveCount(1);
});

test('text shared from another app becomes a new note, even offline', async ({ page }) => {
	const notes = new NotesPage(page);
	await notes.goto('/');
	await notes.waitForOfflineReady();
	await notes.offline();
	const addresses: string[] = [];
	page.on('framenavigated', (frame) => addresses.push(frame.url()));
	await notes.shareFromAnotherApp({
		title: 'Raid report',
		text: 'Agents at 18th St',
		url: 'https://example.org/post'
	});
	await expect(notes.editor()).toHaveValue(
		'Raid report\n\nAgents at 18th St\n\nhttps://example.org/post'
	);
	await notes.saved();
	// The worker hands the text over once and never puts it in an address.
	expect(addresses.filter((address) => /Raid|Agents|example\.org/.test(address))).toEqual([]);
	await notes.goto('/notes');
	await expect(notes.listItem('Raid report')).toBeVisible();
	await expect(notes.listItem('Agents')).toHaveCount(1);

	// Coming back to the share's page later opens an empty note: the share was taken.
	await notes.goto('/notes/new?shared=1');
	await expect(notes.editor()).toHaveValue('');
});

function payloads(): string[] {
	const lines = corpusFiles('xss', '.txt')
		.filter((file) => file.startsWith('payloadsallthethings-'))
		.flatMap((file) => corpusText(`xss/${file}`).split('\n'))
		.filter((line) => line.trim());
	const markdownCases = corpusText('xss/markdown-it-fixture-xss.txt')
		.split(/^\.$/m)
		.filter((_, i) => i % 3 === 1);
	const own = [
		'<svg onload=alert(1)>',
		'[click](javascript:alert(1))',
		'[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
		'![pixel](https://evil.example/pixel.png)',
		'<a href="jav&#x09;ascript:alert(1)">x</a>',
		'<img src=x onerror=alert(1)>',
		'<iframe src="javascript:alert(1)"></iframe>'
	];
	return [...lines, ...markdownCases, ...own];
}

test('the preview renders every XSS payload inert', async ({ page, context }) => {
	test.setTimeout(120_000);
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await context.addInitScript({ content: markdownProblemsScript });
	await context.addInitScript(() => {
		const w = window as unknown as { __xss: number };
		w.__xss = 0;
		for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
			window[name] = (() => {
				w.__xss++;
			}) as never;
		}
	});
	const notes = new NotesPage(page);
	const all = payloads();
	expect(all.length).toBeGreaterThan(1000);
	// In chunks, so that one payload that breaks the parse cannot hide the others.
	for (let start = 0; start < all.length; start += 250) {
		await notes.goto('/notes/new');
		await expect(notes.editor()).toBeVisible();
		await notes.editor().fill(all.slice(start, start + 250).join('\n\n'));
		await notes.saved();
		await page.getByRole('button', { name: 'Preview' }).click();
		const preview = page.getByTestId('note-preview');
		await expect(preview).toBeVisible();
		await page.waitForTimeout(300);
		const found = await preview.evaluate((root) =>
			(window as unknown as { markdownProblems: typeof markdownProblems }).markdownProblems(root)
		);
		expect(found).toEqual([]);
	}
	expect(dialogs).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
});

test('search finds notes by prefix and with a typo, in both languages, highlighted', async ({
	page
}) => {
	const notes = new NotesPage(page);
	await notes.create('Strike vote on Friday\nBring the pledge cards');
	await notes.create('Reunión de la huelga\nLlevar las tarjetas de compromiso');
	await notes.goto('/');
	const search = page.getByRole('searchbox', { name: 'Search everything' });
	await search.fill('strke');
	const results = page.getByRole('search');
	await expect(results.getByRole('region', { name: 'Notes' }).getByRole('link')).toContainText(
		'Strike vote on Friday'
	);
	await expect(results.getByRole('region', { name: 'Notes' }).locator('mark').first()).toHaveText(
		'Strike'
	);
	await search.fill('huel');
	await expect(results.getByRole('link', { name: /Reunión de la huelga/ })).toBeVisible();
	await expect(results.locator('mark', { hasText: 'huelga' }).first()).toBeVisible();
	await search.fill('tarjetas compromiso');
	await results.getByRole('link', { name: /Reunión de la huelga/ }).click();
	await expect(notes.editor()).toHaveValue(/^Reunión de la huelga/);
});

for (const locale of ['en-US', 'es-MX']) {
	test.describe(`notes pages in ${locale}`, () => {
		test.use({ locale });
		test('axe finds no violation in the list, editor, preview and search', async ({ page }) => {
			const notes = new NotesPage(page);
			await notes.goto('/notes/new');
			await notes.editor().fill('# Title\n\n- [ ] a task\n\nSome *text*.');
			await page.getByRole('textbox', { name: /^(Tags|Etiquetas)$/ }).fill('one, two');
			expect(await axeViolations(page)).toEqual([]);
			await page.getByRole('button', { name: /^(Preview|Vista previa)$/ }).click();
			expect(await axeViolations(page)).toEqual([]);
			await notes.goto('/notes');
			expect(await axeViolations(page)).toEqual([]);
			await notes.goto('/search');
			await page
				.getByRole('searchbox', { name: /^(Search everything|Buscar en todo)$/ })
				.fill('title');
			await expect(page.getByRole('search').getByRole('link')).toHaveCount(1);
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

test('the notes list keeps its first screen for the next visit, encrypted once the lock is on', async ({
	page
}) => {
	await page.goto('/notes');
	await expect(page.getByText('No notes yet.')).toBeVisible();
	await putStoredRows(
		page,
		noteRows(40, (i) => ({ tags: i === 3 ? ['steward'] : [], pinned: i === 30 }))
	);
	await page.reload();
	const list = page.getByTestId('note-list').getByRole('link');
	await expect(list.first()).toHaveText(/Seeded note 30/);

	const savedScreen = async () => {
		const row = (await storedRows(page)).find((r) => r.id === 'first-screen:notes');
		if (!row) return undefined;
		if (row.codec !== 'json1') return row.codec;
		const screen = JSON.parse(row.body as string) as {
			rows: { data: { title: string } }[];
			above: { tags: string[] };
		};
		return { titles: screen.rows.map((r) => r.data.title), tags: screen.above.tags };
	};
	// What the list shows first, in its order (the pinned note on top), and the tags above it.
	const shown = ['Seeded note 30', ...Array.from({ length: 14 }, (_, i) => `Seeded note ${i}`)];
	await expect.poll(savedScreen).toEqual({ titles: shown, tags: ['steward'] });
	await page.reload();
	await expect(list.first()).toHaveText(/Seeded note 30/);
	await expect(list.nth(14)).toHaveText(/Seeded note 13\s*$/);

	await turnLockOn(page);
	await expect.poll(savedScreen).toBe('aes1');
	const dump = JSON.stringify(await storedRows(page));
	expect(dump).not.toContain('Seeded note');
});
