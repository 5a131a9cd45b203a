import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconNames } from './icons';

const sprite = readFileSync(new URL('./icons.svg', import.meta.url), 'utf8');

describe('icons', () => {
	it('draws every named icon, and only those', () => {
		const symbols = [...sprite.matchAll(/<symbol id="([^"]+)" viewBox="0 0 24 24">/g)].map(
			([, id]) => id
		);
		expect(symbols.sort()).toEqual([...iconNames].sort());
	});

	it('holds drawing markup only: nothing that runs or loads', () => {
		expect(sprite).not.toMatch(/<script|<foreignObject|href=|on[a-z]+=/i);
	});
});
