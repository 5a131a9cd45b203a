import fc from 'fast-check';
import { RECORD_KINDS } from '$lib/db/schema';
import type { BackupRecord } from './payload';

/** Text that trips up naive code: direction marks, zero-width characters, emoji, lone surrogates. */
const awkward = fc.constantFrom(
	'\u200f',
	'\u200e',
	'\u202e',
	'\u200b',
	'\u200d',
	'\ufeff',
	'👩🏽‍🔧',
	'\ud800',
	'\udfff',
	'"',
	'\\',
	'\u0000',
	'عربي',
	'ñ'
);
export const awkwardText = fc.string({
	unit: fc.oneof(awkward, fc.constant('a'), fc.string({ unit: 'binary', maxLength: 1 }))
});

/** Keys a record's data may hold, `__proto__` and `constructor` among them. */
const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), awkwardText);

const jsonLeaf = fc.oneof(
	awkwardText,
	fc.integer(),
	fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
	fc.boolean(),
	fc.constant(null)
);

/** Data as JSON gives it back: objects with awkward keys, arrays, text, numbers. */
export const recordData = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		jsonLeaf,
		fc.array(tie('value'), { maxLength: 4 }),
		tie('object')
	),
	object: fc.dictionary(key, tie('value'), { maxKeys: 5, noNullPrototype: true })
})).object as fc.Arbitrary<Record<string, unknown>>;

const time = fc.integer({ min: 0, max: 4_000_000_000_000 });

export const backupRecord: fc.Arbitrary<BackupRecord> = fc
	.record(
		{
			id: fc.oneof(
				fc.constant('__proto__'),
				fc.uuid(),
				awkwardText.filter((s) => s.length > 0 && s.length <= 200)
			),
			kind: fc.constantFrom(...RECORD_KINDS),
			parentId: awkwardText,
			createdAt: time,
			updatedAt: time,
			data: recordData
		},
		{ requiredKeys: ['id', 'kind', 'createdAt', 'updatedAt', 'data'], noNullPrototype: true }
	)
	.map((record) => record as BackupRecord);

export const backupRecords = (maxLength = 8) =>
	fc.uniqueArray(backupRecord, { selector: (record) => record.id, maxLength });

/** How many runs a property gets: FUZZ_RUNS when set (npm run fuzz), else `runs`. */
export const runs = (runs: number) => Number(process.env.FUZZ_RUNS ?? runs);

/**
 * A value as text with each object's keys sorted, for comparing what went in with what came out:
 * deep-equality helpers are fooled by data that has its own `constructor` or `__proto__` key.
 */
export function canonical(value: unknown): string {
	const walk = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object')
			return Object.keys(v)
				.sort()
				.map((k) => [k, walk((v as Record<string, unknown>)[k])]);
		return v;
	};
	return JSON.stringify(walk(value));
}
