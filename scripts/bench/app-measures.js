// What a person feels in the app, measured in Chromium at a Pixel 7's viewport against the
// production build, offline from the service worker, with the CPU at full speed or slowed.
// Each function measures one run in a new page (one tab at a time, as on a phone) and closes it.
import { devices } from '@playwright/test';
import { openAppDatabase } from '../../tests/support/open-app-database.js';
import { installProbes } from './probes.js';
import { seed } from './seed-data.js';

/** The lists, how to reach each from home and the seeded texts that show it has opened. */
export const LISTS = [
	{ key: 'notes', label: 'Notes', path: '/notes', texts: (t) => [t.newestNoteTitle] },
	{
		key: 'contacts',
		label: 'Contacts',
		path: '/rapid-response/contacts',
		// The screen opens on the people; the groups sit behind "Groups & import".
		texts: (t) => [t.firstContactName]
	},
	{
		key: 'checklists',
		label: 'My checklists',
		path: '/strike-school',
		texts: (t) => [t.newestChecklistTitle]
	},
	{
		key: 'incidents',
		label: 'Incidents',
		path: '/rapid-response/incidents',
		texts: (t) => [t.newestIncidentPlace]
	}
];

/** Search queries typed key by key; plain ASCII so that every key is a real key press. */
const QUERIES = [
	'huelga almacen',
	'grievance steward',
	'orden judicial',
	'picket line',
	'overtime'
];

/** A scroll is this many wheel turns of this many pixels: a long fling down the list. */
const WHEEL_TURNS = 150;
const WHEEL_PIXELS = 300;

const probe = (page, fn, arg) => page.evaluate(fn, arg);

/**
 * A browser context like a phone that has used the app: the service worker installed and in
 * control, the app's database created by the app and then filled with `rows`, and the network
 * off. `emptyText` is what the notes page says with no notes: the sign that the app has made
 * its database.
 */
export async function phoneContext(browser, origin, rows, emptyText) {
	const context = await browser.newContext({
		...devices['Pixel 7'],
		locale: 'en-US',
		serviceWorkers: 'allow'
	});
	await prepareProfile(context, origin, rows, emptyText);
	await context.setOffline(true);
	return context;
}

/** Installs the worker and seeds the database in `context` (also used for Lighthouse's). */
export async function prepareProfile(context, origin, rows, emptyText) {
	const page = await context.newPage();
	await page.goto(`${origin}/notes`);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 60_000
	});
	await page.getByText(emptyText).waitFor({ timeout: 60_000 });
	await seed(page, rows);
	await page.close();
}

/** A new tab with the probes installed and the CPU slowed `cpuRate` times. */
async function openPage(context, cpuRate, coldTexts = null) {
	const page = await context.newPage();
	await page.addInitScript(`window.openAppDatabase = ${openAppDatabase}`);
	await page.addInitScript(installProbes, coldTexts);
	if (cpuRate !== 1) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
	}
	return page;
}

/**
 * A measure that takes longer has hung (a wait that never came): it fails, with its page. Longer
 * than the longest wait inside one: turning the lock on may take up to 10 minutes.
 */
const MEASURE_TIMEOUT_MS = 900_000;

async function inPage(context, cpuRate, measure, coldTexts) {
	const page = await openPage(context, cpuRate, coldTexts);
	let timer;
	const hung = new Promise((_, fail) => {
		timer = setTimeout(
			() => fail(new Error(`A measure hung for ${MEASURE_TIMEOUT_MS / 1000} s on ${page.url()}`)),
			MEASURE_TIMEOUT_MS
		);
	});
	try {
		return await Promise.race([measure(page), hung]);
	} finally {
		clearTimeout(timer);
		await page.close();
	}
}

const untilShown = async (page, texts) => {
	await probe(page, (list) => window.__bench.armTexts(list), texts);
	return probe(page, () => window.__bench.armed);
};
const untilQuiet = (page, ms) => probe(page, (quiet) => window.__bench.quiet(quiet), ms);
const lastTap = (page) => probe(page, () => window.__bench.pointerDowns.at(-1));

/**
 * Visits every page the bench measures once, so that later runs start from a used app: each
 * list stays open until the page is still, as a glance at it would, which lets it save its first
 * screen for the next visit.
 */
export async function warmUp(context, origin, targets) {
	await inPage(context, 1, async (page) => {
		for (const list of LISTS) {
			await page.goto(origin + list.path);
			await untilShown(page, list.texts(targets));
			await untilQuiet(page, 500);
		}
		await page.goto(`${origin}/search`);
	});
}

/**
 * The link to `path` on the home page. Home links to some lists only (Notes, Strike school);
 * for the others the bench adds a plain link, which the app's router follows like its own: the
 * figure is then the same client-side navigation from home that a link there would make.
 */
async function linkOnHome(page, path) {
	const link = page.locator(`main a[href="${path}"]`).first();
	if ((await link.count()) > 0) return link;
	await page.evaluate((href) => {
		const added = document.createElement('a');
		added.href = href;
		added.textContent = 'Open the list';
		added.dataset.benchLink = '';
		Object.assign(added.style, {
			position: 'fixed',
			top: '0',
			left: '0',
			zIndex: '1000',
			padding: '16px',
			background: 'white'
		});
		added.addEventListener('click', () => setTimeout(() => added.remove()));
		document.querySelector('main').append(added);
	}, path);
	return page.locator('[data-bench-link]');
}

/**
 * Tap on the list's link on home → its first item visible; then the list page's DOM size. With
 * a `passphrase`, the lock is on: home is unlocked first, untimed, as a user would have done.
 */
export function openListFromHome(context, cpuRate, origin, list, targets, passphrase) {
	return inPage(context, cpuRate, async (page) => {
		await page.goto(`${origin}/`);
		if (passphrase) {
			await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
			await page.getByRole('button', { name: 'Unlock', exact: true }).tap();
			await page.getByRole('heading', { name: 'Locked' }).waitFor({ state: 'detached' });
		}
		await untilQuiet(page, 300);
		const link = await linkOnHome(page, list.path);
		await probe(page, (texts) => window.__bench.armTexts(texts), list.texts(targets));
		await link.tap();
		const shownAt = await probe(page, () => window.__bench.armed);
		const ms = shownAt - (await lastTap(page));
		await untilQuiet(page, 500);
		return { ms, nodes: await probe(page, () => window.__bench.domNodes()) };
	});
}

/** A new tab opens /notes offline: navigation start → `texts` shown (hydrated, so interactive). */
export function coldStartNotes(context, cpuRate, origin, texts) {
	return inPage(
		context,
		cpuRate,
		async (page) => {
			await page.goto(`${origin}/notes`, { waitUntil: 'commit' });
			return probe(page, () => window.__bench.cold);
		},
		texts
	);
}

async function openNote(page, origin, id) {
	await page.goto(`${origin}/notes/edit?id=${id}`);
	const editor = page.getByRole('textbox').first();
	await editor.waitFor();
	await page.waitForFunction((element) => element.value.length > 0, await editor.elementHandle());
	return editor;
}

/**
 * A note opened cold, a tap on the header's search link, a word typed as soon as the search box
 * shows: tap → the one note with that word shown among the results. Timed from the tap, not
 * from the first key: when the first key lands against the search's loading is a race that
 * made the figure swing from 0.1 to 12 s between runs.
 */
export function firstSearchHit(context, cpuRate, origin, targets) {
	return inPage(context, cpuRate, async (page) => {
		await openNote(page, origin, targets.plainNoteId);
		await untilQuiet(page, 300);
		await probe(page, (texts) => window.__bench.armTexts(texts), [targets.searchHitTitle]);
		await page.locator('a[href="/search"]').first().tap();
		// The search page puts the cursor in its box. (A tap or a focus() from here would wait
		// for the page to be still, that is for the search to have loaded.)
		await page.getByRole('searchbox').waitFor();
		await page.keyboard.type(targets.searchWord);
		const shownAt = await probe(page, () => window.__bench.armed);
		return shownAt - (await lastTap(page));
	});
}

/**
 * With the search index ready, a query typed key by key: each key → the results have changed
 * in the page (`dom`) and their frame is rendered (`shown`). Keys after which nothing on the page
 * changes are left out.
 */
export function searchKeystrokes(context, cpuRate, origin, targets, run) {
	return inPage(context, cpuRate, async (page) => {
		await page.goto(`${origin}/search`);
		const box = page.getByRole('searchbox');
		await box.tap();
		// The index is built on first use; what is measured here is typing into a ready one.
		await probe(page, (texts) => window.__bench.armTexts(texts), [targets.searchHitTitle]);
		await page.keyboard.type(targets.searchWord);
		await probe(page, () => window.__bench.armed);
		await box.fill('');
		await untilQuiet(page, 300);
		const latencies = [];
		for (const key of QUERIES[run % QUERIES.length]) {
			await probe(page, () => window.__bench.armChange());
			await page.keyboard.type(key);
			const change = await probe(page, () => window.__bench.armed);
			const keyAt = await probe(page, () => window.__bench.keyDowns.at(-1));
			if (change !== null) {
				latencies.push({ dom: change.changed - keyAt, shown: change.shown - keyAt });
			}
		}
		return latencies;
	});
}

/**
 * The newest checklist open; items 1–3 ticked in turn (item 0 first, as a warm-up): tap → the
 * row changed in IndexedDB, and tap → the box and the done count changed on screen.
 */
export function tickItems(context, cpuRate, origin, targets) {
	const id = targets.newestChecklistId;
	return inPage(context, cpuRate, async (page) => {
		await page.goto(`${origin}/strike-school/checklist?id=${id}`);
		await untilShown(page, [targets.newestChecklistFirstItem]);
		await untilQuiet(page, 300);
		const ticks = [];
		for (let index = 0; index < 4; index++) {
			const box = page.getByRole('checkbox').nth(index);
			const checked = await box.isChecked();
			await probe(
				page,
				async ([element, want, rowId]) => {
					window.__bench.armTickShown(element, want);
					await window.__bench.armCommit({ id: rowId });
				},
				[await box.elementHandle(), !checked, id]
			);
			await box.tap();
			const shownAt = await probe(page, () => window.__bench.armed);
			const committedAt = await probe(page, () => window.__bench.committed);
			const tapAt = await lastTap(page);
			if (index > 0) ticks.push({ commit: committedAt - tapAt, dom: shownAt - tapAt });
			await untilQuiet(page, 200);
		}
		return ticks;
	});
}

/** Six different letters for each run, so that each run's text is new in the note. */
function sixKeys(run) {
	const letters = 'bcdfghjklmnpqrstvwxz';
	let word = ' ';
	for (let n = run, i = 0; i < 5; i++, n = Math.floor(n / letters.length))
		word += letters[n % letters.length];
	return word;
}

/**
 * A note with links (so the search index is loaded beside the editor) open; six keys typed at
 * a quick thumb's pace: last key → the text on disk, and the long tasks from the first key
 * until the page is quiet again.
 */
export function typeInLinkedNote(context, cpuRate, origin, targets, run) {
	const id = targets.linkedNoteId;
	return inPage(context, cpuRate, async (page) => {
		const editor = await openNote(page, origin, id);
		await untilShown(page, [targets.linkedContactName]);
		await untilQuiet(page, 500);
		await editor.tap();
		await page.keyboard.press('Control+End');
		const typed = sixKeys(run);
		const keysBefore = await probe(page, () => window.__bench.keyDowns.length);
		await probe(page, (arg) => window.__bench.armCommit(arg), { id, includes: typed });
		await page.keyboard.type(typed, { delay: 100 });
		const committedAt = await probe(page, () => window.__bench.committed);
		await untilQuiet(page, 500);
		const keys = await probe(page, (n) => window.__bench.keyDowns.slice(n), keysBefore);
		const longTasks = await probe(
			page,
			(from) => window.__bench.longTaskTime(from, performance.now()),
			keys[0]
		);
		return { commit: committedAt - keys.at(-1), longTasks };
	});
}

/** The notes page scrolled with the mouse wheel once `texts` show: every frame's interval. */
export function scrollNotes(context, origin, texts) {
	return inPage(context, 1, async (page) => {
		await page.goto(`${origin}/notes`);
		await untilShown(page, texts);
		await untilQuiet(page, 500);
		const viewport = page.viewportSize();
		await page.mouse.move(viewport.width / 2, viewport.height / 2);
		await probe(page, () => window.__bench.recordFrames());
		for (let turn = 0; turn < WHEEL_TURNS; turn++) {
			await page.mouse.wheel(0, WHEEL_PIXELS);
			await page.waitForTimeout(16);
		}
		return probe(page, () => window.__bench.stopFrames());
	});
}

/** Turns the lock on through Settings, as a user would: the time to encrypt every record. */
export function turnLockOn(context, origin, passphrase) {
	return inPage(context, 1, async (page) => {
		await page.goto(`${origin}/settings`);
		const timeout = 60_000;
		await page.getByLabel('New passphrase').fill(passphrase, { timeout });
		await page.getByLabel('Type it again').fill(passphrase, { timeout });
		const started = Date.now();
		await page.getByRole('button', { name: 'Encrypt my records' }).click({ timeout });
		await page
			.getByText('Your records are encrypted with your passphrase.')
			.waitFor({ timeout: 600_000 });
		return Date.now() - started;
	});
}

/**
 * With the lock on, a new tab opens /notes on the lock screen; the passphrase is typed and
 * Unlock tapped: tap → the newest note shown, split into the key derivation and the unwrap
 * (User Timing marks the app leaves) and the rest (reading and decrypting what the list shows).
 */
export function unlockToNotes(context, cpuRate, origin, targets, passphrase) {
	return inPage(context, cpuRate, async (page) => {
		await page.goto(`${origin}/notes`);
		const field = page.getByLabel('Passphrase', { exact: true });
		await field.fill(passphrase);
		await untilQuiet(page, 300);
		await probe(page, (texts) => window.__bench.armTexts(texts), [targets.newestNoteTitle]);
		await page.getByRole('button', { name: 'Unlock', exact: true }).tap();
		const shownAt = await probe(page, () => window.__bench.armed);
		const ms = shownAt - (await lastTap(page));
		const [kdf, unwrap] = await probe(page, () =>
			['vault-kdf', 'vault-unwrap'].map((name) => performance.getEntriesByName(name)[0].duration)
		);
		return { ms, kdf, unwrap, rest: ms - kdf - unwrap };
	});
}
