import { describe, expect, it } from 'vitest';
import { whistleSignals } from '$lib/content/whistle';
import { blasts, cycleMs, MAX_PLAY_MS, REPEAT_GAP_MS, repeatsWithin } from './whistle';

const pattern = (id: string) => whistleSignals.find((signal) => signal.id === id)!.pattern;

describe('whistle timing', () => {
	it('turns the broken rhythm into short blasts with gaps', () => {
		const agents = blasts(pattern('agents-present'));
		expect(agents).toHaveLength(5);
		expect(agents[0]).toEqual({ start: 0, end: 0.2 });
		expect(agents[1]).toEqual({ start: 0.35, end: 0.55 });
		for (const blast of agents) expect(blast.end - blast.start).toBeLessThanOrEqual(0.5);
	});

	it('makes the detention signal one long blast per repeat', () => {
		const detention = blasts(pattern('detention'), 2);
		expect(detention).toEqual([
			{ start: 0, end: 3 },
			{ start: 3 + REPEAT_GAP_MS / 1000, end: 6 + REPEAT_GAP_MS / 1000 }
		]);
	});

	it('repeats a signal to fill the time limit, at least once', () => {
		const agents = pattern('agents-present');
		const repeats = repeatsWithin(agents);
		expect(repeats * cycleMs(agents)).toBeLessThanOrEqual(MAX_PLAY_MS);
		expect((repeats + 1) * cycleMs(agents)).toBeGreaterThan(MAX_PLAY_MS);
		expect(repeatsWithin([10_000], 1000)).toBe(1);
	});
});
