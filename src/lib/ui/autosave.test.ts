import { describe, expect, test } from 'vitest';
import { Autosave } from './autosave.svelte';

function deferredSaver() {
	const saved: string[] = [];
	let release: () => void = () => {};
	let failNext = false;
	const save = (value: string) =>
		new Promise<void>((resolve, reject) => {
			release = () => {
				if (failNext) {
					failNext = false;
					reject(new Error('full'));
				} else {
					saved.push(value);
					resolve();
				}
			};
		});
	return { saved, save, release: () => release(), failNext: () => (failNext = true) };
}

describe('Autosave', () => {
	test('saves at once, and coalesces what is typed during a save', async () => {
		const saved: string[] = [];
		let running = 0;
		let most = 0;
		const autosave = new Autosave(async (value: string) => {
			most = Math.max(most, ++running);
			await new Promise((r) => setTimeout(r, 5));
			saved.push(value);
			running--;
		});
		for (const value of ['a', 'ab', 'abc', 'abcd']) autosave.schedule(value);
		expect(autosave.status).toBe('unsaved');
		await autosave.flush();
		expect(saved.at(-1)).toBe('abcd');
		expect(saved.length).toBeLessThanOrEqual(2);
		expect(most).toBe(1);
		expect(autosave.status).toBe('saved');
	});

	test('a failed save keeps the value and the next flush saves it', async () => {
		const saver = deferredSaver();
		const autosave = new Autosave(saver.save);
		saver.failNext();
		autosave.schedule('kept');
		await Promise.resolve();
		saver.release();
		await new Promise((r) => setTimeout(r, 0));
		expect(autosave.status).toBe('failed');
		const flushed = autosave.flush();
		await Promise.resolve();
		saver.release();
		await flushed;
		expect(saver.saved).toEqual(['kept']);
		expect(autosave.status).toBe('saved');
	});
});
