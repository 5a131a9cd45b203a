import { describe, expect, it } from 'vitest';
import {
	buildPhoneTree,
	callerOf,
	callListFor,
	moveCallee,
	reachedThrough,
	reconcilePhoneTree,
	validatePhoneTree,
	type PhoneTree
} from './phone-tree';

const people = (count: number) => Array.from({ length: count }, (_, i) => `m${i + 1}`);

/** Rounds of calls after the root's: the root's callees are depth 1. */
function depth(tree: PhoneTree): number {
	const level = new Map([[tree.rootId, 0]]);
	for (const node of tree.nodes) {
		for (const id of node.calleeIds) level.set(id, (level.get(node.callerId) ?? 0) + 1);
	}
	return Math.max(...level.values());
}

/** The fewest rounds that can reach `count` people (root included) at `fanOut` calls each. */
function minimalDepth(count: number, fanOut: number): number {
	let reachable = 1;
	let width = 1;
	let rounds = 0;
	while (reachable < count) {
		width *= fanOut;
		reachable += width;
		rounds++;
	}
	return rounds;
}

function expectSound(tree: PhoneTree, members: string[], fanOut: number) {
	expect(validatePhoneTree(tree, members)).toEqual([]);
	const called = tree.nodes.flatMap((node) => node.calleeIds).sort();
	expect(called).toEqual(members.filter((id) => id !== tree.rootId).sort());
	for (const node of tree.nodes) expect(node.calleeIds.length).toBeLessThanOrEqual(fanOut);
}

describe('buildPhoneTree', () => {
	it.each([1, 2, 4, 13, 100])('reaches each of %i members once in the fewest rounds', (size) => {
		const members = people(size);
		for (const fanOut of [1, 2, 3, 5, 10]) {
			const tree = buildPhoneTree(members, 'm1', fanOut);
			expectSound(tree, members, fanOut);
			expect(tree.nodes.map((node) => node.callerId)).toEqual(members);
			expect(depth(tree)).toBe(minimalDepth(size, fanOut));
		}
	});

	it('fills breadth-first with three calls each by default', () => {
		const tree = buildPhoneTree(people(13), 'm1');
		expect(callListFor(tree, 'm1')).toEqual(['m2', 'm3', 'm4']);
		expect(callListFor(tree, 'm2')).toEqual(['m5', 'm6', 'm7']);
		expect(callListFor(tree, 'm4')).toEqual(['m11', 'm12', 'm13']);
		expect(callListFor(tree, 'm13')).toEqual([]);
		expect(callListFor(tree, 'nobody')).toEqual([]);
	});

	it('clamps the fan-out to 1..10', () => {
		const members = people(30);
		const callsOf = (fanOut: number) => callListFor(buildPhoneTree(members, 'm1', fanOut), 'm1');
		expect(callsOf(0)).toEqual(['m2']);
		expect(callsOf(-4)).toEqual(['m2']);
		expect(callsOf(2.9)).toHaveLength(2);
		expect(callsOf(11)).toHaveLength(10);
		expect(callsOf(Number.POSITIVE_INFINITY)).toHaveLength(10);
		expect(callsOf(Number.NaN)).toHaveLength(3);
	});

	it('a fan-out of 1 is a chain', () => {
		const tree = buildPhoneTree(people(4), 'm1', 1);
		expect(tree.nodes.map((node) => node.calleeIds)).toEqual([['m2'], ['m3'], ['m4'], []]);
		expect(tree.nodes.map((node) => node.backupId)).toEqual([undefined, 'm1', 'm2', 'm3']);
	});

	it('gives every caller but the root a backup who is a fellow callee or their caller', () => {
		const members = people(13);
		const tree = buildPhoneTree(members, 'm1');
		expect(tree.nodes[0]?.backupId).toBeUndefined();
		const callerOf = new Map(tree.nodes.flatMap((n) => n.calleeIds.map((id) => [id, n.callerId])));
		for (const node of tree.nodes.slice(1)) {
			expect(node.backupId).toBeDefined();
			expect(node.backupId).not.toBe(node.callerId);
			const parent = callerOf.get(node.callerId);
			expect([parent, ...callListFor(tree, parent!)]).toContain(node.backupId);
		}
		expect(tree.nodes.find((n) => n.callerId === 'm2')?.backupId).toBe('m3');
		expect(tree.nodes.find((n) => n.callerId === 'm4')?.backupId).toBe('m2');
		// The last of m4's callees wraps round to the first.
		expect(tree.nodes.find((n) => n.callerId === 'm13')?.backupId).toBe('m11');
	});

	it('starts from a root who is not on the member list, and ignores repeated ids', () => {
		const members = ['a', 'b', 'a', 'c', 'b'];
		const tree = buildPhoneTree(members, 'organizer', 2);
		expect(tree.nodes.map((node) => node.callerId)).toEqual(['organizer', 'a', 'b', 'c']);
		expect(validatePhoneTree(tree, members)).toEqual([]);
	});

	it('is deterministic for the same input order', () => {
		const members = people(40).reverse();
		expect(buildPhoneTree(members, 'm7', 4)).toEqual(buildPhoneTree([...members], 'm7', 4));
		expect(buildPhoneTree(members, 'm7', 4)).not.toEqual(buildPhoneTree(people(40), 'm7', 4));
	});
});

describe('reconcilePhoneTree', () => {
	const members = people(13);
	const tree = buildPhoneTree(members, 'm1');

	it('changes nothing when the members are the same', () => {
		expect(reconcilePhoneTree(tree, members)).toEqual(tree);
	});

	it('gives a removed middle caller’s callees to that caller’s own caller, in place', () => {
		const remaining = members.filter((id) => id !== 'm2');
		const next = reconcilePhoneTree(tree, remaining);
		expect(validatePhoneTree(next, remaining)).toEqual([]);
		expect(callListFor(next, 'm1')).toEqual(['m5', 'm6', 'm7', 'm3', 'm4']);
		expect(callListFor(next, 'm3')).toEqual(callListFor(tree, 'm3'));
		expect(next.nodes.some((node) => node.callerId === 'm2')).toBe(false);
		// m3 kept its backup; m4's (m2) is gone, so m4 gets a fresh one.
		expect(next.nodes.find((n) => n.callerId === 'm3')?.backupId).toBe('m4');
		expect(next.nodes.find((n) => n.callerId === 'm4')?.backupId).toBe('m5');
	});

	it('removes a caller and their callees together', () => {
		const remaining = members.filter((id) => !['m3', 'm8', 'm9', 'm10'].includes(id));
		const next = reconcilePhoneTree(tree, remaining);
		expect(validatePhoneTree(next, remaining)).toEqual([]);
		expect(callListFor(next, 'm1')).toEqual(['m2', 'm4']);
	});

	it('appends new members breadth-first where there is room', () => {
		const small = buildPhoneTree(people(6), 'm1');
		const grown = [...people(6), 'n1', 'n2', 'n3', 'n4', 'n5'];
		const next = reconcilePhoneTree(small, grown);
		expectSound(next, grown, 3);
		expect(callListFor(next, 'm2')).toEqual(['m5', 'm6', 'n1']);
		expect(callListFor(next, 'm3')).toEqual(['n2', 'n3', 'n4']);
		expect(callListFor(next, 'm4')).toEqual(['n5']);
	});

	it('adds and removes at once and stays valid for every size', () => {
		for (let size = 1; size <= 30; size++) {
			const start = people(size);
			const changed = [...start.filter((_, i) => i % 3 !== 1), 'x1', 'x2'];
			const next = reconcilePhoneTree(buildPhoneTree(start, 'm1', 2), changed, 2);
			expect(validatePhoneTree(next, changed), `size ${size}`).toEqual([]);
		}
	});

	it('repairs a damaged tree: cycles, repeats, strangers and bad backups', () => {
		const damaged: PhoneTree = {
			rootId: 'm1',
			nodes: [
				{ callerId: 'm1', calleeIds: ['m2', 'm2', 'stranger'] },
				{ callerId: 'm2', backupId: 'm2', calleeIds: ['m3', 'm1'] },
				{ callerId: 'm3', backupId: 'm9', calleeIds: ['m2'] },
				{ callerId: 'm4', calleeIds: ['m5'] },
				{ callerId: 'm5', calleeIds: ['m4'] }
			]
		};
		const current = people(5);
		expect(validatePhoneTree(damaged, current).length).toBeGreaterThan(0);
		const next = reconcilePhoneTree(damaged, current);
		expect(validatePhoneTree(next, current)).toEqual([]);
		expect(callListFor(next, 'm1')).toEqual(['m2', 'm4', 'm5']);
	});
});

describe('validatePhoneTree', () => {
	it('names each problem', () => {
		const broken: PhoneTree = {
			rootId: 'm1',
			nodes: [
				{ callerId: 'm1', calleeIds: ['m2', 'm3', 'ghost'] },
				{ callerId: 'm2', backupId: 'm2', calleeIds: ['m3', 'm1'] },
				{ callerId: 'm3', backupId: 'm5', calleeIds: [] },
				{ callerId: 'm5', calleeIds: ['m6'] },
				{ callerId: 'm6', calleeIds: ['m5'] },
				{ callerId: 'm6', calleeIds: [] }
			]
		};
		expect(validatePhoneTree(broken, people(7))).toEqual([
			'm6 has more than one node.',
			'm3 is called 2 times.',
			'ghost is called but is not a member.',
			'The root m1 is called by someone.',
			'm4 is not called by anyone.',
			'm5 cannot be reached from the root.',
			'm6 cannot be reached from the root.',
			'm7 is not called by anyone.',
			'm2 is their own backup.',
			"m3's backup m5 is not their caller or a fellow callee."
		]);
		expect(validatePhoneTree({ rootId: '', nodes: [] }, [])).toEqual(['The tree has no root.']);
	});
});

describe('moveCallee', () => {
	const members = people(13);
	const tree = buildPhoneTree(members, 'm1');

	it('hands a callee and the people they call to another caller', () => {
		const moved = moveCallee(tree, 'm2', 'm3');
		expectSound(moved, members, 13);
		expect(callListFor(moved, 'm1')).toEqual(['m3', 'm4']);
		expect(callListFor(moved, 'm3')).toEqual(['m8', 'm9', 'm10', 'm2']);
		expect(callListFor(moved, 'm2')).toEqual(['m5', 'm6', 'm7']);
		expect(callerOf(moved, 'm2')).toBe('m3');
		expect(moved.nodes.map((node) => node.callerId)).toEqual(reachedThrough(moved, 'm1'));
	});

	it('gives backups from the new fellow callees', () => {
		const moved = moveCallee(tree, 'm5', 'm4');
		expectSound(moved, members, 13);
		const backup = (id: string) => moved.nodes.find((node) => node.callerId === id)?.backupId;
		expect(callListFor(moved, 'm4')).toEqual(['m11', 'm12', 'm13', 'm5']);
		expect(['m11', 'm12', 'm13']).toContain(backup('m5'));
		// m7's backup was m5, who moved away: the remaining fellow callee takes over.
		expect(backup('m6')).toBe('m7');
		expect(backup('m7')).toBe('m6');
	});

	it('refuses moves that would cut people off or make no sense', () => {
		expect(moveCallee(tree, 'm1', 'm2')).toBe(tree);
		expect(moveCallee(tree, 'm2', 'm5')).toBe(tree);
		expect(moveCallee(tree, 'm2', 'm2')).toBe(tree);
		expect(moveCallee(tree, 'm2', 'm1')).toBe(tree);
		expect(moveCallee(tree, 'm2', 'nobody')).toBe(tree);
		expect(moveCallee(tree, 'nobody', 'm3')).toBe(tree);
	});

	it('keeps a tree that reconcile can still grow', () => {
		const moved = moveCallee(tree, 'm13', 'm1');
		const grown = reconcilePhoneTree(moved, [...members, 'm14']);
		expectSound(grown, [...members, 'm14'], 13);
		expect(callListFor(grown, 'm1')).toEqual(['m2', 'm3', 'm4', 'm13']);
	});
});
