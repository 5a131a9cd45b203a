import { describe, expect, test } from 'vitest';
import { Autosave } from './autosave.svelte';

describe('Autosave', () => {
	test('starts a save for every change at once, without waiting for the one before', async () => {
		const started: string[] = [];
		const releases: (() => void)[] = [];
		const autosave = new Autosave(
			(value: string) =>
				new Promise<void>((resolve) => {
					started.push(value);
					releases.push(resolve);
				})
		);
		for (const value of ['a', 'ab', 'abc']) autosave.schedule(value);
		expect(started).toEqual(['a', 'ab', 'abc']);
		expect(autosave.status).toBe('saving');
		releases[2]!();
		await Promise.resolve();
		await Promise.resolve();
		expect(autosave.status).toBe('saved');
		releases[0]!();
		releases[1]!();
		await autosave.flush();
		expect(autosave.status).toBe('saved');
	});

	test('a failed save keeps the value and the next flush saves it', async () => {
		const saved: string[] = [];
		let full = true;
		const autosave = new Autosave(async (value: string) => {
			if (full) throw new Error('full');
			saved.push(value);
		});
		autosave.schedule('kept');
		await autosave.flush();
		expect(autosave.status).toBe('failed');
		full = false;
		await autosave.flush();
		await autosave.flush();
		expect(saved).toEqual(['kept']);
		expect(autosave.status).toBe('saved');
	});

	test('an older save failing after a newer one landed changes nothing', async () => {
		let failFirst: (error: Error) => void = () => {};
		let calls = 0;
		const autosave = new Autosave(
			() =>
				new Promise<void>((resolve, reject) => {
					if (calls++ === 0) failFirst = reject;
					else resolve();
				})
		);
		autosave.schedule('old');
		autosave.schedule('new');
		await Promise.resolve();
		failFirst(new Error('full'));
		await autosave.flush();
		expect(autosave.status).toBe('saved');
	});
});
