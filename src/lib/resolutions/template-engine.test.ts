import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
	composeDocument,
	fillTemplate,
	missingFields,
	parseTemplate,
	renderDocument,
	toHtml,
	toMarkdown,
	toPlainText
} from './template-engine';
import { corpusText } from '../../../tests/fixtures/corpus';
import { cpuMilliseconds } from '../../../tests/support/cpu-time';

function corpusLines(path: string): string[] {
	return corpusText(path)
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '');
}

// Every 20th payload, so the sample spans the whole list rather than its first variants.
const xssPayloads = corpusLines('xss/payloadsallthethings-xss_alert.txt')
	.filter((_, index) => index % 20 === 0)
	.slice(0, 30);
const naughtyStrings = corpusLines('strings/blns.txt')
	.filter((line) => !line.startsWith('#') && /[<[(]/.test(line))
	.slice(0, 15);
const hostile = [...xssPayloads, ...naughtyStrings];

/** Drops every backslash escape ("\x"), leaving only characters that markdown would read raw. */
function unescapedMarkdown(markdown: string): string {
	return markdown.replace(/\\[\s\S]/g, '');
}

describe('parseTemplate', () => {
	it('splits text and placeholders', () => {
		expect(parseTemplate('Local {{local_number}} of {{union_name}}.')).toEqual([
			{ type: 'text', text: 'Local ' },
			{ type: 'field', key: 'local_number', value: undefined },
			{ type: 'text', text: ' of ' },
			{ type: 'field', key: 'union_name', value: undefined },
			{ type: 'text', text: '.' }
		]);
	});

	it('keeps unknown or malformed syntax as literal text', () => {
		for (const source of [
			'{{ }}',
			'{{}}',
			'{{x',
			'x}}',
			'{{a-b}}',
			'{{ a }}',
			'{{A}}',
			'{{1a}}',
			'{{_a}}',
			'{{__proto__}}',
			'{a}',
			'{{a b}}',
			'{{',
			''
		]) {
			const segments = parseTemplate(source);
			expect(segments.every((segment) => segment.type === 'text')).toBe(true);
			expect(toPlainText(segments)).toBe(source);
		}
	});

	it('finds a placeholder inside extra braces', () => {
		expect(parseTemplate('{{{a}}}')).toEqual([
			{ type: 'text', text: '{' },
			{ type: 'field', key: 'a', value: undefined },
			{ type: 'text', text: '}' }
		]);
	});

	it('stays fast on long runs of braces', () => {
		const source = '{{'.repeat(50_000) + 'a'.repeat(50_000);
		let text = '';
		expect(cpuMilliseconds(() => (text = toPlainText(parseTemplate(source))))).toBeLessThan(1000);
		expect(text).toBe(source);
	});
});

describe('fillTemplate and missingFields', () => {
	const source = '{{union_name}}, Local {{local_number}}, meets in {{city}} ({{union_name}})';

	it('fills values and trims them', () => {
		const segments = fillTemplate(source, {
			union_name: '  ATU ',
			local_number: '1005',
			city: 'Minneapolis'
		});
		expect(toPlainText(segments)).toBe('ATU, Local 1005, meets in Minneapolis (ATU)');
	});

	it('treats blank, whitespace-only and absent values as missing', () => {
		const values = { union_name: '', local_number: ' \t\n ', city: undefined };
		expect(missingFields(source, values)).toEqual(['union_name', 'local_number', 'city']);
		expect(missingFields(source, {})).toEqual(['union_name', 'local_number', 'city']);
		const segments = fillTemplate(source, values);
		expect(segments.filter((s) => s.type === 'field').every((s) => s.value === undefined)).toBe(
			true
		);
		expect(toPlainText(segments)).toBe(
			'[union_name], Local [local_number], meets in [city] ([union_name])'
		);
	});

	it('uses the label for missing markers', () => {
		const labels: Record<string, string> = { union_name: 'Union name' };
		const segments = fillTemplate('{{union_name}} / {{city}}', {});
		expect(toPlainText(segments, (key) => labels[key] ?? key)).toBe('[Union name] / [city]');
	});

	it('lists only the missing keys, once each, in order', () => {
		expect(missingFields(source, { local_number: '7' })).toEqual(['union_name', 'city']);
		expect(missingFields(source, { union_name: 'a', local_number: 'b', city: 'c' })).toEqual([]);
	});

	it('does not expand placeholders inside values', () => {
		const values = { a: 'see {{b}}', b: 'SECRET' };
		const segments = fillTemplate('{{a}}', values);
		expect(toPlainText(segments)).toBe('see {{b}}');
		expect(toHtml(segments)).toBe('see {{b}}');
		expect(toMarkdown(segments)).toBe('see \\{\\{b\\}\\}');
		expect(missingFields('{{a}}', { a: '{{b}}' })).toEqual([]);
	});

	it('ignores inherited properties such as constructor', () => {
		const segments = fillTemplate('{{constructor}} {{to_string}} {{has_own_property}}', {});
		expect(toPlainText(segments)).toBe('[constructor] [to_string] [has_own_property]');
		expect(missingFields('{{constructor}}', {})).toEqual(['constructor']);
	});

	it('reads own __proto__ and constructor values without polluting prototypes', () => {
		const values = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "Local 7"}');
		expect(toPlainText(fillTemplate('{{constructor}} {{__proto__}}', values))).toBe(
			'Local 7 {{__proto__}}'
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const bare = Object.assign(Object.create(null), { city: 'Chicago' });
		expect(toPlainText(fillTemplate('{{city}}', bare))).toBe('Chicago');
	});

	it('treats non-string values as missing', () => {
		const values = { n: 5 } as unknown as Record<string, string>;
		expect(missingFields('{{n}}', values)).toEqual(['n']);
	});
});

describe('toHtml', () => {
	it('escapes hostile values so no tag or attribute can open', () => {
		expect(hostile.length).toBeGreaterThanOrEqual(40);
		for (const payload of hostile) {
			const html = toHtml(fillTemplate('Local {{v}} says', { v: payload }));
			const withoutOwnTags = html.replaceAll('<br>', '');
			expect(withoutOwnTags).not.toMatch(/[<>"']/);
			expect(withoutOwnTags.startsWith('Local ')).toBe(true);
		}
	});

	it('escapes template text and labels too, and marks missing fields', () => {
		const html = toHtml(fillTemplate('a < b & "c" {{x}}', {}), () => '<img src=x>');
		expect(html).toBe(
			'a &lt; b &amp; &quot;c&quot; <mark class="missing">[&lt;img src=x&gt;]</mark>'
		);
	});

	it('turns newlines in values into line breaks', () => {
		expect(toHtml(fillTemplate('{{v}}', { v: 'one\r\ntwo\nthree' }))).toBe('one<br>two<br>three');
	});
});

describe('toMarkdown', () => {
	it('escapes hostile values so they cannot open HTML, links or images', () => {
		for (const payload of hostile) {
			const markdown = toMarkdown(fillTemplate('Local {{v}} says', { v: payload }));
			expect(unescapedMarkdown(markdown)).not.toMatch(/[<>[\]()`*_]/);
		}
	});

	it('neutralises list, heading, quote and break markers at line starts', () => {
		const value = ['# heading', '- item', '1. item', '> quote', '    code', '===', '* * *'].join(
			'\n'
		);
		const markdown = toMarkdown(fillTemplate('{{v}}', { v: value }));
		for (const line of markdown.split('\n')) {
			expect(line).not.toMatch(/^\s*([#>*+=-]|\d+[.)]|\s{4})/);
		}
		expect(markdown).toBe(
			'\\# heading\\\n\\- item\\\n1\\. item\\\n&gt; quote\\\ncode\\\n\\=\\=\\=\\\n\\* \\* \\*'
		);
	});

	it('keeps a value inside its paragraph', () => {
		const markdown = toMarkdown(fillTemplate('{{v}}', { v: 'a\n\n\nb' }));
		expect(markdown).not.toMatch(/\n\s*\n/);
	});

	it('escapes entities and autolinks', () => {
		expect(toMarkdown(fillTemplate('{{v}}', { v: '&lt;script&gt; https://x.io a@b.co' }))).toBe(
			'&amp;lt;script&amp;gt; https\\://x\\.io a\\@b\\.co'
		);
	});

	it('marks missing fields with escaped brackets', () => {
		expect(toMarkdown(fillTemplate('{{union_name}}', {}), () => 'Union [name]')).toBe(
			'\\[Union \\[name\\]\\]'
		);
	});

	it('escapes links and images typed into the title and clauses, not just values', () => {
		const markdown = renderDocument(
			{
				title: 'Defend [us](javascript:alert(1)) ![](https://evil.example/t.png)',
				whereas: ['see <https://evil.example> and [x][r]\n\n[r]: javascript:alert(1)'],
				resolved: ['![p](https://evil.example/p.png "t") www.evil.example a@evil.example'],
				values: {},
				locale: 'en'
			},
			'markdown'
		);
		const html = marked.parse(markdown, { async: false });
		expect(html).not.toMatch(/<(a|img)\b/);
		expect(html).toContain('Defend [us](javascript:alert(1)) ![](https://evil.example/t.png)');
		expect(html).toContain('![p](https://evil.example/p.png &quot;t&quot;)');
	});

	it('keeps the title one heading line', () => {
		const markdown = (title: string, values = {}, label = (key: string) => key) =>
			renderDocument({ title, whereas: [], resolved: [], values, locale: 'en', label }, 'markdown');
		expect(markdown('One\n\n# two {{v}}', { v: 'a\nb' })).toBe('# One \\# two a b');
		// JavaScript renderers end a line at U+2028 as well.
		expect(markdown('One\u2028two')).toBe('# One two');
		expect(markdown('{{v}}', {}, () => 'a\n\nb')).toBe('# \\[a b\\]');
		expect(marked.parse(markdown('One\u2028# two'), { async: false })).toBe('<h1>One # two</h1>\n');
	});

	it('stays linear on a long run of spaces', () => {
		const spaces = ' '.repeat(200_000);
		const segments = fillTemplate(`a${spaces}b {{v}}`, { v: `c${spaces}d` });
		expect(cpuMilliseconds(() => toMarkdown(segments))).toBeLessThan(1000);
	});
});

describe('renderDocument', () => {
	const values = { union_name: 'ATU', local_number: '1005', city: 'Minneapolis' };
	const input = {
		title: 'Defend {{city}}',
		whereas: ['raids hit {{city}}', 'an injury to one is an injury to all.'],
		resolved: ['{{union_name}}, Local {{local_number}}, will act', 'we mean it;', 'who decides?'],
		values
	};

	it('renders English plain text with formal openings and closing marks', () => {
		expect(renderDocument({ ...input, locale: 'en' }, 'text')).toBe(
			[
				'Defend Minneapolis',
				'WHEREAS, raids hit Minneapolis;',
				'WHEREAS, an injury to one is an injury to all;',
				'THEREFORE BE IT RESOLVED, that ATU, Local 1005, will act;',
				'BE IT FURTHER RESOLVED, that we mean it;',
				'BE IT FURTHER RESOLVED, that who decides?'
			].join('\n\n')
		);
	});

	it('renders Spanish with its own openings', () => {
		const text = renderDocument(
			{
				title: 'Defender {{city}}',
				whereas: ['las redadas golpean {{city}}'],
				resolved: ['{{union_name}} actuará', 'lo decimos en serio'],
				values,
				locale: 'es'
			},
			'text'
		);
		expect(text).toBe(
			[
				'Defender Minneapolis',
				'CONSIDERANDO QUE las redadas golpean Minneapolis;',
				'POR LO TANTO, SE RESUELVE QUE ATU actuará;',
				'SE RESUELVE ADEMÁS QUE lo decimos en serio.'
			].join('\n\n')
		);
	});

	it('ends the last clause with one full stop', () => {
		const text = renderDocument({ ...input, resolved: ['done.'], locale: 'en' }, 'text');
		expect(text.endsWith('THEREFORE BE IT RESOLVED, that done.')).toBe(true);
		expect(renderDocument({ ...input, resolved: ['done ;. '], locale: 'en' }, 'text')).toMatch(
			/that done\.$/
		);
	});

	it('does not add a mark after a value that already ends with one', () => {
		const text = renderDocument(
			{
				...input,
				resolved: ['send it to {{employer}}'],
				values: { employer: 'Acme Inc.' },
				locale: 'en'
			},
			'text'
		);
		expect(text.endsWith('send it to Acme Inc.')).toBe(true);
	});

	it('shows missing fields and skips blank clauses', () => {
		const text = renderDocument(
			{ ...input, whereas: ['  '], values: {}, locale: 'en', label: (key) => key.toUpperCase() },
			'text'
		);
		expect(text).toContain(
			'THEREFORE BE IT RESOLVED, that [UNION_NAME], Local [LOCAL_NUMBER], will act;'
		);
		expect(text).not.toContain('WHEREAS');
	});

	it('renders markdown with a heading and bold openings, escaping values', () => {
		const markdown = renderDocument(
			{ ...input, values: { ...values, union_name: '[ATU](javascript:alert(1))' }, locale: 'en' },
			'markdown'
		);
		expect(markdown.startsWith('# Defend Minneapolis\n\n**WHEREAS,** raids hit Minneapolis;')).toBe(
			true
		);
		expect(markdown).toContain(
			'**THEREFORE BE IT RESOLVED,** that \\[ATU\\]\\(javascript\\:alert\\(1\\)\\), Local 1005'
		);
	});

	it('renders HTML paragraphs, escaping values and marking missing fields', () => {
		const html = renderDocument(
			{
				...input,
				values: { union_name: '<script>alert(1)</script>', city: 'Minneapolis' },
				locale: 'es'
			},
			'html'
		);
		expect(html.split('\n')).toEqual([
			'<h1>Defend Minneapolis</h1>',
			'<p class="whereas"><strong>CONSIDERANDO QUE</strong> raids hit Minneapolis;</p>',
			'<p class="whereas"><strong>CONSIDERANDO QUE</strong> an injury to one is an injury to all;</p>',
			'<p class="resolved"><strong>POR LO TANTO, SE RESUELVE QUE</strong> &lt;script&gt;alert(1)&lt;/script&gt;, Local <mark class="missing">[local_number]</mark>, will act;</p>',
			'<p class="resolved"><strong>SE RESUELVE ADEMÁS QUE</strong> we mean it;</p>',
			'<p class="resolved"><strong>SE RESUELVE ADEMÁS QUE</strong> who decides?</p>'
		]);
	});

	it('keeps hostile values inert in every format', () => {
		for (const payload of hostile) {
			const doc = {
				title: '{{v}}',
				whereas: ['{{v}}'],
				resolved: ['{{v}}'],
				values: { v: payload },
				locale: 'en' as const
			};
			const html = renderDocument(doc, 'html').replace(/<\/?(h1|p|strong|br)( class="\w+")?>/g, '');
			expect(html).not.toMatch(/[<>"']/);
			expect(unescapedMarkdown(renderDocument(doc, 'markdown'))).not.toMatch(/[<[(]/);
		}
	});
});

describe('composeDocument', () => {
	it('gives the parts the preview renders: openings, filled segments, one closing mark each', () => {
		const composed = composeDocument({
			title: 'Defender {{city}}',
			whereas: ['las redadas golpean {{city}}', '  '],
			resolved: ['{{union_name}} actuará', 'lo decimos en serio'],
			values: { city: 'Chicago' },
			locale: 'es'
		});
		expect(composed.title).toEqual([
			{ type: 'text', text: 'Defender ' },
			{ type: 'field', key: 'city', value: 'Chicago' }
		]);
		expect(composed.clauses.map(({ kind, lead, join }) => [kind, lead, join])).toEqual([
			['whereas', 'CONSIDERANDO QUE', ''],
			['resolved', 'POR LO TANTO, SE RESUELVE QUE', ''],
			['resolved', 'SE RESUELVE ADEMÁS QUE', '']
		]);
		expect(composed.clauses[1]!.segments).toEqual([
			{ type: 'field', key: 'union_name', value: undefined },
			{ type: 'text', text: ' actuará' },
			{ type: 'text', text: ';' }
		]);
		expect(composed.clauses[2]!.segments.at(-1)).toEqual({ type: 'text', text: '.' });
	});

	it('uses "that" after the English RESOLVED openings only', () => {
		const composed = composeDocument({
			title: 't',
			whereas: ['a'],
			resolved: ['b', 'c'],
			values: {},
			locale: 'en'
		});
		expect(composed.clauses.map((clause) => clause.join)).toEqual(['', 'that', 'that']);
	});
});

describe('renderDocument with a record', () => {
	const base = {
		title: 'T',
		whereas: ['a'],
		resolved: ['b'],
		values: {},
		locale: 'en' as const
	};

	it('appends the non-blank lines in every format, escaping labels and values', () => {
		const record = [
			{ label: 'Moved by', value: ' Ana <b>  ' },
			{ label: 'Seconded by', value: '   ' },
			{ label: 'Vote', value: '*45* [for](x)' }
		];
		expect(
			renderDocument({ ...base, record }, 'text')
				.split('\n\n')
				.at(-1)
		).toBe('Moved by: Ana <b>\nVote: *45* [for](x)');
		const markdown = renderDocument({ ...base, record }, 'markdown')
			.split('\n\n')
			.at(-1)!;
		expect(markdown).toBe('**Moved by:** Ana &lt;b&gt;\\\n**Vote:** \\*45\\* \\[for\\]\\(x\\)');
		expect(unescapedMarkdown(markdown)).not.toMatch(/[<[(]/);
		expect(
			renderDocument({ ...base, record }, 'html')
				.split('\n')
				.at(-1)
		).toBe(
			'<p class="record"><strong>Moved by:</strong> Ana &lt;b&gt;<br><strong>Vote:</strong> *45* [for](x)</p>'
		);
	});

	it('adds nothing when every line is blank', () => {
		const record = [{ label: 'Moved by', value: '' }];
		expect(renderDocument({ ...base, record }, 'text')).toBe(renderDocument(base, 'text'));
	});
});
