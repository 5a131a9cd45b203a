/**
 * The CPU time `run` takes, in milliseconds: unlike wall time, other work on a shared test
 * machine does not count, so a time limit fails only when the code itself is slow.
 */
export function cpuMilliseconds(run: () => void): number {
	const before = process.cpuUsage();
	run();
	const { user, system } = process.cpuUsage(before);
	return (user + system) / 1000;
}
