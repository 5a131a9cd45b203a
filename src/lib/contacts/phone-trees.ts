import { collection, type Entity } from '$lib/db';
import { buildPhoneTree, moveCallee, reconcilePhoneTree, type PhoneTree } from './phone-tree';

/** The root id for "me": the person holding this phone starts the tree but is not on the list. */
export const SELF = 'self';

export type CallStatus = 'reached' | 'not-reached';

/** One walk through the tree on this phone: whom the caller reached and the message passed on. */
export interface TreeRun {
	startedAt: number;
	message: string;
	status: Record<string, CallStatus>;
}

export interface PhoneTreeData {
	groupId: string;
	fanOut: number;
	tree: PhoneTree;
	run?: TreeRun;
}

/** A group's tree is stored with the group's id as its parent: one tree per group. */
export type PhoneTreeRecord = Entity<PhoneTreeData>;

const trees = collection<PhoneTreeData>('phone-tree');

// Queries
/** A group's tree; undefined while loading, null when the group has none. */
export function treeForGroup(groupId: string): PhoneTreeRecord | null | undefined {
	const all = trees.list();
	if (!all) return undefined;
	return all.find((tree) => tree.parentId === groupId) ?? null;
}

export const listTrees = (): PhoneTreeRecord[] | undefined => trees.list();

/** True when the saved tree no longer matches the group's members. */
export function treeIsStale(data: PhoneTreeData, memberIds: string[]): boolean {
	const inTree = new Set(data.tree.nodes.map((node) => node.callerId));
	inTree.delete(data.tree.rootId);
	const members = new Set(memberIds);
	members.delete(data.tree.rootId);
	return inTree.size !== members.size || [...members].some((id) => !inTree.has(id));
}

// Mutations
export async function buildTree(
	groupId: string,
	memberIds: string[],
	rootId: string,
	fanOut: number
): Promise<PhoneTreeRecord> {
	const tree = buildPhoneTree(memberIds, rootId, fanOut);
	await trees.ready();
	const existing = treeForGroup(groupId);
	if (!existing) return trees.create({ groupId, fanOut, tree }, { parentId: groupId });
	return trees.update(existing.id, (data) => ({ ...data, fanOut, tree }));
}

/** Follows the group's members with as few moves as possible. */
export async function reconcileTree(id: string, memberIds: string[]): Promise<void> {
	await trees.update(id, (data) => ({
		...data,
		tree: reconcilePhoneTree(data.tree, memberIds, data.fanOut)
	}));
}

export async function moveInTree(id: string, calleeId: string, newCallerId: string): Promise<void> {
	await trees.update(id, (data) => ({
		...data,
		tree: moveCallee(data.tree, calleeId, newCallerId)
	}));
}

/**
 * Who was reached so far, by contact id. The stored record is a plain object keyed by ids from
 * the database, so it is read into a Map: an id such as "constructor" must not find
 * Object.prototype's members.
 */
export function callStatuses(run: TreeRun | undefined): Map<string, CallStatus> {
	return new Map(Object.entries(run?.status ?? {}));
}

export async function markCall(
	id: string,
	contactId: string,
	status: CallStatus | null
): Promise<void> {
	await trees.update(id, (data) => {
		const run = data.run ?? { startedAt: Date.now(), message: '', status: {} };
		const next = callStatuses(run);
		if (status) next.set(contactId, status);
		else next.delete(contactId);
		// fromEntries defines own properties, so even "__proto__" is kept as an id.
		return { ...data, run: { ...run, status: Object.fromEntries(next) } };
	});
}

export async function saveRunMessage(id: string, message: string): Promise<void> {
	await trees.update(id, (data) => {
		const run = data.run ?? { startedAt: Date.now(), message: '', status: {} };
		return { ...data, run: { ...run, message } };
	});
}

/** Clears who was reached, keeping the message for the next run. */
export async function resetRun(id: string): Promise<void> {
	await trees.update(id, (data) => ({
		...data,
		run: { startedAt: Date.now(), message: data.run?.message ?? '', status: {} }
	}));
}
