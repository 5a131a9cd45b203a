import { describe, expect, test } from 'vitest';
import { FollowingEditor, type FollowingEditorOptions } from './following-editor.svelte';

interface Text {
	text: string;
}

/**
 * A stored record that a save replaces with the object saved, as the decoded store does, and a
 * form showing it. Unit tests run Svelte's server build, where effects do not run: `show` does
 * what the editor's effect does when the stored version changes.
 */
function setUp(options: Partial<FollowingEditorOptions<Text>> = {}) {
	const store: { data: Text | undefined } = { data: undefined };
	const form = { shown: '', takes: 0 };
	const saves: { data: Text; from: Text | undefined; land: (keptTheirs?: boolean) => void }[] = [];
	const editor = new FollowingEditor<Text>({
		stored: () => store.data,
		take: (data) => {
			form.shown = data.text;
			form.takes++;
		},
		save: (data, from) =>
			new Promise((resolve) => {
				saves.push({
					data,
					from,
					land: (keptTheirs = false) => {
						store.data = data;
						resolve(keptTheirs);
					}
				});
			}),
		...options
	});
	const show = (data: Text | undefined) => {
		store.data = data;
		editor.follow(data);
	};
	return { store, form, saves, editor, show };
}

/** Lets the saves that landed settle. */
async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('FollowingEditor', () => {
	test('takes the stored version on opening, and what another tab saves while idle', () => {
		const { form, show } = setUp();
		show(undefined);
		expect(form.takes).toBe(0);
		show({ text: 'Picket at noon' });
		expect(form.shown).toBe('Picket at noon');
		show({ text: 'Picket at one' });
		expect(form.shown).toBe('Picket at one');
	});

	test('each save names the version it was made on; its own saves are not taken back', async () => {
		const { form, saves, editor, show, store } = setUp();
		const opened = { text: 'Agenda' };
		show(opened);
		const first = { text: 'Agenda:' };
		const second = { text: 'Agenda: dues' };
		editor.edited(first);
		editor.edited(second);
		expect(saves.map((save) => [save.data, save.from])).toEqual([
			[first, opened],
			[second, first]
		]);
		expect(editor.status).toBe('saving');
		saves[0]!.land();
		saves[1]!.land();
		await settle();
		editor.follow(store.data);
		expect(editor.status).toBe('saved');
		expect(form.takes).toBe(1);
		expect(editor.keptTheirs).toBe(false);
	});

	test('never replaces the form while a save of its own is under way', async () => {
		const { form, saves, editor, show, store } = setUp();
		show({ text: 'Phone tree' });
		editor.edited({ text: 'Phone tree: Ana' });
		show({ text: 'Phone tree: Luis' });
		expect(form.shown).toBe('Phone tree');
		// The save lands on top: what is stored is this editor's own version, nothing to take.
		saves[0]!.land();
		await settle();
		editor.follow(store.data);
		expect(form.takes).toBe(1);
		// Idle again, it follows the next version another tab saves.
		show({ text: 'Phone tree: Ana, Luis' });
		expect(form.shown).toBe('Phone tree: Ana, Luis');
	});

	test('says when the other tab’s version was kept aside', async () => {
		const { saves, editor, show } = setUp();
		show({ text: 'Minutes' });
		editor.edited({ text: 'Minutes, mine' });
		saves[0]!.land(true);
		await settle();
		expect(editor.keptTheirs).toBe(true);
	});

	test('a stored version that says the same is not taken again', () => {
		const { form, show } = setUp({ same: (a, b) => a.text.trim() === b.text.trim() });
		show({ text: 'Strike fund' });
		show({ text: 'Strike fund ' });
		expect(form.takes).toBe(1);
		show({ text: 'Strike fund: $40' });
		expect(form.shown).toBe('Strike fund: $40');
	});
});
