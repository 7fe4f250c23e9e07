// Prints one closing line for CI to parse, after every other reporter:
//   tests: N passed, N failed[, N skipped]
// A test file that fails outside its tests (an import error, a failing hook) and an unhandled error
// each count as one failure, so a broken file can never read as "0 failed".
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') {
          passed += 1;
        } else if (state === 'failed') {
          failedHere += 1;
        } else if (state === 'skipped') {
          skipped += 1;
        }
      }
      if (failedHere === 0 && testModule.state() === 'failed') {
        failedHere = 1;
      }
      failed += failedHere;
    }
    const line = `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${line}\n`);
  }
}
