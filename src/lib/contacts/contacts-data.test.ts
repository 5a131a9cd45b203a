import { describe, expect, test } from 'vitest';
import { RecordStore } from '$lib/db/store.svelte';
import { loaded, useTestDatabase } from '$lib/db/testing';
import {
	createContact,
	createGroup,
	deleteGroup,
	emptyContact,
	groupWithMembers,
	importContacts,
	listContacts,
	restoreGroup,
	saveContact,
	setMembership
} from './contacts';
import type { ContactDraft } from './contact-types';
import { validatePhoneTree } from './phone-tree';
import {
	buildTree,
	callStatuses,
	markCall,
	moveInTree,
	reconcileTree,
	resetRun,
	saveRunMessage,
	SELF,
	treeForGroup,
	treeIsStale
} from './phone-trees';
import { previewRows } from './import-preview';

useTestDatabase();

const person = (name: string, phone?: string) => ({
	...emptyContact(),
	name,
	phones: phone ? [{ value: phone }] : []
});

describe('contacts and groups', () => {
	test('list by name, ignoring case and accents', async () => {
		await importContacts([person('zoe'), person('Álvaro'), person('beto')]);
		expect((await loaded(() => listContacts())).map((c) => c.data.name)).toEqual([
			'Álvaro',
			'beto',
			'zoe'
		]);
	});

	test('keep membership set from a group when the editor saves', async () => {
		const group = await createGroup('  Block club ');
		expect(group.data.name).toBe('Block club');
		const ana = await createContact(person('Ana'));
		await setMembership(ana.id, group.id, true);
		await saveContact(ana.id, { ...person('Ana María'), groupIds: [] });
		const found = await loaded(() => groupWithMembers(group.id));
		expect(found?.members.map((c) => c.data.name)).toEqual(['Ana María']);
		await setMembership(ana.id, group.id, false);
		expect((await loaded(() => groupWithMembers(group.id)))?.members).toEqual([]);
	});

	test('an edit made on a version another tab changed keeps theirs as a separate contact', async () => {
		const group = await createGroup('Night shift');
		const ana = await createContact(person('Ana'));
		const otherTab = new RecordStore();
		await otherTab.load('contact');
		// A group page elsewhere changes membership only: no copy for that.
		await otherTab.update<ContactDraft>('contact', ana.id, (data) => ({
			...data,
			groupIds: [group.id]
		}));
		expect(await saveContact(ana.id, person('Ana Ruiz'), ana.data)).toBeUndefined();
		const edited = (await loaded(() => listContacts())).find((c) => c.id === ana.id)!;
		expect(edited.data).toMatchObject({ name: 'Ana Ruiz', groupIds: [group.id] });

		await otherTab.update<ContactDraft>('contact', ana.id, (data) => ({ ...data, handle: '@ana' }));
		const copy = await saveContact(ana.id, person('Ana R.'), edited.data);
		expect(copy?.data).toMatchObject({ name: 'Ana Ruiz', handle: '@ana' });
		expect((await loaded(() => listContacts())).map((c) => c.data.name)).toEqual([
			'Ana R.',
			'Ana Ruiz'
		]);
		expect((await loaded(() => groupWithMembers(group.id)))?.members).toHaveLength(2);
		otherTab.reset();
	});

	test('bring a deleted group back with its members on undo', async () => {
		const group = await createGroup('Patrol');
		await createContact({ ...person('Ana'), groupIds: [group.id] });
		const removed = await deleteGroup(group.id);
		expect(await loaded(() => groupWithMembers(group.id))).toBeNull();
		await restoreGroup(removed!);
		expect((await loaded(() => groupWithMembers(group.id)))?.members).toHaveLength(1);
	});

	test('flag duplicates by number or name and leave them unticked', async () => {
		await createContact(person('Rosa Núñez', '(312) 555-0100'));
		const saved = await loaded(() => listContacts());
		const rows = previewRows(
			[
				person('R. N.', '+1 312 555 0100'),
				person('rosa nunez'),
				person('New Person', '773 555 0101')
			],
			saved
		);
		expect(rows.map((row) => [row.duplicateOf, row.selected])).toEqual([
			[['Rosa Núñez'], false],
			[['Rosa Núñez'], false],
			[[], true]
		]);
	});
});

describe('phone tree records', () => {
	test('build a group’s tree, follow its members, and record a run', async () => {
		const group = await createGroup('Watch');
		const made = await importContacts(
			['A', 'B', 'C', 'D', 'E'].map((n) => ({
				...person(n, '312 555 010' + n.charCodeAt(0)),
				groupIds: [group.id]
			}))
		);
		const ids = made.map((c) => c.id);
		const first = await buildTree(group.id, ids, SELF, 2);
		expect(first.parentId).toBe(group.id);
		expect(validatePhoneTree(first.data.tree, ids)).toEqual([]);
		expect(first.data.tree.nodes[0]?.calleeIds).toEqual(ids.slice(0, 2));

		// Building again replaces the tree rather than adding a second one.
		await buildTree(group.id, ids, ids[0]!, 3);
		const rebuilt = await loaded(() => treeForGroup(group.id));
		expect(rebuilt?.id).toBe(first.id);
		expect(rebuilt?.data.tree.rootId).toBe(ids[0]);

		const newcomer = await createContact({ ...person('F'), groupIds: [group.id] });
		const members = [...ids, newcomer.id];
		expect(treeIsStale(rebuilt!.data, members)).toBe(true);
		await reconcileTree(first.id, members);
		const reconciled = await loaded(() => treeForGroup(group.id));
		expect(treeIsStale(reconciled!.data, members)).toBe(false);
		expect(validatePhoneTree(reconciled!.data.tree, members)).toEqual([]);

		await moveInTree(first.id, ids[3]!, ids[1]!);
		await markCall(first.id, ids[1]!, 'reached');
		await markCall(first.id, ids[2]!, 'not-reached');
		await markCall(first.id, ids[2]!, null);
		await saveRunMessage(first.id, 'Meeting at the church, 7 PM');
		let run = (await loaded(() => treeForGroup(group.id)))?.data.run;
		expect(run?.status).toEqual({ [ids[1]!]: 'reached' });
		await resetRun(first.id);
		run = (await loaded(() => treeForGroup(group.id)))?.data.run;
		expect(run).toMatchObject({ status: {}, message: 'Meeting at the church, 7 PM' });
	});

	test('ids named like Object.prototype members are marked like any other', async () => {
		const group = await createGroup('Watch');
		const ids = ['__proto__', 'constructor', 'toString'];
		const { id } = await buildTree(group.id, ids, SELF, 3);
		await markCall(id, '__proto__', 'reached');
		await markCall(id, 'toString', 'not-reached');
		const status = callStatuses((await treeForGroup(group.id))?.data.run);
		expect(ids.map((contactId) => status.get(contactId))).toEqual([
			'reached',
			undefined,
			'not-reached'
		]);
	});
});
