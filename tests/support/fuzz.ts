/**
 * How hard the property tests push. The everyday suites try `normal` inputs per property from a
 * fixed seed, so they pass or fail the same way on every machine. `npm run fuzz` sets FUZZ_RUNS:
 * many more inputs from a fresh seed, which fast-check prints with any failure; FUZZ_SEED replays
 * it.
 */
const runs = Number(process.env.FUZZ_RUNS);
const seed = Number(process.env.FUZZ_SEED);

export const fuzzing = Number.isInteger(runs) && runs > 0;

export function fuzzOptions(normal: number): { numRuns: number; seed?: number } {
	const numRuns = fuzzing ? runs : normal;
	if (Number.isInteger(seed)) return { numRuns, seed };
	return fuzzing ? { numRuns } : { numRuns, seed: 20_260_501 };
}

/** A test's time limit: generous for the everyday runs, none while fuzzing. */
export const fuzzTimeout = fuzzing ? 24 * 60 * 60 * 1000 : 60_000;
