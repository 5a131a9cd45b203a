// npm run bench: what the app costs a phone, beside an empty SvelteKit app built in the same run.
//
// For every prerendered route it prints the first-load JS and CSS (raw and gzip) and the median
// time to first contentful paint of a cold start in Chromium: for the app, offline from its
// service worker (a new page, network off); for the empty app, which has no worker, a first
// visit from localhost with an empty cache. Then it runs the search benchmark.
// Budget: the home route's first-load JS+CSS (gzip) at most 2.5 times the empty app's.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUT = join(ROOT, 'bench-out');
const RUNS = 7;
const BUDGET_RATIO = 2.5;
const vite = join(ROOT, 'node_modules/vite/bin/vite.js');

function build(cwd, env = {}) {
	execFileSync(process.execPath, [vite, 'build'], {
		cwd,
		env: { ...process.env, ...env },
		stdio: 'ignore'
	});
}

/** A SvelteKit app with one prerendered page and nothing else, built like ours. */
function buildEmptyApp() {
	const dir = join(OUT, 'empty-app');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/routes'), { recursive: true });
	writeFileSync(
		join(dir, 'svelte.config.js'),
		"import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n"
	);
	writeFileSync(
		join(dir, 'vite.config.js'),
		"import { sveltekit } from '@sveltejs/kit/vite';\nexport default { plugins: [sveltekit()] };\n"
	);
	writeFileSync(
		join(dir, 'src/app.html'),
		'<!doctype html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width"/>%sveltekit.head%</head><body><div>%sveltekit.body%</div></body></html>\n'
	);
	writeFileSync(join(dir, 'src/routes/+layout.js'), 'export const prerender = true;\n');
	writeFileSync(join(dir, 'src/routes/+page.svelte'), '<h1>Hello</h1>\n');
	build(dir);
	return join(dir, 'build');
}

/** Files a prerendered page loads before it can show anything: its entry imports, preloads, CSS. */
function firstLoad(buildDir, htmlFile) {
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	const files = new Set();
	for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"/g)) files.add(href);
	for (const [, src] of html.matchAll(/import\("([^"]+\.js)"\)/g)) files.add(src);
	const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
	for (const file of files) {
		const bytes = readFileSync(join(buildDir, file.replace(/^(\.\.?\/)+/, '').replace(/^\//, '')));
		const kind = file.endsWith('.css') ? 'css' : 'js';
		sizes[kind] += bytes.length;
		sizes[`${kind}Gzip`] += gzipSync(bytes, { level: 9 }).length;
	}
	return sizes;
}

function routesOf(buildDir) {
	const routes = [];
	const walk = (dir, prefix) => {
		for (const entry of readdirSync(join(buildDir, dir), { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory() && entry.name !== '_app' && entry.name !== 'icons')
				walk(path, `${prefix}${entry.name}/`);
			else if (entry.name.endsWith('.html') && entry.name !== '200.html') {
				const name = entry.name.replace(/\.html$/, '');
				routes.push({
					file: path,
					path: `/${prefix}${name === 'index' ? '' : name}`.replace(/\/$/, '') || '/'
				});
			}
		}
	};
	walk('', '');
	return routes.sort((a, b) => a.path.localeCompare(b.path));
}

function serve(dir, port) {
	const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.js'), dir, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolveServer) => server.stdout.once('data', () => resolveServer(server)));
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

async function firstContentfulPaint(page) {
	return page.evaluate(
		() =>
			new Promise((done) => {
				new PerformanceObserver((list) => {
					const paint = list.getEntriesByName('first-contentful-paint')[0];
					if (paint) done(paint.startTime);
				}).observe({ type: 'paint', buffered: true });
				// A page that never paints content must not stall the run.
				setTimeout(() => done(Number.NaN), 10_000);
			})
	);
}

const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch(
	existsSync(systemChromium)
		? {
				executablePath: systemChromium,
				args: ['--disable-background-networking', '--disable-component-update']
			}
		: {}
);

/** One context for every route: the worker is installed once, as on a phone. */
async function offlineContext(origin) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const first = await context.newPage();
	await first.goto(origin);
	await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 30_000
	});
	await first.close();
	await context.setOffline(true);
	return context;
}

async function coldStartOffline(context, origin, path) {
	const times = [];
	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();
		await page.goto(origin + path);
		times.push(await firstContentfulPaint(page));
		await page.close();
	}
	return median(times);
}

async function coldStartFirstVisit(origin, path) {
	const times = [];
	for (let i = 0; i < RUNS; i++) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(origin + path);
		times.push(await firstContentfulPaint(page));
		await context.close();
	}
	return median(times);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

console.log('Building the app and an empty SvelteKit app…');
const appDir = join(OUT, 'app');
build(ROOT, { RF_OUT: appDir });
const emptyDir = buildEmptyApp();

const appServer = await serve(appDir, 4300);
const emptyServer = await serve(emptyDir, 4301);

const rows = [];
const offline = await offlineContext('http://127.0.0.1:4300');
for (const route of routesOf(appDir)) {
	const sizes = firstLoad(appDir, route.file);
	const fcp = await coldStartOffline(offline, 'http://127.0.0.1:4300', route.path);
	rows.push({ name: `app ${route.path}`, ...sizes, fcp, how: 'offline, from the service worker' });
}
await offline.close();
const empty = firstLoad(emptyDir, 'index.html');
const emptyFcp = await coldStartFirstVisit('http://127.0.0.1:4301', '/');
rows.push({
	name: 'empty app /',
	...empty,
	fcp: emptyFcp,
	how: 'first visit, localhost (no worker)'
});

appServer.kill();
emptyServer.kill();
await browser.close();

console.log(
	'\nroute                      JS raw    JS gzip   CSS raw   CSS gzip  FCP median  (cold start)'
);
for (const r of rows) {
	console.log(
		`${r.name.padEnd(26)} ${kb(r.js).padStart(8)} ${kb(r.jsGzip).padStart(9)} ${kb(r.css).padStart(9)} ${kb(r.cssGzip).padStart(9)} ${`${r.fcp.toFixed(0)} ms`.padStart(10)}  (${r.how})`
	);
}

const home = rows.find((r) => r.name === 'app /');
const ratio = (home.jsGzip + home.cssGzip) / (empty.jsGzip + empty.cssGzip);
const withinBudget = ratio <= BUDGET_RATIO;
console.log(
	`\nhome first-load JS+CSS gzip: ${kb(home.jsGzip + home.cssGzip)} = ${ratio.toFixed(2)} × the empty app's ${kb(empty.jsGzip + empty.cssGzip)} (budget ${BUDGET_RATIO} ×): ${withinBudget ? 'within budget' : 'OVER BUDGET'}`
);

console.log('\nSearch benchmark (10,000 generated notes):');
execFileSync(process.execPath, ['--expose-gc', join(ROOT, 'scripts/bench-search.js')], {
	stdio: 'inherit'
});

if (!withinBudget) process.exit(1);
