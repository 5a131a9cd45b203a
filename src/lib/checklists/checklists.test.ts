import { describe, expect, it } from 'vitest';
import { RecordStore } from '$lib/db/store.svelte';
import { loaded, useTestDatabase } from '$lib/db/testing';
import { listNotesLinkedTo } from '$lib/notes/notes';
import { findBuiltInChecklist, type BuiltInChecklist } from '$lib/content/checklists';
import type { ChecklistData } from './model';
import { setDone, setNote } from './changes';
import {
	createBlankChecklist,
	deleteChecklist,
	duplicateChecklist,
	getChecklist,
	listChecklists,
	listCopiesOf,
	restoreChecklist,
	saveItemNote,
	startFromBuiltIn,
	updateChecklist
} from './checklists';

useTestDatabase();

const noStrike = findBuiltInChecklist('no-strike-clause') as BuiltInChecklist;
const whatAStrikeIs = findBuiltInChecklist('what-a-strike-is') as BuiltInChecklist;

describe('checklists in the database', () => {
	it('starts a copy of a built-in checklist and reads it back', async () => {
		const copy = await startFromBuiltIn(noStrike);
		const read = await loaded(() => getChecklist(copy.id));
		expect(read?.kind).toBe('checklist');
		expect(read?.data.template).toEqual({ slug: noStrike.slug, version: noStrike.version });
		expect(read?.data.items).toHaveLength(noStrike.items.length);
	});

	it('gives null, not undefined, for a checklist that is not there', async () => {
		expect(await loaded(() => getChecklist('nope'))).toBeNull();
	});

	it('lists the newest change first and finds copies of one template', async () => {
		const a = await startFromBuiltIn(noStrike);
		const b = await createBlankChecklist('Mine');
		const c = await startFromBuiltIn(whatAStrikeIs);
		await updateChecklist(a.id, setDone('get-contract', true));
		const listed = (await loaded(() => listChecklists())).map((x) => x.id);
		// b and c may share a millisecond; a was changed last, so it comes first.
		expect(listed[0]).toBe(a.id);
		expect(new Set(listed.slice(1))).toEqual(new Set([b.id, c.id]));
		expect((await loaded(() => listCopiesOf(noStrike.slug))).map((x) => x.id)).toEqual([a.id]);
	});

	it('duplicates a checklist exactly, under a new name', async () => {
		const original = await startFromBuiltIn(noStrike);
		await updateChecklist(original.id, setDone('find-clause', true));
		await updateChecklist(original.id, setNote('find-clause', 'Article 12'));
		const copy = await duplicateChecklist(original.id, 'Second shop');
		const read = (await loaded(() => getChecklist(copy.id)))!;
		const source = (await loaded(() => getChecklist(original.id)))!;
		expect(copy.id).not.toBe(original.id);
		expect(read.data).toEqual({ ...source.data, title: 'Second shop' });
	});

	it('deletes with undo', async () => {
		const made = await createBlankChecklist('Gone soon');
		await updateChecklist(made.id, (data) => ({ ...data, archived: true }));
		const removed = await deleteChecklist(made.id);
		expect(await loaded(() => getChecklist(made.id))).toBeNull();
		await restoreChecklist(removed!);
		expect((await loaded(() => getChecklist(made.id)))?.data).toEqual(removed!.data);
	});

	it('saves an item note over another tab’s at once, and keeps theirs as a linked note', async () => {
		const made = await startFromBuiltIn(noStrike);
		const otherTab = new RecordStore();
		await otherTab.load('checklist');
		// The other tab saves its note before this tab hears of it.
		await otherTab.update<ChecklistData>('checklist', made.id, setNote('find-clause', 'Art. 12'));
		const kept = await saveItemNote(made.id, 'find-clause', 'Article 31', '');
		const item = (id: string) => getChecklist(made.id)?.data.items.find((other) => other.id === id);
		expect((await loaded(() => item('find-clause')))?.note).toBe('Article 31');
		expect(kept?.data.text).toMatch(/\n\nArt\. 12$/);
		expect((await loaded(() => listNotesLinkedTo('checklist', made.id)))?.map((n) => n.id)).toEqual(
			[kept?.id]
		);
		// Typed on the note it follows, a later save is no conflict.
		expect(await saveItemNote(made.id, 'find-clause', 'Article 31, p. 4', 'Article 31')).toBe(
			undefined
		);
		otherTab.reset();
	});

	it('keeps the other tab’s note once when several quick saves meet it, and ends on the last', async () => {
		const made = await startFromBuiltIn(noStrike);
		const otherTab = new RecordStore();
		await otherTab.load('checklist');
		await otherTab.update<ChecklistData>('checklist', made.id, setNote('find-clause', 'Art. 12'));
		const note = () =>
			getChecklist(made.id)?.data.items.find((item) => item.id === 'find-clause')?.note;
		await expect.poll(note).toBe('Art. 12');
		const kept = await Promise.all([
			saveItemNote(made.id, 'find-clause', 'A', ''),
			saveItemNote(made.id, 'find-clause', 'Ar', 'A'),
			saveItemNote(made.id, 'find-clause', 'Art', 'Ar')
		]);
		expect(kept.filter(Boolean)).toHaveLength(1);
		expect(note()).toBe('Art');
		expect(await loaded(() => listNotesLinkedTo('checklist', made.id))).toHaveLength(1);
		otherTab.reset();
	});
});
