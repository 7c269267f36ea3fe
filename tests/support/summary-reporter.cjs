// Writes the run's counts to the file that tests/support/run-jest.mjs names, so that the wrapper can
// print the plain closing line CI reads ("N passed, N failed, N skipped") after all of Jest's output.
const { writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.BBS_TEST_SUMMARY_FILE;
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    if (file) writeFileSync(file, JSON.stringify(counts));
  }
}
module.exports = SummaryReporter;
