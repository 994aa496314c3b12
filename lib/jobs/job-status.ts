/**
 * What /console/jobs shows a system administrator: for every registered job, its schedule,
 * its last run (state, when, how long), the next scheduled run, runs in progress and
 * failures in the last seven days, read from pg-boss's own tables.
 */
import cronParser from 'cron-parser';
import { type Db, db as defaultDb } from '@/lib/db/client';
import type { AnyJob } from './define-job';
import { JOB_SCHEMA } from './queue';
import { JOBS } from './registry';
import { defineUseCase } from '@/lib/use-case';

export interface JobStatus {
  name: string;
  schedule: string | null;
  lastRun: { state: 'completed' | 'failed'; startedAt: Date | null; finishedAt: Date; error: string | null } | null;
  nextRun: Date | null;
  waiting: number;
  active: number;
  failedLastWeek: number;
}

interface RunRow {
  name: string;
  state: 'completed' | 'failed';
  started_on: Date | null;
  completed_on: Date;
  output: unknown;
}

function errorMessage(output: unknown): string | null {
  if (output && typeof output === 'object' && 'message' in output && typeof output.message === 'string') return output.message.slice(0, 300);
  return null;
}

export function nextRunOf(schedule: string | undefined, now: Date): Date | null {
  if (!schedule) return null;
  return cronParser.parseExpression(schedule, { tz: 'UTC', currentDate: now }).next().toDate();
}

export const listJobStatus = defineUseCase({
  name: 'listJobStatus',
  permission: 'system.jobs',
  run: async (_actor, options: { client?: Db; jobs?: readonly AnyJob[]; now?: Date } = {}): Promise<JobStatus[]> => {
    const client = options.client ?? defaultDb;
    const jobs = options.jobs ?? JOBS;
    const now = options.now ?? new Date();
    const names = jobs.map((job) => job.name);
    const both = `(SELECT name, state::text AS state, started_on, completed_on, output FROM ${JOB_SCHEMA}.job
                   UNION ALL SELECT name, state::text, started_on, completed_on, output FROM ${JOB_SCHEMA}.archive)`;
    const [lastRuns, counts] = await Promise.all([
      client.$queryRawUnsafe<RunRow[]>(
        `SELECT DISTINCT ON (name) name, state, started_on, completed_on, output FROM ${both} runs
          WHERE name = ANY($1) AND state IN ('completed', 'failed') AND completed_on IS NOT NULL
          ORDER BY name, completed_on DESC`,
        names,
      ),
      client.$queryRawUnsafe<{ name: string; waiting: number; active: number; failed: number }[]>(
        `SELECT name,
                count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '7 days')::int AS failed
           FROM ${both} runs WHERE name = ANY($1) GROUP BY name`,
        names,
      ),
    ]);
    return jobs.map((job) => {
      const last = lastRuns.find((row) => row.name === job.name);
      const count = counts.find((row) => row.name === job.name);
      return {
        name: job.name,
        schedule: job.schedule ?? null,
        lastRun: last ? { state: last.state, startedAt: last.started_on, finishedAt: last.completed_on, error: last.state === 'failed' ? errorMessage(last.output) : null } : null,
        nextRun: nextRunOf(job.schedule, now),
        waiting: count?.waiting ?? 0,
        active: count?.active ?? 0,
        failedLastWeek: count?.failed ?? 0,
      };
    });
  },
});
