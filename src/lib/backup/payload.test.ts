import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BackupError } from './backup-error';
import { buildPayload, parsePayload } from './payload';
import { openToText, sealJson } from './sealed-file';
import { backupRecords, canonical, runs } from './testing';

describe('the backup payload', () => {
	test(
		'any records survive write → file → read exactly (property)',
		{ timeout: 120_000 },
		async () => {
			await fc.assert(
				fc.asyncProperty(backupRecords(), async (records) => {
					const file = await sealJson(buildPayload(records, '1.2.3'), null, 0);
					const read = parsePayload(await openToText(file, ''));
					expect(canonical(read.records)).toBe(canonical(records));
					expect(read.records.length).toBe(records.length);
				}),
				{ numRuns: runs(1000) }
			);
		}
	);

	test('says how many of each kind, when and from which app version', () => {
		const payload = buildPayload(
			[
				{ id: 'a', kind: 'note', createdAt: 1, updatedAt: 2, data: {} },
				{ id: 'b', kind: 'note', createdAt: 1, updatedAt: 2, data: {} },
				{ id: 'c', kind: 'contact', createdAt: 1, updatedAt: 2, data: {} }
			],
			'0.9.0',
			new Date('2026-12-01T10:00:00Z')
		);
		expect(payload).toMatchObject({
			format: 'rank-and-file-backup',
			version: 1,
			appVersion: '0.9.0',
			createdAt: '2026-12-01T10:00:00.000Z',
			counts: { note: 2, contact: 1 }
		});
	});

	test('keeps a __proto__ key as data, never as a prototype', () => {
		const text =
			'{"format":"rank-and-file-backup","version":1,"appVersion":"1","createdAt":"2026-01-01T00:00:00Z","counts":{"note":1},' +
			'"records":[{"id":"__proto__","kind":"note","createdAt":1,"updatedAt":1,"data":{"__proto__":{"polluted":true}}}]}';
		const payload = parsePayload(text);
		expect(Object.getPrototypeOf(payload.records[0]!.data)).toBe(Object.prototype);
		expect(Object.keys(payload.records[0]!.data as object)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a record larger than any the app writes is refused', () => {
		const huge = 'x'.repeat(8 * 1024 * 1024 + 1);
		const text = JSON.stringify(
			buildPayload(
				[{ id: 'n', kind: 'note', createdAt: 1, updatedAt: 1, data: { body: huge } }],
				'1'
			)
		);
		expect(() => parsePayload(text)).toThrow(new BackupError('too-large'));
	});
});
