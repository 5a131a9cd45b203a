import { describe, expect, test, vi } from 'vitest';
import {
	FIRST_SCREEN_ROWS,
	firstScreens,
	recordsScreen,
	type SavedScreen
} from './first-screen.svelte';
import { stamp } from './store.svelte';
import { useTestDatabase } from './testing';

const db = useTestDatabase();

const screen = (...texts: string[]): SavedScreen => ({
	rows: texts.map((text) => stamp('note', { text })),
	above: { tags: ['shift'] }
});

const savedRow = () => db().records.get('first-screen:notes');

describe("a list's saved first screen", () => {
	test('is written through the codec once the list keeps it, and read back after a reset', async () => {
		const kept = screen('Strike vote Friday', 'Call Rosa');
		firstScreens.keep('notes', kept);
		await vi.waitFor(async () => expect(await savedRow()).toBeDefined(), { timeout: 3_000 });
		expect((await savedRow())?.kind).toBe('first-screen');

		firstScreens.reset();
		expect(firstScreens.read('notes')).toBeUndefined();
		await vi.waitFor(() => expect(firstScreens.read('notes')).toEqual(kept));
	});

	test('an unchanged screen is not written again', async () => {
		const kept = screen('Strike vote Friday');
		firstScreens.keep('notes', kept);
		await vi.waitFor(async () => expect(await savedRow()).toBeDefined(), { timeout: 3_000 });
		const first = (await savedRow())?.updatedAt;
		firstScreens.keep('notes', { ...kept, rows: [...kept.rows] });
		await new Promise((done) => setTimeout(done, 1_500));
		expect((await savedRow())?.updatedAt).toBe(first);
	});

	test('is dropped from memory by a reset before its save: nothing is written after a lock', async () => {
		firstScreens.keep('notes', screen('Plates: ABC 123'));
		firstScreens.reset();
		await new Promise((done) => setTimeout(done, 1_500));
		expect(await savedRow()).toBeUndefined();
	});

	test("a list of records keeps its first fifteen, in the list's order; an empty list is not shown", async () => {
		const list = recordsScreen<{ text: string }>('incidents');
		const shown = Array.from({ length: 40 }, (_, i) => stamp('incident', { text: `Report ${i}` }));
		list.keep(shown);
		await vi.waitFor(async () =>
			expect(await db().records.get('first-screen:incidents')).toBeDefined()
		);
		firstScreens.reset();
		await vi.waitFor(() => expect(list.read()).toEqual(shown.slice(0, FIRST_SCREEN_ROWS)));

		list.keep([]);
		await vi.waitFor(async () => {
			const row = await db().records.get('first-screen:incidents');
			expect(row && JSON.parse(row.body as string).rows).toEqual([]);
		});
		firstScreens.reset();
		list.read();
		await new Promise((done) => setTimeout(done, 100));
		expect(list.read()).toBeUndefined();
	});
});
