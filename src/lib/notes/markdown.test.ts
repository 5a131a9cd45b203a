// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderMarkdown, toggleTask } from './markdown';
import { corpusFiles, corpusText } from '../../../tests/fixtures/corpus';
import { markdownProblems } from '../../../tests/support/markdown-problems';

// DOMPurify reads `nodeName` through Node.prototype's getter to resist clobbering. Browsers
// implement that getter for every node type; happy-dom overrides it in subclasses and leaves the
// base returning '', which makes DOMPurify drop every element. Restore the browser behaviour.
const baseNodeName = Object.getOwnPropertyDescriptor(window.Node.prototype, 'nodeName')?.get;
Object.defineProperty(window.Node.prototype, 'nodeName', {
	configurable: true,
	get(this: Node) {
		let proto = Object.getPrototypeOf(this);
		for (; proto && proto !== window.Node.prototype; proto = Object.getPrototypeOf(proto)) {
			const own = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get;
			if (own) return own.call(this);
		}
		return baseNodeName?.call(this);
	}
});

function parse(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

function decodeEntities(value: string): string {
	const textarea = document.createElement('textarea');
	textarea.innerHTML = value;
	return textarea.value;
}

const problemsIn = (html: string): string[] => markdownProblems(parse(html));

function fixtureCases(text: string): string[] {
	const inputs: string[] = [];
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '.') continue;
		const input: string[] = [];
		for (i++; i < lines.length && lines[i] !== '.'; i++) input.push(lines[i] as string);
		// Skip the expected output up to its closing dot.
		for (i++; i < lines.length && lines[i] !== '.'; i++);
		inputs.push(input.join('\n'));
	}
	return inputs;
}

const payloadFiles = corpusFiles('xss', '.txt').filter((file) =>
	file.startsWith('payloadsallthethings-')
);
const payloads = payloadFiles.flatMap((file) =>
	corpusText(`xss/${file}`)
		.split('\n')
		.filter((line) => line.trim())
);
const fixtures = fixtureCases(corpusText('xss/markdown-it-fixture-xss.txt'));

const ownPayloads = [
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'[x](javascript:alert(1))',
	'[x]( javascript:alert(1) )',
	'[x](JaVaScRiPt:alert(1))',
	'[x](vbscript:msgbox(1))',
	'[x](file:///etc/passwd)',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x](jav&#x09;ascript:alert(1))',
	'[x](java\tscript:alert(1))',
	'[x][ref]\n\n[ref]: javascript:alert(1)',
	'<a href="jav&#x09;ascript:alert(1)">x</a>',
	'<a href="javascript&colon;alert(1)">x</a>',
	'![x](https://evil.example/pixel.png)',
	'![x](//evil.example/pixel.png)',
	'![x](/\\evil.example/pixel.png)',
	'![x](http:evil.example/pixel.png)',
	'![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'<img src="https://evil.example/pixel.png">',
	'<input type="text" value="x"><input type="checkbox" onclick="alert(1)">',
	'<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
	'<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x">',
	'<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
	'<link rel="stylesheet" href="https://evil.example/x.css"><style>*{color:red}</style>',
	'<p style="background:url(https://evil.example/x)" class="x" id="x">x</p>',
	'- [ ] <img src=x onerror=alert(1)>',
	'`<script>alert(1)</script>`',
	'```html\n<script>alert(1)</script>\n```'
];

describe('renderMarkdown: hostile input', () => {
	it('reads the corpus', () => {
		expect(payloads.length).toBeGreaterThan(1000);
		expect(fixtures.length).toBeGreaterThan(10);
	});

	it.each([
		['PayloadsAllTheThings lines', payloads],
		['PayloadsAllTheThings files', payloadFiles.map((file) => corpusText(`xss/${file}`))],
		['markdown-it xss fixtures', fixtures],
		['own payloads', ownPayloads]
	])(
		'%s render without anything executable or remote',
		(_name, inputs) => {
			const failures = inputs
				.map((input) => ({ input, problems: problemsIn(renderMarkdown(input)) }))
				.filter(({ problems }) => problems.length > 0);
			expect(failures).toEqual([]);
		},
		// A thousand payloads take seconds on happy-dom, more on a busy machine.
		30_000
	);

	it('drops link targets it cannot vouch for but keeps the text', () => {
		const fragment = parse(
			renderMarkdown('[click](javascript:alert(1)) [tab](jav&#x09;ascript:x)')
		);
		const links = Array.from(fragment.querySelectorAll('a'));
		expect(links.map((link) => link.textContent)).toEqual(['click', 'tab']);
		expect(links.every((link) => !link.hasAttribute('href'))).toBe(true);
	});

	it('never loads a remote image', () => {
		for (const source of [
			'![x](https://evil.example/pixel.png)',
			'![x](HTTP://evil.example/pixel.png)',
			'![x](//evil.example/p.png)',
			'![x](/\\evil.example/p.png)',
			'![x](\\\\evil.example\\p.png)',
			'![x](&#x2F;/evil.example/p.png)',
			'![x](data:image/svg+xml,<svg/>)',
			'![x](data:text/html,<script>alert(1)</script>)',
			'[![x](https://evil.example/p.png)](https://example.org)',
			'![x](https:evil.example/p.png)',
			'![x](HTTPS:evil.example/p.png)',
			'![x](ws:evil.example/p.png)'
		]) {
			for (const image of parse(renderMarkdown(source)).querySelectorAll('img')) {
				const src = image.getAttribute('src') ?? '';
				const url = new URL(decodeEntities(src), window.location.href);
				expect(url.origin, source).toBe(window.location.origin);
			}
		}
	});

	it('judges a scheme-relative image by the page it is on', () => {
		// On an http page `https:host/x` goes to another site; only on an https page is it a path.
		expect(window.location.protocol).toBe('http:');
		expect(parse(renderMarkdown('![x](https:evil.example/p.png)')).querySelector('img')).toBeNull();
		expect(parse(renderMarkdown('![x](http:local.png)')).querySelector('img')).not.toBeNull();
	});

	it('shows raw HTML as the text that was typed', () => {
		const html = renderMarkdown(
			'Hi <b onclick="x()">there</b>\n\n<div>\n<script>alert(1)</script>\n</div>'
		);
		const fragment = parse(html);
		expect(fragment.querySelector('b, div, script')).toBeNull();
		expect(fragment.textContent).toContain('<b onclick="x()">there</b>');
		expect(fragment.textContent).toContain('<script>alert(1)</script>');
	});
});

describe('renderMarkdown: notes', () => {
	it('renders headings, emphasis, lists, quotes and rules', () => {
		const fragment = parse(
			renderMarkdown(
				'# Plan\n\n## Huelga\n\n**Bring** _water_ ~~not~~\n\n- one\n- two\n\n3. three\n4. four\n\n> stay calm\n\n---'
			)
		);
		expect(fragment.querySelector('h1')?.textContent).toBe('Plan');
		expect(fragment.querySelector('h2')?.textContent).toBe('Huelga');
		expect(fragment.querySelector('strong')?.textContent).toBe('Bring');
		expect(fragment.querySelector('em')?.textContent).toBe('water');
		expect(fragment.querySelector('del')?.textContent).toBe('not');
		expect(fragment.querySelectorAll('ul > li')).toHaveLength(2);
		expect(fragment.querySelector('ol')?.getAttribute('start')).toBe('3');
		expect(fragment.querySelector('blockquote')?.textContent?.trim()).toBe('stay calm');
		expect(fragment.querySelector('hr')).not.toBeNull();
	});

	it('renders task items as disabled, numbered checkboxes', () => {
		const fragment = parse(
			renderMarkdown('- [ ] call\n- [x] text\n  - [X] nested\n\n1. [ ] ordered\n\n> - [ ] quoted')
		);
		const boxes = Array.from(fragment.querySelectorAll('input'));
		expect(boxes.map((box) => box.getAttribute('data-task-index'))).toEqual([
			'0',
			'1',
			'2',
			'3',
			'4'
		]);
		expect(boxes.map((box) => box.hasAttribute('checked'))).toEqual([
			false,
			true,
			true,
			false,
			false
		]);
		expect(boxes.every((box) => box.type === 'checkbox' && box.hasAttribute('disabled'))).toBe(
			true
		);
		expect(fragment.querySelector('li')?.textContent?.trim()).toBe('call');
	});

	it('escapes code and keeps it verbatim', () => {
		const fragment = parse(renderMarkdown('Run `<b>x</b>`\n\n```sh\necho "<script>" && ls\n```'));
		expect(fragment.querySelector('p code')?.textContent).toBe('<b>x</b>');
		expect(fragment.querySelector('pre code')?.textContent).toBe('echo "<script>" && ls\n');
		expect(fragment.querySelector('b, script')).toBeNull();
	});

	it('keeps safe links, with rel and without target', () => {
		const fragment = parse(
			renderMarkdown(
				'[site](https://example.org/a?b=1) [mail](mailto:a@example.org) [call](tel:+15550100) [sms](sms:+15550100) [page](/notes/1) [here](#top) https://example.com'
			)
		);
		const links = Array.from(fragment.querySelectorAll('a'));
		expect(links.map((link) => link.getAttribute('href'))).toEqual([
			'https://example.org/a?b=1',
			'mailto:a@example.org',
			'tel:+15550100',
			'sms:+15550100',
			'/notes/1',
			'#top',
			'https://example.com'
		]);
		for (const link of links) {
			expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
			expect(link.hasAttribute('target')).toBe(false);
		}
	});

	it('keeps images that stay on the device', () => {
		const png = 'data:image/png;base64,iVBORw0KGgo=';
		const fragment = parse(renderMarkdown(`![map](${png}) ![logo](/icons/logo.png "Logo")`));
		const images = Array.from(fragment.querySelectorAll('img'));
		expect(images.map((image) => image.getAttribute('src'))).toEqual([png, '/icons/logo.png']);
		expect(images.map((image) => image.getAttribute('alt'))).toEqual(['map', 'logo']);
	});

	it('renders tables', () => {
		const fragment = parse(renderMarkdown('| Día | Turno |\n|:--|--:|\n| lunes | noche |'));
		expect(fragment.querySelector('th')?.textContent).toBe('Día');
		expect(fragment.querySelector('td:last-child')?.getAttribute('align')).toBe('right');
	});

	it('handles empty input, emoji and CJK', () => {
		expect(renderMarkdown('')).toBe('');
		expect(parse(renderMarkdown('✊🏽 罢工 **ストライキ**')).textContent?.trim()).toBe(
			'✊🏽 罢工 ストライキ'
		);
	});
});

describe('toggleTask', () => {
	it('flips the index-th task in either direction', () => {
		const source = '# List\n\n- [ ] call\n- [x] text\n- [X] meet\n';
		expect(toggleTask(source, 0)).toBe('# List\n\n- [x] call\n- [x] text\n- [X] meet\n');
		expect(toggleTask(source, 1)).toBe('# List\n\n- [ ] call\n- [ ] text\n- [X] meet\n');
		expect(toggleTask(source, 2)).toBe('# List\n\n- [ ] call\n- [x] text\n- [ ] meet\n');
	});

	it('ignores task-like lines inside code', () => {
		const source = '```\n- [ ] not a task\n```\n\n~~~~md\n- [ ] nor this\n```\n~~~~\n\n- [ ] real';
		expect(toggleTask(source, 0)).toBe(source.replace('- [ ] real', '- [x] real'));
		expect(toggleTask(source, 1)).toBe(source);
	});

	it('handles nested, ordered, quoted and linked tasks', () => {
		const source =
			'* [ ] parent\n  * [ ] child\n    1. [ ] deep\n\n> - [ ] quoted\n\n- [ ] [link](/x) and [ ] text';
		const flipped = (i: number) =>
			Array.from(parse(renderMarkdown(toggleTask(source, i))).querySelectorAll('input')).map(
				(box) => box.hasAttribute('checked')
			);
		expect(flipped(0)).toEqual([true, false, false, false, false]);
		expect(flipped(1)).toEqual([false, true, false, false, false]);
		expect(flipped(2)).toEqual([false, false, true, false, false]);
		expect(flipped(3)).toEqual([false, false, false, true, false]);
		expect(toggleTask(source, 4)).toBe(source.replace('- [ ] [link]', '- [x] [link]'));
	});

	it('agrees with the rendered data-task-index on a mixed note', () => {
		const source = [
			'Intro with [ ] brackets',
			'',
			'    - [ ] indented code',
			'',
			'- [ ] one',
			'- not a task',
			'- [x] two',
			'',
			'```',
			'- [ ] fenced',
			'```',
			'',
			'1. [ ] three',
			'   - [ ] four',
			'',
			'| a |',
			'|---|',
			'| - [ ] cell |'
		].join('\n');
		const boxes = () => Array.from(parse(renderMarkdown(source)).querySelectorAll('input'));
		const count = boxes().length;
		expect(count).toBe(4);
		for (let i = 0; i < count; i++) {
			const after = Array.from(
				parse(renderMarkdown(toggleTask(source, i))).querySelectorAll('input')
			);
			const changed = after
				.map((box, j) =>
					box.hasAttribute('checked') !== boxes()[j]?.hasAttribute('checked') ? j : -1
				)
				.filter((j) => j !== -1);
			expect(changed).toEqual([i]);
		}
	});

	it('keeps Windows line endings', () => {
		expect(toggleTask('a\r\n\r\n- [ ] b\r\n- [ ] c\r\n', 1)).toBe(
			'a\r\n\r\n- [ ] b\r\n- [x] c\r\n'
		);
	});

	it('leaves the source alone for a missing index', () => {
		const source = '- [ ] only';
		expect(toggleTask(source, 1)).toBe(source);
		expect(toggleTask(source, -1)).toBe(source);
		expect(toggleTask(source, 0.5)).toBe(source);
		expect(toggleTask('', 0)).toBe('');
		expect(toggleTask('- [ ]', 0)).toBe('- [ ]');
		// Code indented inside an item hides a task-like line from the line scan: refuse to guess.
		const hidden = '- [ ] a\n\n      - [ ] code in the item\n';
		expect(parse(renderMarkdown(hidden)).querySelectorAll('input')).toHaveLength(1);
		expect(toggleTask(hidden, 0)).toBe(hidden);
	});
});
