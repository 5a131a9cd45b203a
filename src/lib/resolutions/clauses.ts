import { newId } from '$lib/db';

/** One WHEREAS or RESOLVED clause of a draft; the id keeps a clause's editor steady when the list moves. */
export interface Clause {
	id: string;
	text: string;
}

export function clausesFrom(texts: readonly string[]): Clause[] {
	return texts.map((text) => ({ id: newId(), text }));
}

export function addClause(list: readonly Clause[], text = ''): Clause[] {
	return [...list, { id: newId(), text }];
}

/** Removes a clause; returns the new list and what is needed to put it back. */
export function removeClause(
	list: readonly Clause[],
	id: string
): { list: Clause[]; removed?: { clause: Clause; index: number } } {
	const index = list.findIndex((clause) => clause.id === id);
	if (index === -1) return { list: [...list] };
	return {
		list: list.filter((clause) => clause.id !== id),
		removed: { clause: list[index]!, index }
	};
}

export function restoreClause(list: readonly Clause[], clause: Clause, index: number): Clause[] {
	if (list.some((existing) => existing.id === clause.id)) return [...list];
	const at = Math.min(Math.max(index, 0), list.length);
	return [...list.slice(0, at), clause, ...list.slice(at)];
}

/** Moves a clause one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveClause(list: readonly Clause[], id: string, step: -1 | 1): Clause[] {
	const from = list.findIndex((clause) => clause.id === id);
	const to = from + step;
	if (from === -1 || to < 0 || to >= list.length) return [...list];
	const next = [...list];
	[next[from], next[to]] = [next[to]!, next[from]!];
	return next;
}
