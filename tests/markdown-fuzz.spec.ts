import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { corpusFiles, corpusText } from './fixtures/corpus';
import { test, expect } from './support/fixtures';
import { fuzzing, fuzzOptions } from './support/fuzz';
import { markdownProblemsScript, type markdownProblems } from './support/markdown-problems';

/**
 * The notes renderer's sanitiser, judged in Chromium: happy-dom skips the nodes after one that a
 * DOMPurify hook removes, so only a real browser can vouch for it.
 *
 * The renderer module is built here from its source, with the app's bundler and packages, and
 * put into the app's own page by an init script: the app exposes nothing for the test and keeps
 * its Content-Security-Policy. Inputs go to the module directly; typing a thousand of them into
 * the note editor would test the editor's autosave more than the sanitiser, and take minutes.
 * Each rendering is also put into the live page, where the CSP reports anything that tries to
 * run or load from elsewhere, and the fixtures' guard sees any request that leaves the origin.
 */
async function rendererScript(): Promise<string> {
	const built = (await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: false,
			lib: {
				entry: fileURLToPath(new URL('../src/lib/notes/markdown.ts', import.meta.url)),
				formats: ['iife'],
				name: 'noteMarkdown'
			}
		}
	})) as Rollup.RollupOutput[];
	// Playwright runs an init script in a function of its own: the global must be set by hand.
	return `${built[0]!.output[0].code}\nwindow.noteMarkdown = noteMarkdown;`;
}

interface FuzzWindow {
	noteMarkdown: { renderMarkdown(source: string): string };
	markdownProblems: typeof markdownProblems;
}

const payloads = corpusFiles('xss', '.txt')
	.filter((file) => file.startsWith('payloadsallthethings-'))
	.flatMap((file) => corpusText(`xss/${file}`).split('\n'))
	.filter((line) => line.trim());

/** URLs as an attacker writes them: schemes disguised with case, entities, tabs and slashes. */
const url = fc
	.tuple(
		fc.constantFrom(
			'javascript:',
			'JaVaScRiPt:',
			'java\tscript:',
			'jav&#x09;ascript:',
			'javascript&colon;',
			'&#106;avascript:',
			' javascript:',
			'\u0001javascript:',
			'vbscript:',
			'data:text/html,',
			'data:image/svg+xml,',
			'data:image/png;base64,',
			'file:',
			'http:',
			'https:',
			'HTTPS:',
			'ws:',
			'ftp:',
			'blob:',
			'mailto:',
			'tel:',
			'sms:',
			'//',
			'/\\',
			'\\\\',
			'&#x2F;/',
			'/',
			'',
			'#',
			'?'
		),
		fc.constantFrom(
			'alert(1)',
			'evil.example/p.png',
			'//evil.example/p.png',
			'x',
			'%0aalert(1)',
			'<svg onload=alert(1)>',
			''
		)
	)
	.map(([scheme, rest]) => scheme + rest);

const text = fc.constantFrom('x', '', 'click', '![i](x)', '`c`', '**b**');

const linkLike = fc.oneof(
	fc
		.tuple(fc.constantFrom('', '!'), text, url, fc.constantFrom('', ' "t"', " 't'", ' (t)'))
		.map(([bang, label, target, title]) => `${bang}[${label}](${target}${title})`),
	url.map((target) => `<${target}>`),
	url.map((target) => `[r]: ${target}\n\n[x][r] ![x][r]`),
	url.map((target) => `<a href="${target}">x</a>`),
	url.map((target) => `<img src="${target}">`),
	url
);

const markdown = fc
	.array(
		fc.oneof(
			{ weight: 3, arbitrary: linkLike },
			{ weight: 2, arbitrary: fc.constantFrom(...payloads) },
			{
				weight: 2,
				arbitrary: fc.constantFrom(
					'\n',
					'\n\n',
					'- [ ] ',
					'- [x] ',
					'> ',
					'    ',
					'```\n',
					'`',
					'**',
					'_',
					'|',
					'---',
					'# ',
					'1. ',
					'<div>',
					'</div>',
					'<!--',
					'-->',
					'<![CDATA[',
					']]>',
					'&',
					'&#0;',
					'\\',
					'[',
					']',
					'(',
					')',
					'"',
					"'",
					'<',
					'>'
				)
			},
			{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }
		),
		{ maxLength: 10 }
	)
	.map((pieces) => pieces.join(''));

test('the notes renderer keeps fuzzed Markdown inert in Chromium', async ({ app, page, guard }) => {
	// A thousand round trips to the page: room for a slow machine; unbounded when fuzzing.
	test.setTimeout(fuzzing ? 0 : 180_000);
	await page.addInitScript({ content: await rendererScript() });
	await page.addInitScript({ content: markdownProblemsScript });
	await app.goto('/notes');

	// The oracle must see what it looks for, or every input would pass. (No event handler here:
	// Chromium checks one against the page's CSP even in a document that never runs it.)
	const seen = await page.evaluate(() => {
		const html =
			'<script></script><img src="https://evil.example/p.png"><a href="java&#9;script:x" target="_blank">';
		const parsed = new DOMParser().parseFromString(html, 'text/html');
		return (window as unknown as FuzzWindow).markdownProblems(parsed);
	});
	expect(seen).toEqual([
		'<script>',
		'remote img https://evil.example/p.png',
		'<a> without rel',
		'a[href]=java\tscript:x',
		'a[target]'
	]);

	await fc.assert(
		fc.asyncProperty(markdown, async (source) => {
			const requestsBefore = guard.external.length;
			const problems = await page.evaluate(async (input) => {
				const { noteMarkdown, markdownProblems } = window as unknown as FuzzWindow;
				const html = noteMarkdown.renderMarkdown(input);
				const template = document.createElement('template');
				template.innerHTML = html;
				const problems = markdownProblems(template.content);
				// In the live page, anything that runs or loads meets the CSP, which reports it.
				const report = (event: SecurityPolicyViolationEvent) =>
					problems.push(`CSP ${event.violatedDirective} ${event.blockedURI}`);
				document.addEventListener('securitypolicyviolation', report);
				const live = document.createElement('div');
				live.innerHTML = html;
				document.body.append(live);
				await new Promise((settled) => setTimeout(settled));
				live.remove();
				document.removeEventListener('securitypolicyviolation', report);
				return problems;
			}, source);
			expect(problems).toEqual([]);
			// The fixture checks every request at the end too; this names the input that made one.
			expect(guard.external.slice(requestsBefore), 'requests off the origin').toEqual([]);
		}),
		fuzzOptions(1000)
	);
});
