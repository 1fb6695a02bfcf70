import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * scripts/ci-summary.mjs prints CI's last line from vitest's JSON report. The reports here have
 * the shape vitest 3 writes (numFailedTestSuites counts every failed describe block as well as
 * every failed file, which once made two failing tests print "4 failed").
 */
const dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function summary(report: unknown, status = '1'): string {
  const path = join(dir, `r${Math.random()}.json`);
  if (report !== undefined) writeFileSync(path, JSON.stringify(report));
  const r = spawnSync(process.execPath, ['scripts/ci-summary.mjs', path, status], { encoding: 'utf8' });
  return r.stdout.trim();
}

const file = (status: string, tests: string[]) => ({
  name: '/x.test.ts',
  status,
  assertionResults: tests.map((s) => ({ status: s })),
});

describe('ci-summary', () => {
  it('counts failing tests once, however many describe blocks hold them', () => {
    const report = {
      numPassedTests: 1299,
      numFailedTests: 2,
      numFailedTestSuites: 4,
      testResults: [file('failed', ['failed', 'passed']), file('failed', ['passed', 'failed']), file('passed', [])],
    };
    expect(summary(report)).toBe('tests: 1299 passed, 2 failed');
  });

  it('counts a file that failed to load, with no test of its own', () => {
    const report = {
      numPassedTests: 1,
      numFailedTests: 1,
      numFailedTestSuites: 3,
      testResults: [file('failed', ['failed', 'passed']), file('failed', [])],
    };
    expect(summary(report)).toBe('tests: 1 passed, 2 failed');
  });

  it('a green run prints its count; a run that died without a report or failed uncounted is a failure', () => {
    expect(summary({ numPassedTests: 5, numFailedTests: 0, testResults: [file('passed', ['passed'])] }, '0')).toBe(
      'tests: 5 passed, 0 failed',
    );
    expect(summary(undefined, '2')).toBe('tests: 0 passed, 1 failed');
    expect(summary({ numPassedTests: 5, numFailedTests: 0, testResults: [] }, '1')).toBe('tests: 5 passed, 1 failed');
  });
});
