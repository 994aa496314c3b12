/**
 * What a test runner's JSON report and exit code add up to. A layer that was asked for and
 * ran nothing, or a runner that failed outside any test (a web server that could not start,
 * a config error), is a failure: a suite must never pass by not running.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { JSONReportSuite } from '@playwright/test/reporter';

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

/** At most this many characters of a failure's first message line: enough to recognise it. */
const MESSAGE_CHARS = 240;
const firstLine = (message: string | undefined) =>
  (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((line) => line.trim() !== '')?.trim().slice(0, MESSAGE_CHARS) ?? '';
const relative = (file: string) => file.replace(`${process.cwd()}/`, '');

/**
 * One line per failed test (or file that failed to load): where, which, and the first line of
 * its error. CI shows only the end of its log, so the runner prints these last.
 */
export function vitestFailures(file: string): string[] {
  if (!existsSync(file)) return [`vitest wrote no report (${file})`];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const lines: string[] = [];
  for (const result of report.testResults ?? []) {
    const where = relative(result.name ?? '');
    if (result.status === 'failed' && (result.assertionResults ?? []).length === 0) lines.push(`${where}: failed to load: ${firstLine(result.message)}`);
    for (const test of result.assertionResults ?? []) {
      if (test.status === 'failed') lines.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return lines;
}

export function playwrightFailures(file: string): string[] {
  if (!existsSync(file)) return [`playwright wrote no report (${file})`];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const lines: string[] = (report.errors ?? []).map((error: { message?: string }) => `outside any test: ${firstLine(error.message)}`);
  const visit = (suite: Partial<JSONReportSuite>) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const error = test.results?.find((result) => result.error)?.error?.message;
        lines.push(`${spec.file ?? suite.file ?? ''}:${spec.line ?? ''} [${test.projectName ?? ''}] › ${spec.title}${test.status === 'flaky' ? ' (flaky)' : ''}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return lines;
}
