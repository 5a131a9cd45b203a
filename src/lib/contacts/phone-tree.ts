export interface TreeNode {
	callerId: string;
	/** Makes this caller's calls when they cannot: a sibling, or the caller's own caller. */
	backupId?: string;
	calleeIds: string[];
}

/** Every member appears as a callee exactly once, except the root. */
export interface PhoneTree {
	rootId: string;
	nodes: TreeNode[];
}

export const DEFAULT_FAN_OUT = 3;
export const MAX_FAN_OUT = 10;

/**
 * Breadth-first: the root calls up to `fanOut` people, each of them calls up to `fanOut` of the
 * rest, and so on, which gives the fewest rounds of calls. Every member, callers and leaves, gets a
 * node, in calling order. Deterministic for the same input order. The root need not be in
 * `memberIds` (an organizer who starts the tree but is not on the list).
 */
export function buildPhoneTree(
	memberIds: string[],
	rootId: string,
	fanOut = DEFAULT_FAN_OUT
): PhoneTree {
	const perCaller = clampFanOut(fanOut);
	const order = [rootId, ...uniqueMembers(memberIds, rootId)];
	const callees = new Map(order.map((id) => [id, [] as string[]]));
	// The same layout as a k-ary heap: member i is called by member floor((i - 1) / k).
	order.forEach((id, i) => {
		if (i > 0) callees.get(order[Math.floor((i - 1) / perCaller)]!)!.push(id);
	});
	return withBackups(rootId, order, callees, new Map());
}

/**
 * Keeps a saved tree valid for a changed member list with as few moves as possible: a removed
 * member's callees take that member's place in their caller's list (that caller may then have
 * more than `fanOut`; `buildPhoneTree` rebalances), and new members fill the first callers with
 * room, breadth-first. Backups that are still a sibling or the caller are kept.
 */
export function reconcilePhoneTree(
	tree: PhoneTree,
	memberIds: string[],
	fanOut = DEFAULT_FAN_OUT
): PhoneTree {
	const perCaller = clampFanOut(fanOut);
	const { rootId } = tree;
	const members = uniqueMembers(memberIds, rootId);
	const wanted = new Set(members);
	const saved = new Map<string, TreeNode>();
	for (const node of tree.nodes) if (!saved.has(node.callerId)) saved.set(node.callerId, node);

	const order = [rootId];
	const callees = new Map<string, string[]>([[rootId, []]]);
	const expanded = new Set<string>();
	for (let i = 0; i < order.length; i++) {
		const callerId = order[i]!;
		const list = callees.get(callerId)!;
		const pending = [...(saved.get(callerId)?.calleeIds ?? [])];
		while (pending.length > 0) {
			const id = pending.shift()!;
			if (callees.has(id)) continue;
			if (wanted.has(id)) {
				list.push(id);
				callees.set(id, []);
				order.push(id);
			} else if (!expanded.has(id)) {
				expanded.add(id);
				pending.unshift(...(saved.get(id)?.calleeIds ?? []));
			}
		}
	}

	let open = 0;
	for (const id of members) {
		if (callees.has(id)) continue;
		while (callees.get(order[open]!)!.length >= perCaller) open++;
		callees.get(order[open]!)!.push(id);
		callees.set(id, []);
		order.push(id);
	}

	const previousBackups = new Map<string, string>();
	for (const node of saved.values()) {
		if (node.backupId !== undefined) previousBackups.set(node.callerId, node.backupId);
	}
	return withBackups(rootId, order, callees, previousBackups);
}

/** Whom this caller phones, in order; [] for a leaf or someone not in the tree. */
export function callListFor(tree: PhoneTree, callerId: string): string[] {
	return [...(tree.nodes.find((node) => node.callerId === callerId)?.calleeIds ?? [])];
}

/** Who calls this member; undefined for the root or someone not in the tree. */
export function callerOf(tree: PhoneTree, id: string): string | undefined {
	return tree.nodes.find((node) => node.calleeIds.includes(id))?.callerId;
}

/** This member and everyone they reach through their callees, in calling order. */
export function reachedThrough(tree: PhoneTree, id: string): string[] {
	const reached = [id];
	for (let i = 0; i < reached.length; i++) reached.push(...callListFor(tree, reached[i]!));
	return reached;
}

/**
 * Hands a callee, with the people they call, to another caller (appended to that caller's
 * list). The root cannot move, and nobody can move under someone they reach themselves: that
 * would cut them off. The tree comes back unchanged when the move is not possible. Backups that
 * are still a fellow callee or the caller are kept.
 */
export function moveCallee(tree: PhoneTree, calleeId: string, newCallerId: string): PhoneTree {
	const from = callerOf(tree, calleeId);
	const inTree = tree.nodes.some((node) => node.callerId === newCallerId);
	if (from === undefined || from === newCallerId || !inTree) return tree;
	if (reachedThrough(tree, calleeId).includes(newCallerId)) return tree;

	const callees = new Map<string, string[]>();
	for (const node of tree.nodes) {
		callees.set(
			node.callerId,
			node.calleeIds.filter((id) => id !== calleeId)
		);
	}
	callees.get(newCallerId)!.push(calleeId);
	const moved: PhoneTree = {
		rootId: tree.rootId,
		nodes: tree.nodes.map((node) => ({ ...node, calleeIds: callees.get(node.callerId)! }))
	};
	const order = reachedThrough(moved, tree.rootId);
	const previous = new Map<string, string>();
	for (const node of tree.nodes) {
		if (node.backupId !== undefined) previous.set(node.callerId, node.backupId);
	}
	return withBackups(
		tree.rootId,
		order,
		new Map(order.map((id) => [id, callees.get(id)!])),
		previous
	);
}

/** Problems in plain words, [] when the tree reaches every member exactly once. */
export function validatePhoneTree(tree: PhoneTree, memberIds: string[]): string[] {
	const problems: string[] = [];
	const { rootId } = tree;
	if (!rootId) problems.push('The tree has no root.');
	const members = new Set(memberIds);
	const inTree = (id: string) => id === rootId || members.has(id);

	const nodes = new Map<string, TreeNode>();
	const callerOf = new Map<string, string>();
	const calledTimes = new Map<string, number>();
	for (const node of tree.nodes) {
		if (nodes.has(node.callerId)) problems.push(`${node.callerId} has more than one node.`);
		else nodes.set(node.callerId, node);
		if (!inTree(node.callerId)) problems.push(`${node.callerId} is in the tree but not a member.`);
		for (const id of node.calleeIds) {
			calledTimes.set(id, (calledTimes.get(id) ?? 0) + 1);
			if (!callerOf.has(id)) callerOf.set(id, node.callerId);
		}
	}

	for (const [id, times] of calledTimes) {
		if (id === rootId) problems.push(`The root ${id} is called by someone.`);
		else if (!members.has(id)) problems.push(`${id} is called but is not a member.`);
		if (times > 1) problems.push(`${id} is called ${times} times.`);
	}

	const reached = new Set([rootId]);
	const queue = [rootId];
	for (let i = 0; i < queue.length; i++) {
		for (const id of nodes.get(queue[i]!)?.calleeIds ?? []) {
			if (reached.has(id)) continue;
			reached.add(id);
			queue.push(id);
		}
	}
	for (const id of members) {
		if (id === rootId) continue;
		if (!calledTimes.has(id)) problems.push(`${id} is not called by anyone.`);
		else if (!reached.has(id)) problems.push(`${id} cannot be reached from the root.`);
	}

	for (const node of tree.nodes) {
		const { callerId, backupId } = node;
		if (backupId === undefined) continue;
		if (backupId === callerId) {
			problems.push(`${callerId} is their own backup.`);
			continue;
		}
		const parent = callerOf.get(callerId);
		const sibling = parent !== undefined && callerOf.get(backupId) === parent;
		if (backupId !== parent && !sibling) {
			problems.push(`${callerId}'s backup ${backupId} is not their caller or a fellow callee.`);
		}
	}
	return problems;
}

function clampFanOut(fanOut: number): number {
	if (Number.isNaN(fanOut)) return DEFAULT_FAN_OUT;
	return Math.min(MAX_FAN_OUT, Math.max(1, Math.floor(fanOut)));
}

function uniqueMembers(memberIds: string[], rootId: string): string[] {
	return [...new Set(memberIds)].filter((id) => id !== rootId);
}

/**
 * The next fellow callee backs a caller up (wrapping round), or the caller's own caller when there
 * is no fellow callee. A kept backup must still be one of those.
 */
function withBackups(
	rootId: string,
	order: string[],
	callees: Map<string, string[]>,
	previous: Map<string, string>
): PhoneTree {
	const backups = new Map<string, string>();
	for (const [parent, list] of callees) {
		list.forEach((id, i) => {
			const kept = previous.get(id);
			if (kept !== undefined && kept !== id && (kept === parent || list.includes(kept))) {
				backups.set(id, kept);
			} else {
				backups.set(id, list.length > 1 ? list[(i + 1) % list.length]! : parent);
			}
		});
	}
	return {
		rootId,
		nodes: order.map((id) => {
			const backupId = backups.get(id);
			const calleeIds = callees.get(id) ?? [];
			return backupId === undefined
				? { callerId: id, calleeIds }
				: { callerId: id, backupId, calleeIds };
		})
	};
}
