import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends the run with the plain "N passed, N failed" line that CI reads. */
export default class SummaryReporter implements Reporter {
	#outcomes = new Map<string, TestCase['outcome'] extends () => infer O ? O : never>();

	onTestEnd(test: TestCase, _result: TestResult): void {
		this.#outcomes.set(test.id, test.outcome());
	}

	onEnd(_result: FullResult): void {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		for (const outcome of this.#outcomes.values()) {
			if (outcome === 'expected' || outcome === 'flaky') counts.passed++;
			else if (outcome === 'skipped') counts.skipped++;
			else counts.failed++;
		}
		console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
	}
}
