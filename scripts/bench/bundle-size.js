// What each prerendered page makes a phone download before it can show anything (its entry
// imports, preloads and CSS, gzip), beside an empty SvelteKit app built in the same run with the
// same tools: the ratio says what the app adds, whatever the framework's own weight.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function viteBuild(root, cwd, env = {}) {
	execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd,
		env: { ...process.env, ...env },
		stdio: 'ignore'
	});
}

/** A SvelteKit app with one prerendered page and nothing else, built like ours. */
export function buildEmptyApp(root, out) {
	const dir = join(out, 'empty-app');
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
	viteBuild(root, dir);
	return join(dir, 'build');
}

/** JS+CSS gzip bytes a prerendered page loads first: its entry imports, preloads and CSS. */
function firstLoadGzip(buildDir, htmlFile) {
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	const files = new Set();
	for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"/g)) files.add(href);
	for (const [, src] of html.matchAll(/import\("([^"]+\.js)"\)/g)) files.add(src);
	let bytes = 0;
	for (const file of files) {
		const content = readFileSync(
			join(buildDir, file.replace(/^(\.\.?\/)+/, '').replace(/^\//, ''))
		);
		bytes += gzipSync(content, { level: 9 }).length;
	}
	return bytes;
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
	return routes;
}

/** Each route's first-load JS+CSS as a ratio to the empty app's, worst first. */
export function firstLoadRatios(appDir, emptyDir) {
	const empty = firstLoadGzip(emptyDir, 'index.html');
	return {
		emptyBytes: empty,
		routes: routesOf(appDir)
			.map((route) => {
				const bytes = firstLoadGzip(appDir, route.file);
				return { path: route.path, bytes, ratio: bytes / empty };
			})
			.sort((a, b) => b.ratio - a.ratio)
	};
}
