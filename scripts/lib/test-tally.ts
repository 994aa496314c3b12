/**
 * What a test runner's JSON report and exit code add up to. A layer that was asked for and
 * ran nothing, or a runner that failed outside any test (a web server that could not start,
 * a config error), is a failure: a suite must never pass by not running.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface Tally {
  passed: number;
  failed: number;
}

/** The exit code and the count agree, or the run counts as one failure more. */
function settled(part: Tally, exitCode: number): Tally {
  if (part.failed > 0) return part;
  if (exitCode !== 0 || part.passed === 0) return { passed: part.passed, failed: 1 };
  return part;
}

export function vitestTally(file: string, exitCode: number): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // Files that failed to load count as failures too.
  const brokenFiles = (report.testResults ?? []).filter((result: { status: string; assertionResults: unknown[] }) => result.status === 'failed' && result.assertionResults.length === 0).length;
  return settled({ passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles }, exitCode);
}

export function playwrightTally(file: string, exitCode: number): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const stats = report.stats ?? {};
  // Errors outside any test sit at the top of the report, not in its stats.
  return settled({ passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (report.errors?.length ?? 0) }, exitCode);
}
