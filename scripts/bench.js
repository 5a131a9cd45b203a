// npm run bench: the figures of the issue "Speed at scale", in one table.
//
// It builds the app (and an empty SvelteKit app for comparison), seeds a realistic data set
// into the app's own database (scripts/bench/seed-data.js: 10,000 notes, 2,000 contacts in 20
// groups, 300 checklists × 30 items, 500 incidents, 200 resolution drafts) and measures, in
// Chromium at a Pixel 7's viewport, offline from the service worker, at full CPU speed and with
// the CPU slowed 4× (a cheap Android phone). Each figure is the median of several runs, printed
// beside the BEFORE figure of scripts/bench-baseline.json and the issue's budget.
//
//   npm run bench -- [--runs N] [--quick] [--only lists,cold,search,tick,typing,scroll,size,lighthouse]
//                    [--cpu 1|4|1,4] [--no-build] [--save-baseline] [--help]
//
// The measurements (--only names). Times are taken in the page, on its clock; "shown" means the
// seeded text is rendered and visible, timed after the frame that paints it, so the bench does
// not depend on the lists' markup:
//   lists       tap on the list's link on home → its newest (or first) seeded item shown, and
//               the page's DOM nodes once it is quiet. Home links to Notes and Strike school; for
//               contacts and incidents the bench adds a link to home: the same client-side
//               navigation.
//   cold        a new tab opens /notes offline: navigation start → the newest note shown (the
//               hydrated app renders the list, so it is interactive then); the same page with an
//               empty database; their ratio.
//   search      a note opened in a new tab, a tap on the header's search link, a word typed as
//               soon as the box shows: tap → the one note with that word shown. Then, with the
//               index ready, queries typed key by key: key → results changed and settled (keys
//               that change nothing on the page are left out).
//   tick        the newest checklist: tap a box → its row changed in IndexedDB (raw reads, polled
//               in the page), and → the box and the done count changed on screen.
//   typing      a note linked to a contact and a checklist: six keys 100 ms apart → from the last
//               key to the text in IndexedDB; long tasks from the first key until the page is
//               quiet again.
//   scroll      at 1× only: 150 mouse-wheel turns of 300 px down the notes: the share of frames
//               over 16.7 ms (requestAnimationFrame intervals over 20 ms) and the longest; the
//               same turns on the no-data page show the machine's own noise.
//   backup      at 1× only: back up 10,000 notes and 2,000 contacts (their groups too) with a
//               passphrase, tap → file downloaded; erase; read the file → preview, restore →
//               "Restored and checked". scrypt alone, at the work factor the app chose (read
//               from the file's header), is timed apart in Node with the same library and
//               taken out of the figures with budgets. Then the QR version of a 30-item
//               checklist on the share screen.
//   vault       the data set's lock turned on through Settings (time to encrypt it all), then a
//               new tab unlocks to the notes list: tap → newest note shown, split into the key
//               derivation and the unwrap (the app's User Timing marks) and the rest; then
//               each list opened from home, as under "lists", in a tab unlocked first.
//   size        first-load JS+CSS gzip of each prerendered route ÷ the empty SvelteKit app's.
//   lighthouse  mobile scores of / and /notes by npx lighthouse (scripts/bench/lighthouse.js).
//
// A full run took 37 minutes on the code before the rewrite, whose lists take up to 25 s to
// open at 4×; --quick (3 runs, no Lighthouse) about half of that, --only a single measurement
// a few minutes. A missed budget is reported, not failed: the exit code is non-zero only when a
// run breaks. The machine is shared and timings are noisy: compare medians, and mind the load
// average printed with the table.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import {
	coldStartNotes,
	firstSearchHit,
	LISTS,
	openListFromHome,
	phoneContext,
	scrollNotes,
	searchKeystrokes,
	tickItems,
	turnLockOn,
	typeInLinkedNote,
	unlockToNotes,
	warmUp
} from './bench/app-measures.js';
import { backupAndRestore, qrVersionOf30Items } from './bench/backup-measures.js';
import { buildEmptyApp, firstLoadRatios, viteBuild } from './bench/bundle-size.js';
import { lighthouseScores } from './bench/lighthouse.js';
import { GROUPS, parseOptions, USAGE } from './bench/options.js';
import { median, readBaseline, table, writeBaseline } from './bench/report.js';
import { COUNTS, makeDataSet } from './bench/seed-data.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUT = join(ROOT, 'bench-out');
const APP_DIR = join(OUT, 'app');
const BASELINE = join(ROOT, 'scripts/bench-baseline.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZE_BUDGET = 3;
/** A 60 Hz frame is 16.7 ms; rAF intervals jitter by a few, so a missed frame is one over 20. */
const SLOW_FRAME_MS = 20;
/** Lighthouse runs take most of a minute each: at most this many per page. */
const LIGHTHOUSE_RUNS = 3;

function freePort(from) {
	return new Promise((resolvePort) => {
		const probe = createServer();
		probe.once('error', () => resolvePort(freePort(from + 1)));
		probe.listen(from, '127.0.0.1', () => probe.close(() => resolvePort(from)));
	});
}

function serve(dir, port) {
	const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.js'), dir, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolveServer) => server.stdout.once('data', () => resolveServer(server)));
}

/** What the notes page says with no notes: the sign that the app has created its database. */
function notesEmptyText() {
	const messages = JSON.parse(readFileSync(join(ROOT, 'messages/notes/en.json'), 'utf8'));
	return messages.notes_empty;
}

const log = (text) => console.log(text);
const round = (values) => values.map((v) => Math.round(v)).join(' ');

/** Runs `measure(rate, run)` `runs` times at each CPU rate: { rate: [results] }. */
async function atEachRate(options, label, measure) {
	const results = {};
	for (const rate of options.rates) {
		results[rate] = [];
		for (let run = 0; run < options.runs; run++) results[rate].push(await measure(rate, run));
		log(`  ${label}, ${rate}×: done`);
	}
	return results;
}

/** { rate: median of pick(result) over the runs }, and the raw values in the log. */
function mediansOf(results, label, pick) {
	const figure = {};
	for (const [rate, runs] of Object.entries(results)) {
		const values = runs.flatMap(pick);
		figure[rate] = median(values);
		log(`  ${label} ${rate}×: ${round(values)} → median ${Math.round(figure[rate])}`);
	}
	return figure;
}

async function measureLists(options, phone, origin, targets, figures) {
	for (const list of LISTS) {
		const results = await atEachRate(options, `${list.label} from home`, (rate) =>
			openListFromHome(phone, rate, origin, list, targets)
		);
		figures[`list.${list.key}.ms`] = mediansOf(results, `${list.label} ms`, (r) => r.ms);
		figures[`list.${list.key}.nodes`] = mediansOf(results, `${list.label} nodes`, (r) => r.nodes);
	}
}

async function measureColdStart(options, phone, emptyPhone, origin, targets, emptyText, figures) {
	// Data and no data in turn, so that a busy moment of the machine hits both alike.
	const results = await atEachRate(options, 'cold start', async (rate) => ({
		data: await coldStartNotes(phone, rate, origin, [targets.newestNoteTitle]),
		empty: await coldStartNotes(emptyPhone, rate, origin, [emptyText])
	}));
	figures['cold.data'] = mediansOf(results, 'cold start with data ms', (r) => r.data);
	figures['cold.empty'] = mediansOf(results, 'cold start, no data ms', (r) => r.empty);
	figures['cold.ratio'] = Object.fromEntries(
		options.rates.map((rate) => [rate, figures['cold.data'][rate] / figures['cold.empty'][rate]])
	);
}

async function measureSearch(options, phone, origin, targets, figures) {
	const hits = await atEachRate(options, 'first search hit', (rate) =>
		firstSearchHit(phone, rate, origin, targets)
	);
	figures['search.firstHit'] = mediansOf(hits, 'first hit ms', (ms) => ms);
	const keys = await atEachRate(options, 'search keystrokes', (rate, run) =>
		searchKeystrokes(phone, rate, origin, targets, run)
	);
	figures['search.keystroke'] = mediansOf(keys, 'keystroke → shown ms', (latencies) =>
		latencies.map((l) => l.shown)
	);
	figures['search.keystrokeDom'] = mediansOf(keys, 'keystroke → page ms', (latencies) =>
		latencies.map((l) => l.dom)
	);
}

async function measureTicks(options, phone, origin, targets, figures) {
	const results = await atEachRate(options, 'ticks', (rate) =>
		tickItems(phone, rate, origin, targets)
	);
	figures['tick.commit'] = mediansOf(results, 'tick → IndexedDB ms', (ticks) =>
		ticks.map((t) => t.commit)
	);
	figures['tick.dom'] = mediansOf(results, 'tick → screen ms', (ticks) => ticks.map((t) => t.dom));
}

async function measureTyping(options, phone, origin, targets, figures) {
	const results = await atEachRate(options, 'typing', (rate, run) =>
		typeInLinkedNote(phone, rate, origin, targets, rate * 1000 + run)
	);
	figures['typing.commit'] = mediansOf(results, 'typing → IndexedDB ms', (r) => r.commit);
	figures['typing.longTasks'] = mediansOf(results, 'typing long tasks ms', (r) => r.longTasks);
}

async function measureScroll(options, phone, emptyPhone, origin, targets, emptyText, figures) {
	// At full speed only: the budget is about frames on this machine, not on a slowed one. The
	// same wheel turns on the page with no notes (nothing to scroll) show the machine's noise.
	const share = (deltas) =>
		(100 * deltas.filter((ms) => ms > SLOW_FRAME_MS).length) / deltas.length;
	const runs = [];
	const idle = [];
	for (let run = 0; run < options.runs; run++) {
		runs.push(await scrollNotes(phone, origin, [targets.newestNoteTitle]));
		idle.push(await scrollNotes(emptyPhone, origin, [emptyText]));
	}
	const slow = runs.map(share);
	const longest = runs.map((deltas) => Math.max(...deltas));
	log(`  scroll: % frames > ${SLOW_FRAME_MS} ms ${slow.map((s) => s.toFixed(1)).join(' ')}`);
	log(`  scroll: no-data page ${idle.map((d) => share(d).toFixed(1)).join(' ')}`);
	log(
		`  scroll: longest frame ms ${round(longest)}; frames ${runs.map((d) => d.length).join(' ')}`
	);
	figures['scroll.slow'] = { 1: median(slow) };
	figures['scroll.idle'] = { 1: median(idle.map(share)) };
	figures['scroll.longest'] = { 1: median(longest) };
}

/**
 * The lock on: encrypting the data set once, then unlock → notes list, split by phase, and each
 * list opened from home once unlocked.
 */
async function measureVault(options, browser, origin, rows, targets, emptyText, figures) {
	const phone = await phoneContext(browser, origin, rows, emptyText);
	try {
		const passphrase = 'maple tugboat velvet quarry 42';
		figures['vault.turn-on.ms'] = { 1: await turnLockOn(phone, origin, passphrase) };
		log(`  turning the lock on: ${figures['vault.turn-on.ms'][1]} ms`);
		const results = await atEachRate(options, 'unlock to notes', (rate) =>
			unlockToNotes(phone, rate, origin, targets, passphrase)
		);
		for (const part of ['ms', 'kdf', 'unwrap', 'rest']) {
			figures[`vault.unlock.${part}`] = mediansOf(results, `unlock ${part}`, (r) => r[part]);
		}
		for (const list of LISTS) {
			const opened = await atEachRate(options, `${list.label} from home, lock on`, (rate) =>
				openListFromHome(phone, rate, origin, list, targets, passphrase)
			);
			figures[`vault.list.${list.key}.ms`] = mediansOf(
				opened,
				`${list.label} ms, lock on`,
				(r) => r.ms
			);
		}
	} finally {
		await phone.close();
	}
}

/** Backup and restore at full speed only: scrypt's own time is set by the device's speed. */
async function measureBackup(options, browser, origin, rows, figures) {
	const kinds = new Set(['note', 'contact', 'contact-group']);
	const data = rows.filter((row) => kinds.has(row.kind));
	log(`  backup: ${data.length} rows (notes, contacts and their groups)`);
	const runs = [];
	for (let run = 0; run < options.runs; run++)
		runs.push(await backupAndRestore(browser, origin, data, OUT, run));
	const pick = (f) => median(runs.map(f));
	log(
		`  backup ms ${round(runs.map((r) => r.backupMs))}; read ${round(runs.map((r) => r.readMs))}; write ${round(runs.map((r) => r.writeMs))}; scrypt ${round(runs.map((r) => r.scrypt))} at 2^${runs[0].workFactor}`
	);
	const note = `2^${runs[0].workFactor}`;
	figures['backup.total'] = { 1: pick((r) => r.backupMs) };
	figures['backup.apart'] = { 1: pick((r) => r.backupMs - r.scrypt) };
	figures['backup.scrypt'] = { 1: pick((r) => r.scrypt), note };
	figures['restore.total'] = { 1: pick((r) => r.readMs + r.writeMs) };
	figures['restore.apart'] = { 1: pick((r) => r.readMs + r.writeMs - r.scrypt) };
	const version = await qrVersionOf30Items(browser, origin);
	log(`  QR code of a 30-item checklist: version ${version}`);
	figures['qr.version'] = { any: version };
}

function measureSizes(options, figures) {
	const built = join(OUT, 'empty-app/build');
	const emptyDir = options.build || !existsSync(built) ? buildEmptyApp(ROOT, OUT) : built;
	const { emptyBytes, routes } = firstLoadRatios(APP_DIR, emptyDir);
	const home = routes.find((route) => route.path === '/');
	const worst = routes[0];
	log(`  empty app: ${(emptyBytes / 1024).toFixed(1)} kB gzip`);
	for (const route of routes)
		log(`  ${route.path}: ${(route.bytes / 1024).toFixed(1)} kB = ${route.ratio.toFixed(2)}×`);
	figures['size.home'] = { any: home.ratio };
	figures['size.worst'] = { any: worst.ratio, note: worst.path };
	figures['size.over'] = { any: routes.filter((route) => route.ratio > SIZE_BUDGET).length };
}

async function measureLighthouse(options, origin, rows, emptyText, figures, problems) {
	const paths = ['/', '/notes'];
	const result = await lighthouseScores({
		chromiumPath: CHROMIUM,
		profileDir: join(OUT, 'lighthouse-profile'),
		// The last run's report of each page, kept to see what costs the score.
		reportFile: (path) => join(OUT, `lighthouse-${path.replace(/\W/g, '') || 'home'}.json`),
		port: await freePort(9300),
		origin,
		rows,
		emptyText,
		paths,
		runs: Math.min(options.runs, LIGHTHOUSE_RUNS)
	});
	if (result.error) {
		problems.push(`Lighthouse: not measured (${result.error})`);
		return;
	}
	for (const path of paths) {
		const runs = result.runsByPath[path];
		const shown = (scores) => scores.map((score) => score ?? '–').join('/');
		log(`  lighthouse ${path}: ${runs.map((run) => shown(run.scores)).join('  ')}`);
		// A category some runs could not score counts from the runs that did.
		figures[`lighthouse.${path}`] = {
			any: [0, 1, 2].map((i) => median(runs.map((run) => run.scores[i] ?? undefined)))
		};
		const failed = runs.filter((run) => run.problem);
		if (failed.length > 0)
			problems.push(
				`Lighthouse ${path}: ${failed.length} of ${runs.length} runs could not score everything: ${failed[0].problem}`
			);
	}
}

/** Everything measured in Chromium, against the build served locally; returns its version. */
async function measureInBrowser(options, figures, problems) {
	const wants = (group) => options.groups.includes(group);
	const { rows, targets } = await makeDataSet(ROOT);
	const emptyText = notesEmptyText();
	const port = await freePort(4300);
	const origin = `http://127.0.0.1:${port}`;
	const server = await serve(APP_DIR, port);
	let browser;
	try {
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			// The machine has no network: keep Chromium from trying to reach Google.
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync']
		});
		if (['lists', 'cold', 'search', 'tick', 'typing', 'scroll'].some(wants)) {
			log(
				`Seeding ${COUNTS.notes} notes, ${COUNTS.contacts} contacts in ${COUNTS.groups} groups, ${COUNTS.checklists} checklists × ${COUNTS.checklistItems} items, ${COUNTS.incidents} incidents, ${COUNTS.drafts} drafts…`
			);
			const phone = await phoneContext(browser, origin, rows, emptyText);
			const emptyPhone = await phoneContext(browser, origin, [], emptyText);
			await warmUp(phone, origin, targets);
			if (wants('lists')) await measureLists(options, phone, origin, targets, figures);
			if (wants('cold'))
				await measureColdStart(options, phone, emptyPhone, origin, targets, emptyText, figures);
			if (wants('search')) await measureSearch(options, phone, origin, targets, figures);
			if (wants('tick')) await measureTicks(options, phone, origin, targets, figures);
			if (wants('typing')) await measureTyping(options, phone, origin, targets, figures);
			if (wants('scroll') && options.rates.includes(1))
				await measureScroll(options, phone, emptyPhone, origin, targets, emptyText, figures);
		}
		if (wants('vault')) {
			log('Vault: turning the lock on, then unlocking to the notes list…');
			await measureVault(options, browser, origin, rows, targets, emptyText, figures);
		}
		if (wants('backup') && options.rates.includes(1)) {
			log('Backup and restore…');
			await measureBackup(options, browser, origin, rows, figures);
		}
		if (wants('lighthouse')) {
			log('Lighthouse (mobile, data set in the profile)…');
			await measureLighthouse(options, origin, rows, emptyText, figures, problems);
		}
		return browser.version();
	} finally {
		await browser?.close();
		server.kill();
	}
}

/** The app's own code, as opposed to the bench: what a baseline was measured on. */
const APP_SOURCES = [
	'src',
	'static',
	'messages',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/** The last commit that changed `paths` (any path when empty). */
function gitLastCommit(paths) {
	return execFileSync('git', ['log', '-1', '--format=%h', '--', ...paths], { cwd: ROOT })
		.toString()
		.trim();
}

async function main() {
	let options;
	try {
		options = parseOptions(process.argv.slice(2));
	} catch (error) {
		console.error(`${error.message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (options.help) {
		log(USAGE);
		return;
	}
	const wants = (group) => options.groups.includes(group);
	const started = Date.now();
	const loadAtStart = loadavg()[0];
	log(
		`${cpus().length} cores, load average ${loadAtStart.toFixed(1)}; ${options.runs} runs per figure at CPU ${options.rates.join('× and ')}×`
	);

	if (options.build || !existsSync(APP_DIR)) {
		log('Building the app…');
		viteBuild(ROOT, ROOT, { RF_OUT: APP_DIR });
	}
	const figures = {};
	const problems = [];
	if (wants('size')) {
		log('First-load JS+CSS per route (building an empty SvelteKit app)…');
		measureSizes(options, figures);
	}

	const chromiumVersion = await measureInBrowser(options, figures, problems);

	const minutes = (Date.now() - started) / 60_000;
	const loadAtEnd = loadavg()[0];
	const baseline = readBaseline(BASELINE);
	log('');
	for (const line of table(figures, baseline)) log(line);
	for (const problem of problems) log(problem);
	log(
		`\n${options.runs} runs per figure (Lighthouse ${Math.min(options.runs, LIGHTHOUSE_RUNS)}); Pixel 7 viewport; offline from the service worker; took ${minutes.toFixed(1)} min; load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)} on ${cpus().length} cores.`
	);
	log(
		baseline
			? `BEFORE: app code at ${baseline.appCommit}, ${baseline.measured.map((m) => `${m.groups.join(',')} on ${m.at.slice(0, 10)} (${m.loadAverage})`).join('; ')}.`
			: 'BEFORE: no scripts/bench-baseline.json yet (npm run bench -- --save-baseline).'
	);

	if (options.saveBaseline && Object.keys(figures).length === 0) {
		log('Nothing was measured: the baseline is left as it was.');
	} else if (options.saveBaseline) {
		// A partial run (--only) updates its figures in the baseline and keeps the others.
		const previous = options.groups.length < GROUPS.length ? baseline : undefined;
		await writeBaseline(BASELINE, {
			about:
				'BEFORE figures for the issue "Speed at scale": npm run bench -- --save-baseline on the code before the data layer and lists were rewritten. Medians; ms unless the row says otherwise.',
			appCommit: gitLastCommit(APP_SOURCES),
			machine: {
				cpu: cpus()[0].model,
				cores: cpus().length,
				memoryGiB: Math.round(totalmem() / 2 ** 30),
				node: process.version,
				chromium: chromiumVersion
			},
			conditions: {
				runs: options.runs,
				lighthouseRuns: Math.min(options.runs, LIGHTHOUSE_RUNS),
				cpuRates: options.rates,
				device: 'Playwright devices["Pixel 7"], locale en-US, offline from the service worker',
				data: COUNTS
			},
			measured: [
				...(previous?.measured ?? []),
				{
					at: new Date().toISOString(),
					commit: gitLastCommit([]),
					groups: options.groups,
					minutes: Math.round(minutes),
					loadAverage: `load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)} on a machine shared with other builds and tests`,
					problems
				}
			],
			figures: { ...previous?.figures, ...figures }
		});
		log(`Saved the figures to ${BASELINE}.`);
	}
}

await main();
