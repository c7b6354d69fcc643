// Playwright reporter for `npm test`'s quiet mode (playwright.config.ts): tests' own output (measurements, debug
// lines) is held back while they pass, and printed after the summary for the tests that failed, with their names.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class FailureOutput implements Reporter {
  private failed: Array<{ test: TestCase; result: TestResult }> = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped' && result.status !== test.expectedStatus) this.failed.push({ test, result });
  }

  onEnd(_result: FullResult): void {
    const withOutput = this.failed.filter(({ result }) => result.stdout.length + result.stderr.length > 0);
    if (withOutput.length === 0) return;
    const lines = ['', 'Output of the failed tests:'];
    for (const { test, result } of withOutput) {
      lines.push(`  ── ${test.titlePath().filter(Boolean).join(' › ')}${result.retry ? ` (retry ${result.retry})` : ''}`);
      const text = [...result.stdout, ...result.stderr].map(String).join('');
      lines.push(...text.trimEnd().split('\n').map((l) => '    ' + l));
    }
    process.stdout.write(lines.join('\n') + '\n');
  }
}
