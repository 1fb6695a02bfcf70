#!/usr/bin/env node
// Prints "tests: N passed, N failed" from vitest's JSON report. A suite that failed to load
// (no tests counted) counts as a failure, and so does a run that died before writing a report.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, exitStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath)) {
  const r = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + countFilesFailedOnTheirOwn(r);
} else if (exitStatus !== '0') {
  failed = 1; // type check or the runner failed before any test ran
}
if (exitStatus !== '0' && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);

// A file with failing tests is already counted through its tests; only count files that failed
// on their own (an import error, a failing hook). Not numFailedTestSuites: vitest counts every
// failed describe block in it, so a failing test inside a describe would count twice.
function countFilesFailedOnTheirOwn(r) {
  return (r.testResults ?? []).filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}
