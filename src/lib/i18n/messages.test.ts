import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(process.cwd(), 'messages');
const areas = readdirSync(root);

/** A message is a string, or (with plural or select variants) a structure of strings. */
type Message = string | object;

function read(area: string, locale: string): Record<string, Message> {
	const messages = JSON.parse(readFileSync(join(root, area, `${locale}.json`), 'utf8'));
	delete messages.$schema;
	return messages;
}

const text = (message: Message | undefined) =>
	typeof message === 'string' ? message : JSON.stringify(message ?? '');
const params = (message: Message | undefined) =>
	[...new Set([...text(message).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe.each(areas)('messages/%s', (area) => {
	const en = read(area, 'en');
	const es = read(area, 'es');

	test('English and Spanish have the same keys', () => {
		expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
	});

	test('no message is empty, and both languages use the same placeholders', () => {
		for (const [key, message] of Object.entries(en)) {
			expect(text(message).trim(), `${area}/en ${key}`).not.toBe('');
			expect(text(es[key]).trim(), `${area}/es ${key}`).not.toBe('');
			expect(params(es[key]), `${area} ${key}`).toEqual(params(message));
		}
	});
});
