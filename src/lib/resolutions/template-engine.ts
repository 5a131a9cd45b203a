/**
 * Fills `{{field_key}}` placeholders in resolution clauses. It recognises nothing else and never
 * evaluates anything: the values come from a user's form and end up in a page, a shared markdown
 * file or a printout, so every renderer escapes them for its own format.
 */

export type Segment =
	{ type: 'text'; text: string } | { type: 'field'; key: string; value: string | undefined };

export interface ResolutionDocumentInput {
	title: string;
	whereas: string[];
	resolved: string[];
	values: Record<string, string | undefined>;
	locale: 'en' | 'es';
	label?: (key: string) => string;
	/** Closing lines after the clauses (an adoption record): labels and values are both escaped. */
	record?: RecordLine[];
}

export interface RecordLine {
	label: string;
	value: string;
}

export interface ComposedClause {
	kind: 'whereas' | 'resolved';
	/** The formal words ("WHEREAS,"), set in bold. */
	lead: string;
	/** Plain words between the formal ones and the clause ("that"), or ''. */
	join: string;
	/** The filled clause with exactly one closing mark. */
	segments: Segment[];
}

/** A resolution as structured parts, for renderers that build their own nodes (Svelte). */
export interface ComposedDocument {
	title: Segment[];
	clauses: ComposedClause[];
}

type Format = 'text' | 'markdown' | 'html';

const OPEN = '{{';
const CLOSE = '}}';

function isKeyChar(char: string, first: boolean): boolean {
	if (char >= 'a' && char <= 'z') return true;
	return !first && ((char >= '0' && char <= '9') || char === '_');
}

/** Index just past a valid key starting at `start`, or -1; a plain scan keeps parsing linear. */
function keyEnd(source: string, start: number): number {
	let end = start;
	while (end < source.length && isKeyChar(source.charAt(end), end === start)) end++;
	return end > start ? end : -1;
}

/** Splits a clause into literal text and {{key}} placeholders; unknown syntax ("{{ }}", "{{x", "{{a-b}}") stays literal text. */
export function parseTemplate(source: string): Segment[] {
	const segments: Segment[] = [];
	let literal = '';
	let from = 0;
	while (from < source.length) {
		const open = source.indexOf(OPEN, from);
		if (open === -1) break;
		const end = keyEnd(source, open + OPEN.length);
		if (end !== -1 && source.startsWith(CLOSE, end)) {
			literal += source.slice(from, open);
			if (literal) segments.push({ type: 'text', text: literal });
			literal = '';
			segments.push({
				type: 'field',
				key: source.slice(open + OPEN.length, end),
				value: undefined
			});
			from = end + CLOSE.length;
		} else {
			// Keep one brace and look again from the next character, so "{{{a}}}" still finds "{{a}}".
			literal += source.slice(from, open + 1);
			from = open + 1;
		}
	}
	literal += source.slice(from);
	if (literal) segments.push({ type: 'text', text: literal });
	return segments;
}

function readValue(values: Record<string, string | undefined>, key: string): string | undefined {
	// Own properties only: a key such as "constructor" must not pick up Object.prototype members.
	if (!Object.hasOwn(values, key)) return undefined;
	const value: unknown = values[key];
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** Fills placeholders from values; blank/whitespace-only values count as missing (value undefined). */
export function fillTemplate(
	source: string,
	values: Record<string, string | undefined>
): Segment[] {
	return parseTemplate(source).map((segment) =>
		segment.type === 'field' ? { ...segment, value: readValue(values, segment.key) } : segment
	);
}

export function missingFields(
	source: string,
	values: Record<string, string | undefined>
): string[] {
	const missing: string[] = [];
	for (const segment of fillTemplate(source, values)) {
		if (segment.type === 'field' && segment.value === undefined && !missing.includes(segment.key)) {
			missing.push(segment.key);
		}
	}
	return missing;
}

const keyAsLabel = (key: string): string => key;

/** Missing fields render as a visible marker `[label or key]`. */
export function toPlainText(
	segments: Segment[],
	label: (key: string) => string = keyAsLabel
): string {
	return segments
		.map((segment) => {
			if (segment.type === 'text') return segment.text;
			return segment.value ?? `[${label(segment.key)}]`;
		})
		.join('');
}

const MARKDOWN_BACKSLASHED = new Set('\\`*_{}[]()#+-.!|<>&~=:@'.split(''));
const MARKDOWN_ENTITIES = new Map([
	['<', '&lt;'],
	['>', '&gt;'],
	['&', '&amp;']
]);

function escapeMarkdownLine(line: string): string {
	let out = '';
	for (const char of line) {
		const entity = MARKDOWN_ENTITIES.get(char);
		// Entities rather than backslashes for < > &: some renderers do not honour "\<".
		if (entity) out += entity;
		else if (MARKDOWN_BACKSLASHED.has(char)) out += `\\${char}`;
		else out += char;
	}
	return out;
}

/**
 * The text's lines, without the spaces around each line break or blank lines between them: a run
 * of breaks counts as one. U+2028 and U+2029 break lines too, as they do for renderers written in
 * JavaScript, whose `.` stops at them. (Split and trimmed, not one regular expression: a long run
 * of spaces must not be rescanned from every position.)
 */
function brokenLines(text: string): string[] {
	const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
	if (lines.length === 1) return lines;
	const middle = lines.slice(1, -1).map((line) => line.trim());
	return [lines[0]!.trimEnd(), ...middle.filter(Boolean), lines.at(-1)!.trimStart()];
}

/**
 * Every punctuation mark that can start a list, heading, quote, code block, link, image or
 * autolink is escaped. Each line break becomes a hard break, so no text can indent a code block
 * or end its paragraph.
 */
function escapeMarkdown(text: string): string {
	return brokenLines(text).map(escapeMarkdownLine).join('\\\n');
}

/**
 * Everything is escaped, the template's words as much as the values: a draft's title and clauses
 * are the user's own text once they edit them.
 */
export function toMarkdown(
	segments: Segment[],
	label: (key: string) => string = keyAsLabel
): string {
	return segments
		.map((segment) => {
			if (segment.type === 'text') return escapeMarkdown(segment.text);
			if (segment.value !== undefined) return escapeMarkdown(segment.value);
			return `\\[${escapeMarkdown(label(segment.key))}\\]`;
		})
		.join('');
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/** A user's value keeps its line breaks. */
function escapeHtmlValue(value: string): string {
	return escapeHtml(value).replace(/\r\n|\r|\n/g, '<br>');
}

/** HTML-escapes everything; missing fields render as `<mark class="missing">[label]</mark>`. */
export function toHtml(segments: Segment[], label: (key: string) => string = keyAsLabel): string {
	return segments
		.map((segment) => {
			if (segment.type === 'text') return escapeHtml(segment.text);
			if (segment.value !== undefined) return escapeHtmlValue(segment.value);
			return `<mark class="missing">[${escapeHtml(label(segment.key))}]</mark>`;
		})
		.join('');
}

const RENDERERS: Record<Format, typeof toPlainText> = {
	text: toPlainText,
	markdown: toMarkdown,
	html: toHtml
};

interface Opening {
	/** The formal words, set in bold in markdown and HTML. */
	lead: string;
	/** Plain words between the formal ones and the clause. */
	join: string;
}

const OPENINGS: Record<'en' | 'es', Record<'whereas' | 'firstResolved' | 'resolved', Opening>> = {
	en: {
		whereas: { lead: 'WHEREAS,', join: '' },
		firstResolved: { lead: 'THEREFORE BE IT RESOLVED,', join: 'that' },
		resolved: { lead: 'BE IT FURTHER RESOLVED,', join: 'that' }
	},
	es: {
		whereas: { lead: 'CONSIDERANDO QUE', join: '' },
		firstResolved: { lead: 'POR LO TANTO, SE RESUELVE QUE', join: '' },
		resolved: { lead: 'SE RESUELVE ADEMÁS QUE', join: '' }
	}
};

const STRIPPED_ENDINGS = '.;,:';
const KEPT_ENDINGS = '!?';

/** Gives a clause exactly one closing mark: a trailing . ; , : is replaced, a ! or ? is kept. */
function closeClause(segments: Segment[], mark: string): Segment[] {
	const out = [...segments];
	let last = out.at(-1);
	while (last?.type === 'text') {
		let end = last.text.length;
		while (
			end > 0 &&
			(STRIPPED_ENDINGS.includes(last.text.charAt(end - 1)) || /\s/.test(last.text.charAt(end - 1)))
		) {
			end--;
		}
		const text = last.text.slice(0, end);
		if (text !== '') {
			out[out.length - 1] = { type: 'text', text };
			if (KEPT_ENDINGS.includes(text.charAt(text.length - 1))) return out;
			break;
		}
		out.pop();
		last = out.at(-1);
	}
	// A user's value is never trimmed of its own punctuation ("Inc."); it just gets no second mark.
	if (last?.type === 'field' && last.value !== undefined) {
		const final = last.value.charAt(last.value.length - 1);
		if (STRIPPED_ENDINGS.includes(final) || KEPT_ENDINGS.includes(final)) return out;
	}
	out.push({ type: 'text', text: mark });
	return out;
}

function renderClause(clause: ComposedClause, body: string, format: Format): string {
	const join = clause.join ? `${clause.join} ` : '';
	if (format === 'text') return `${clause.lead} ${join}${body}`;
	if (format === 'markdown') return `**${clause.lead}** ${join}${body}`;
	return `<strong>${escapeHtml(clause.lead)}</strong> ${join}${body}`;
}

/** Fills and punctuates a document's title and clauses, in order, without rendering them. */
export function composeDocument(input: ResolutionDocumentInput): ComposedDocument {
	const openings = OPENINGS[input.locale];
	const whereas = input.whereas.filter((source) => source.trim() !== '');
	const resolved = input.resolved.filter((source) => source.trim() !== '');
	const total = whereas.length + resolved.length;
	const compose = (
		source: string,
		kind: ComposedClause['kind'],
		opening: Opening,
		index: number
	): ComposedClause => ({
		kind,
		lead: opening.lead,
		join: opening.join,
		segments: closeClause(
			fillTemplate(source.trim(), input.values),
			index === total - 1 ? '.' : ';'
		)
	});
	return {
		title: fillTemplate(input.title.trim(), input.values),
		clauses: [
			...whereas.map((source, index) => compose(source, 'whereas', openings.whereas, index)),
			...resolved.map((source, index) =>
				compose(
					source,
					'resolved',
					index === 0 ? openings.firstResolved : openings.resolved,
					whereas.length + index
				)
			)
		]
	};
}

const oneLine = (text: string): string => brokenLines(text).join(' ');

/** A title for Markdown, whose heading ends with its line: line breaks become spaces. */
function markdownTitle(segments: Segment[], label: (key: string) => string): string {
	const flat = segments.map((segment): Segment => {
		if (segment.type === 'text') return { ...segment, text: oneLine(segment.text) };
		return segment.value === undefined ? segment : { ...segment, value: oneLine(segment.value) };
	});
	return toMarkdown(flat, (key) => oneLine(label(key)));
}

/** Labels and values are trimmed in every format: bold in Markdown must not start on a space. */
function renderRecord(lines: RecordLine[], format: Format): string {
	const trimmed = lines.map(({ label, value }) => ({ label: label.trim(), value: value.trim() }));
	if (format === 'text') {
		return trimmed.map(({ label, value }) => `${label}: ${value}`).join('\n');
	}
	if (format === 'markdown') {
		return trimmed
			.map(({ label, value }) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`)
			.join('\\\n');
	}
	const html = trimmed.map(
		({ label, value }) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtmlValue(value)}`
	);
	return `<p class="record">${html.join('<br>')}</p>`;
}

/** Composes a whole resolution document (title, WHEREAS clauses, RESOLVED clauses) for a locale. */
export function renderDocument(input: ResolutionDocumentInput, format: Format): string {
	const render = RENDERERS[format];
	const { title: titleSegments, clauses } = composeDocument(input);
	const title =
		format === 'markdown'
			? markdownTitle(titleSegments, input.label ?? keyAsLabel)
			: render(titleSegments, input.label);
	const blocks = clauses.map((clause) => {
		const text = renderClause(clause, render(clause.segments, input.label), format);
		return format === 'html' ? `<p class="${clause.kind}">${text}</p>` : text;
	});
	const record = input.record?.filter((line) => line.value.trim() !== '') ?? [];
	if (record.length > 0) blocks.push(renderRecord(record, format));
	if (format === 'markdown') return [`# ${title}`, ...blocks].join('\n\n');
	if (format === 'html') return [`<h1>${title}</h1>`, ...blocks].join('\n');
	return [title, ...blocks].join('\n\n');
}
