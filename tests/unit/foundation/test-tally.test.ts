import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { playwrightFailures, playwrightTally, vitestFailures, vitestTally } from '../../../scripts/lib/test-tally';

const report = (content: unknown) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tally-')), 'report.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
};

describe('the test runner never passes a layer that did not run', () => {
  it('counts an e2e run whose web server could not start as a failure (errors outside any test)', () => {
    // What Playwright wrote when port 3100 was taken: no test ran, one top-level error, exit code 1.
    const file = report({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: 'http://localhost:3100/api/health is already used' }] });
    expect(playwrightTally(file, 1)).toEqual({ passed: 0, failed: 1 });
  });

  it('counts a layer that ran nothing, or a runner that failed with every test passing, as a failure', () => {
    expect(playwrightTally(report({ stats: { expected: 0, unexpected: 0 } }), 0)).toEqual({ passed: 0, failed: 1 });
    expect(vitestTally(report({ numPassedTests: 12, numFailedTests: 0, testResults: [] }), 1)).toEqual({ passed: 12, failed: 1 });
  });

  it('counts what ran when the report and the exit code agree', () => {
    expect(playwrightTally(report({ stats: { expected: 120, unexpected: 2, flaky: 1 }, errors: [] }), 1)).toEqual({ passed: 120, failed: 3 });
    expect(vitestTally(report({ numPassedTests: 800, numFailedTests: 0, testResults: [{ status: 'failed', assertionResults: [] }] }), 1)).toEqual({ passed: 800, failed: 1 });
    expect(vitestTally(report({ numPassedTests: 800, numFailedTests: 0, testResults: [] }), 0)).toEqual({ passed: 800, failed: 0 });
  });

  it('counts a missing report as a failure', () => {
    expect(playwrightTally('/nonexistent/report.json', 0)).toEqual({ passed: 0, failed: 1 });
  });
});

describe('the runner names what failed, one line each, so the end of a CI log says which test', () => {
  it('names a failed vitest test by file, full name and the first line of its error, and a file that failed to load', () => {
    const file = report({
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        {
          name: path.join(process.cwd(), 'tests/unit/a.test.ts'),
          status: 'failed',
          assertionResults: [
            { fullName: 'a passes', status: 'passed', failureMessages: [] },
            { fullName: 'a › keeps order', status: 'failed', failureMessages: ['\u001b[31mAssertionError: expected 2 to be 3\u001b[39m\n    at a.test.ts:9'] },
          ],
        },
        { name: path.join(process.cwd(), 'tests/unit/b.test.ts'), status: 'failed', message: 'Cannot find module x', assertionResults: [] },
      ],
    });
    expect(vitestFailures(file)).toEqual(['tests/unit/a.test.ts › a › keeps order: AssertionError: expected 2 to be 3', 'tests/unit/b.test.ts: failed to load: Cannot find module x']);
  });

  it('names a failed or flaky Playwright test in nested suites, and an error outside any test', () => {
    const file = report({
      errors: [{ message: 'Timed out waiting 120000ms from config.webServer.' }],
      suites: [
        {
          file: 'resident/report.spec.ts',
          specs: [{ title: 'sends a tip', file: 'resident/report.spec.ts', line: 10, tests: [{ projectName: 'desktop', status: 'expected', results: [{}] }] }],
          suites: [
            {
              specs: [
                { title: 'shows the receipt', file: 'resident/report.spec.ts', line: 40, tests: [{ projectName: 'mobile', status: 'unexpected', results: [{ error: { message: 'Error: expect(locator).toBeVisible() failed\n\nLocator: x' } }] }] },
                { title: 'wipes the draft', file: 'resident/report.spec.ts', line: 60, tests: [{ projectName: 'desktop', status: 'flaky', results: [{ error: { message: 'Timeout 5000ms exceeded.' } }, {}] }] },
              ],
            },
          ],
        },
      ],
    });
    expect(playwrightFailures(file)).toEqual([
      'outside any test: Timed out waiting 120000ms from config.webServer.',
      'resident/report.spec.ts:40 [mobile] › shows the receipt: Error: expect(locator).toBeVisible() failed',
      'resident/report.spec.ts:60 [desktop] › wipes the draft (flaky): Timeout 5000ms exceeded.',
    ]);
  });

  it('says so when a runner wrote no report', () => {
    expect(vitestFailures('/nonexistent/vitest.json')).toEqual(['vitest wrote no report (/nonexistent/vitest.json)']);
    expect(playwrightFailures('/nonexistent/e2e.json')).toEqual(['playwright wrote no report (/nonexistent/e2e.json)']);
  });
});
