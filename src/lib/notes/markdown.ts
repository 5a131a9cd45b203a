import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { Marked, type Token, type Tokens } from 'marked';

const taskIndexes = new WeakMap<Tokens.Checkbox, number>();

function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char
	);
}

const markdown = new Marked({ gfm: true });

function checkboxesIn(tokens: Token[]): Tokens.Checkbox[] {
	const found: Tokens.Checkbox[] = [];
	markdown.walkTokens(tokens, (token) => {
		if (token.type === 'checkbox') found.push(token as Tokens.Checkbox);
	});
	return found;
}

markdown.use({
	hooks: {
		processAllTokens(tokens) {
			checkboxesIn(tokens).forEach((checkbox, i) => taskIndexes.set(checkbox, i));
			return tokens;
		}
	},
	renderer: {
		// Notes are typed on a phone, not authored as HTML: raw tags show up as the text typed.
		html({ text, block }) {
			return block ? `<p>${escapeHtml(text)}</p>` : escapeHtml(text);
		},
		checkbox(token) {
			const checked = token.checked ? ' checked' : '';
			return `<input type="checkbox" disabled data-task-index="${taskIndexes.get(token) ?? -1}"${checked}> `;
		}
	}
});

const SANITIZE: Config = {
	ALLOWED_TAGS: [
		'a',
		'blockquote',
		'br',
		'code',
		'del',
		'em',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'hr',
		'img',
		'input',
		'li',
		'ol',
		'p',
		'pre',
		'strong',
		'table',
		'tbody',
		'td',
		'th',
		'thead',
		'tr',
		'ul'
	],
	ALLOWED_ATTR: [
		'align',
		'alt',
		'checked',
		'data-task-index',
		'disabled',
		'href',
		'src',
		'start',
		'title',
		'type'
	],
	ALLOW_ARIA_ATTR: false,
	ALLOW_DATA_ATTR: false,
	ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel|sms):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i
};

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);
const RASTER_DATA_URI = /^data:image\/(?:png|gif|jpeg|webp)[;,]/i;

// The same WHATWG parser the browser will use, against the same base, so tabs,
// entities-turned-characters and backslashes are read exactly as they would be when the link is
// followed. The base matters: `https:host/x` is a path on an https page but another site on an
// http one.
function parseUrl(value: string): URL | null {
	try {
		return new URL(value, window.location.href);
	} catch {
		return null;
	}
}

function isSafeLink(href: string): boolean {
	const url = parseUrl(href);
	return url !== null && LINK_PROTOCOLS.has(url.protocol);
}

// Offline-first and possibly seized phones: no image may make a request off the device.
function isDeviceLocalImage(src: string): boolean {
	const url = parseUrl(src);
	if (url === null) return false;
	if (url.protocol === 'data:') return RASTER_DATA_URI.test(url.href);
	// An opaque origin ("null") is no place: never the page's own.
	return url.origin !== 'null' && url.origin === window.location.origin;
}

// A value such as `&#74;avascript:` is harmless once, but must stay harmless if anything
// downstream decodes it again, so URLs are judged both as they are and decoded once more.
function decodedAgain(value: string, doc: Document): string {
	const textarea = doc.createElement('textarea');
	textarea.innerHTML = value;
	return textarea.value;
}

let purifier: DOMPurify | undefined;

function getPurifier(): DOMPurify {
	if (purifier) return purifier;
	purifier = createDOMPurify(window);
	purifier.addHook('uponSanitizeElement', (node, data) => {
		if (!(node instanceof window.Element)) return;
		const src = node.getAttribute('src') ?? '';
		const remove =
			(data.tagName === 'img' &&
				!(isDeviceLocalImage(src) && isDeviceLocalImage(decodedAgain(src, node.ownerDocument)))) ||
			(data.tagName === 'input' && node.getAttribute('type') !== 'checkbox');
		if (remove) node.remove();
	});
	purifier.addHook('afterSanitizeAttributes', (node) => {
		if (node.tagName === 'A') {
			const href = node.getAttribute('href');
			if (
				href !== null &&
				!(isSafeLink(href) && isSafeLink(decodedAgain(href, node.ownerDocument)))
			) {
				node.removeAttribute('href');
			}
			node.setAttribute('rel', 'noopener noreferrer nofollow');
		} else if (node.tagName === 'INPUT') {
			node.setAttribute('disabled', '');
		}
	});
	return purifier;
}

/** GFM to sanitised HTML; task checkboxes carry `data-task-index` for `toggleTask`. */
export function renderMarkdown(source: string): string {
	// Without a DOM (server rendering) nothing can be sanitised, so nothing is interpreted.
	if (typeof window === 'undefined') return `<p>${escapeHtml(source)}</p>`;
	return getPurifier().sanitize(markdown.parse(source, { async: false }), SANITIZE);
}

const CONTAINER_PREFIX = String.raw`(?:[ \t]*(?:>[ \t]?|(?:[*+-]|\d{1,9}[.)])[ \t]+))*`;
const TASK_LINE = new RegExp(
	String.raw`^(${CONTAINER_PREFIX}[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+\[)[ xX]\][ \t]+\S`
);
const FENCE_LINE = new RegExp(String.raw`^${CONTAINER_PREFIX}[ \t]*(\`{3,}|~{3,})([^\n]*)$`);

/** Offsets of the `[ ]`/`[x]` marks in one top-level block, skipping fenced code. */
function taskMarkOffsets(block: string, blockStart: number): number[] {
	const offsets: number[] = [];
	let fence = '';
	let lineStart = 0;
	for (const line of block.split('\n')) {
		const [, fenceMark, info] = FENCE_LINE.exec(line) ?? [];
		if (fence) {
			const closes =
				fenceMark !== undefined &&
				fenceMark[0] === fence[0] &&
				fenceMark.length >= fence.length &&
				!info?.trim();
			if (closes) fence = '';
		} else if (fenceMark) {
			fence = fenceMark;
		} else {
			const task = TASK_LINE.exec(line);
			if (task?.[1]) offsets.push(blockStart + lineStart + task[1].length);
		}
		lineStart += line.length + 1;
	}
	return offsets;
}

/** Offset of the index-th task mark in a source with `\n` line ends, or -1. */
function findTaskMark(source: string, index: number): number {
	let seen = 0;
	let offset = 0;
	for (const token of markdown.lexer(source)) {
		// Top-level tokens tile the source; if marked ever stops doing so, do nothing rather
		// than flip the wrong box.
		if (!source.startsWith(token.raw, offset)) return -1;
		const checkboxes = checkboxesIn([token]).length;
		if (index < seen + checkboxes) {
			const marks = taskMarkOffsets(token.raw, offset);
			// Tasks hidden from the line scan (e.g. inside indented code) would shift the count.
			return marks.length === checkboxes ? (marks[index - seen] ?? -1) : -1;
		}
		seen += checkboxes;
		offset += token.raw.length;
	}
	return -1;
}

/** Flips the index-th task checkbox (`- [ ]` ↔ `- [x]`) in the source, as numbered when rendered. */
export function toggleTask(source: string, index: number): string {
	if (!Number.isInteger(index) || index < 0) return source;
	const unixSource = source.replace(/\r\n?/g, '\n');
	const mark = findTaskMark(unixSource, index);
	if (mark === -1) return source;
	// Map back to the caller's line endings so the rest of the note is left byte for byte.
	let at = mark;
	if (unixSource !== source) {
		at = 0;
		for (let seen = 0; seen < mark; at++) {
			if (!(source[at] === '\r' && source[at + 1] === '\n')) seen++;
		}
	}
	const flipped = source[at] === ' ' ? 'x' : ' ';
	return source.slice(0, at) + flipped + source.slice(at + 1);
}
