// Lighthouse's mobile scores for pages of the app with the data set in the browser's profile.
//
// Lighthouse is not a devDependency (every `npm test` install would pull it and its Puppeteer):
// it is fetched by npx on first use, a pinned version that runs on Node 20. It drives a Chromium
// started here with a debugging port, whose profile the bench first fills through Playwright
// (service worker and database), and it is told to leave that storage alone.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { prepareProfile } from './app-measures.js';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function untilDebuggable(port) {
	for (let tries = 0; tries < 100; tries++) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}/json/version`);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	throw new Error(`Chromium never opened its debugging port ${port}`);
}

/**
 * Lighthouse's JSON report, also when it exits non-zero after a gatherer failed. It goes to a
 * file: on a pipe, a report of a page this size came out cut.
 */
async function lighthouseReport(url, port, reportFile) {
	rmSync(reportFile, { force: true });
	const args = [
		'--yes',
		LIGHTHOUSE,
		url,
		`--port=${port}`,
		// Keep the seeded IndexedDB and the service worker: the point is the page with data.
		'--disable-storage-reset',
		`--only-categories=${CATEGORIES.join(',')}`,
		'--output=json',
		`--output-path=${reportFile}`,
		'--quiet'
	];
	try {
		await promisify(execFile)('npx', args, { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
	} catch (error) {
		if (!existsSync(reportFile)) throw error;
	}
	return JSON.parse(readFileSync(reportFile, 'utf8'));
}

/**
 * One run's scores, [performance, accessibility, best practices], with null for a category
 * Lighthouse could not score (say, axe timing out on a huge page), and why.
 */
async function runLighthouse(url, port, reportFile) {
	const report = await lighthouseReport(url, port, reportFile);
	const scores = CATEGORIES.map((category) => {
		const score = report.categories[category]?.score;
		return typeof score === 'number' ? Math.round(score * 100) : null;
	});
	const error = report.runtimeError;
	return {
		scores,
		problem: error && [error.artifactKey, error.message].filter(Boolean).join(': ')
	};
}

/**
 * Runs per path: { '/': [{ scores: [perf, a11y, bp], problem? }, …] }, or { error } with the
 * reason when Lighthouse could not run here.
 */
export async function lighthouseScores({
	chromiumPath,
	profileDir,
	reportFile,
	port,
	origin,
	rows,
	emptyText,
	paths,
	runs
}) {
	rmSync(profileDir, { recursive: true, force: true });
	const browserProcess = spawn(
		chromiumPath,
		[
			'--headless=new',
			// As Playwright does: Chromium's sandbox needs privileges a container or root lacks.
			'--no-sandbox',
			`--remote-debugging-port=${port}`,
			`--user-data-dir=${profileDir}`,
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'about:blank'
		],
		{ stdio: 'ignore' }
	);
	try {
		await untilDebuggable(port);
		const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
		await prepareProfile(browser.contexts()[0], origin, rows, emptyText);
		await browser.close();
		const runsByPath = {};
		for (const path of paths) {
			runsByPath[path] = [];
			for (let run = 0; run < runs; run++)
				runsByPath[path].push(await runLighthouse(origin + path, port, reportFile(path)));
		}
		return { runsByPath };
	} catch (error) {
		return { error: error.message.split('\n')[0] };
	} finally {
		if (browserProcess.exitCode === null && browserProcess.signalCode === null) {
			const exited = new Promise((done) => browserProcess.once('exit', done));
			browserProcess.kill();
			await exited;
		}
	}
}
