import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { playwrightTally, vitestTally } from '../../../scripts/lib/test-tally';

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
