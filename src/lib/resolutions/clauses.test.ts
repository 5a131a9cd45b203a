import { describe, expect, it } from 'vitest';
import {
	addClause,
	clausesFrom,
	moveClause,
	removeClause,
	restoreClause,
	type Clause
} from './clauses';

const texts = (list: Clause[]) => list.map((clause) => clause.text);

describe('clauses', () => {
	const list = clausesFrom(['a', 'b', 'c']);

	it('gives each clause its own id', () => {
		expect(new Set(list.map((clause) => clause.id)).size).toBe(3);
	});

	it('adds at the end, empty unless told', () => {
		expect(texts(addClause(list))).toEqual(['a', 'b', 'c', '']);
		expect(texts(addClause(list, 'd'))).toEqual(['a', 'b', 'c', 'd']);
		expect(texts(list)).toEqual(['a', 'b', 'c']);
	});

	it('moves up and down, and not past either end', () => {
		expect(texts(moveClause(list, list[1]!.id, -1))).toEqual(['b', 'a', 'c']);
		expect(texts(moveClause(list, list[1]!.id, 1))).toEqual(['a', 'c', 'b']);
		expect(texts(moveClause(list, list[0]!.id, -1))).toEqual(['a', 'b', 'c']);
		expect(texts(moveClause(list, list[2]!.id, 1))).toEqual(['a', 'b', 'c']);
		expect(texts(moveClause(list, 'nope', 1))).toEqual(['a', 'b', 'c']);
	});

	it('removes and puts back in the same place', () => {
		const { list: shorter, removed } = removeClause(list, list[1]!.id);
		expect(texts(shorter)).toEqual(['a', 'c']);
		expect(removed?.index).toBe(1);
		expect(texts(restoreClause(shorter, removed!.clause, removed!.index))).toEqual(['a', 'b', 'c']);
		expect(removeClause(list, 'nope').removed).toBeUndefined();
	});

	it('restores at the end when the list got shorter, and never twice', () => {
		const clause = list[2]!;
		expect(texts(restoreClause([], clause, 5))).toEqual(['c']);
		expect(texts(restoreClause(list, clause, 0))).toEqual(['a', 'b', 'c']);
	});
});
