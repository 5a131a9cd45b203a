import { Lexer, type Token, type Tokens } from 'marked';

/**
 * A note's Markdown as the words its preview shows, without the marks that make it: no `#`,
 * `**`, `- [x]`, `>` or link syntax. For lists and search snippets, where a note is a line or two
 * of plain text. Raw HTML stays as typed, as the preview shows it.
 */
export function markdownToText(markdown: string): string {
	return blocks(Lexer.lex(markdown, { gfm: true }));
}

// The few entities someone typing on a phone writes; the preview shows them as characters.
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith('#')) {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
		}
		return NAMED[name.toLowerCase()] ?? entity;
	});
}

/** Block tokens, one per line. */
function blocks(tokens: Token[]): string {
	return tokens
		.map(block)
		.filter((text) => text.trim() !== '')
		.join('\n');
}

function block(token: Token): string {
	switch (token.type) {
		case 'space':
		case 'hr':
		case 'def':
		case 'checkbox':
			return '';
		case 'list':
			return blocks((token as Tokens.List).items);
		case 'list_item':
		case 'blockquote':
			return blocks((token as Tokens.ListItem | Tokens.Blockquote).tokens);
		case 'table': {
			const table = token as Tokens.Table;
			return [table.header, ...table.rows]
				.map((cells) => cells.map((cell) => inline(cell.tokens)).join(' '))
				.join('\n');
		}
		case 'code':
			return (token as Tokens.Code).text;
		case 'html':
			return (token as Tokens.HTML).text.trim();
		default:
			return 'tokens' in token && token.tokens ? inline(token.tokens) : inline([token]);
	}
}

/** Inline tokens, run together as the words of one line. */
function inline(tokens: Token[]): string {
	return tokens
		.map((token) => {
			switch (token.type) {
				case 'checkbox':
					return '';
				case 'br':
					return ' ';
				// Shown as typed: code, raw HTML and the character after a backslash.
				case 'codespan':
				case 'escape':
				case 'html':
					return (token as Tokens.Codespan | Tokens.Escape | Tokens.Tag).text;
				default:
					if ('tokens' in token && token.tokens) return inline(token.tokens);
					return decodeEntities('text' in token ? String(token.text) : '');
			}
		})
		.join('');
}
