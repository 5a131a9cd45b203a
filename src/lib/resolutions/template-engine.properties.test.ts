import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fuzzOptions, fuzzTimeout } from '../../../tests/support/fuzz';
import { renderDocument, type ResolutionDocumentInput } from './template-engine';

const KEYS = ['union_name', 'city', 'constructor', 'to_string', 'a1'];

/** What a user may type: Markdown and HTML syntax, links and images, line breaks, anything. */
const userText = fc
	.array(
		fc.oneof(
			{
				weight: 4,
				arbitrary: fc.constantFrom(
					'[x](javascript:alert(1))',
					'![](https://evil.example/p.png)',
					'![a](/x.png "t")',
					'<img src=x onerror=alert(1)>',
					'<a href="https://evil.example">',
					'<https://evil.example>',
					'https://evil.example/a',
					'www.evil.example',
					'a@evil.example',
					'mailto:a@b.co',
					'[r]: javascript:alert(1)',
					'[x][r]',
					'[^1]',
					'[ ] ',
					'**',
					'__',
					'*',
					'_',
					'`',
					'```',
					'~~',
					'|',
					'---',
					'===',
					'# ',
					'- ',
					'+ ',
					'1. ',
					'2) ',
					'> ',
					'    ',
					'\t',
					'\n',
					'\r\n',
					'\r',
					'\n\n',
					'  \n',
					'\\',
					'&amp;',
					'&#x3C;',
					'&lt;b&gt;',
					'&copy',
					'<',
					'>',
					'"',
					"'",
					'{{',
					'}}',
					'{',
					'}',
					'(',
					')',
					'[',
					']',
					'!',
					'.',
					':',
					'@',
					'=',
					'$',
					'^',
					'%',
					'<!-- x -->',
					'<div>',
					'</p>',
					' ',
					'\u00a0',
					'\u2028',
					'é',
					'ñ',
					'😀',
					'Local 7'
				)
			},
			{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
			{ weight: 1, arbitrary: fc.constantFrom(...KEYS).map((key) => `{{${key}}}`) }
		),
		{ maxLength: 12 }
	)
	.map((pieces) => pieces.join(''));

/** A document as plain data, so that fast-check prints every part of a failing one. */
const documentData = fc.record({
	title: userText,
	whereas: fc.array(userText, { maxLength: 3 }),
	resolved: fc.array(userText, { maxLength: 3 }),
	values: fc.array(fc.tuple(fc.constantFrom(...KEYS), userText), { maxLength: 5 }),
	labels: fc.array(fc.tuple(fc.constantFrom(...KEYS), userText), { maxLength: 5 }),
	locale: fc.constantFrom<'en' | 'es'>('en', 'es'),
	record: fc.array(fc.record({ label: userText, value: userText }), { maxLength: 3 })
});

function documentInput({
	values,
	labels,
	...rest
}: typeof documentData extends fc.Arbitrary<infer T> ? T : never): ResolutionDocumentInput {
	const labelOf = new Map(labels);
	// fromEntries makes own properties, "constructor" included, as a stored record holds them.
	return { ...rest, values: Object.fromEntries(values), label: (key) => labelOf.get(key) ?? key };
}

const ENTITIES = new Map([
	['&amp;', '&'],
	['&lt;', '<'],
	['&gt;', '>'],
	['&quot;', '"'],
	['&#39;', "'"]
]);
const decodeEntities = (html: string) =>
	html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES.get(entity)!);

/** The words a reader sees, however the lines and spaces fall. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The words of some HTML, after checking that every tag matches `ownTags`. Blocks and line
 * breaks part words; bold and marks do not.
 */
function wordsOf(html: string, ownTags: RegExp): string {
	const others = html.replace(ownTags, '').match(/<[^>]*>?/g);
	expect(others ?? [], 'tags that are not the renderer’s own').toEqual([]);
	const text = html.replace(ownTags, (tag) => (/^<\/?(?:strong|mark)\b/.test(tag) ? '' : ' '));
	return words(decodeEntities(text));
}

const HTML_TAGS =
	/<\/?(?:h1|strong)>|<p class="(?:whereas|resolved|record)">|<\/p>|<br>|<mark class="missing">|<\/mark>/g;
const RENDERED_MARKDOWN_TAGS = /<\/?(?:h1|p|strong)>|<br>/g;

describe('renderDocument properties', () => {
	it(
		'HTML holds no markup but its own, and the same words as the text',
		() => {
			fc.assert(
				fc.property(documentData, (data) => {
					const input = documentInput(data);
					const html = renderDocument(input, 'html');
					expect(html.replace(HTML_TAGS, '')).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
					expect(wordsOf(html, HTML_TAGS)).toBe(words(renderDocument(input, 'text')));
				}),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);

	it(
		'Markdown renders to a heading and paragraphs only, with the same words as the text',
		() => {
			fc.assert(
				fc.property(documentData, (data) => {
					const input = documentInput(data);
					const html = marked.parse(renderDocument(input, 'markdown'), { async: false });
					const text = renderDocument(input, 'text');
					expect(wordsOf(html, RENDERED_MARKDOWN_TAGS)).toBe(words(text));
				}),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);

	it(
		'plain text holds every value as typed',
		() => {
			fc.assert(
				fc.property(documentData, (data) => {
					const input = documentInput(data);
					const text = renderDocument(input, 'text');
					const used = [input.title, ...input.whereas, ...input.resolved].join('\n');
					for (const [key, value] of Object.entries(input.values)) {
						if (value?.trim() && used.includes(`{{${key}}}`)) expect(text).toContain(value.trim());
					}
				}),
				fuzzOptions(1000)
			);
		},
		fuzzTimeout
	);
});
