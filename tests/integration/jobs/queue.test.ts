import { describe, expect, it } from 'vitest';
import { defineJob } from '@/lib/jobs/define-job';
import { enqueueJob, prepareJobQueues, startJobWorkers, stopJobs } from '@/lib/jobs/queue';
import { JOBS } from '@/lib/jobs/registry';
import { withMigratedScratch } from '../../helpers/scratch-database';

async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('job queue (pg-boss)', () => {
  it('creates a queue and a schedule for every registered job', async () => {
    await withMigratedScratch(async (db, url) => {
      await prepareJobQueues(url);
      await prepareJobQueues(url); // idempotent: a second start-up changes nothing
      const queues = await db.$queryRawUnsafe<{ name: string }[]>('SELECT name FROM pgboss.queue');
      const schedules = await db.$queryRawUnsafe<{ name: string; cron: string }[]>('SELECT name, cron FROM pgboss.schedule');
      for (const job of JOBS) {
        expect(queues.map((queue) => queue.name)).toContain(job.name);
        if (job.schedule) expect(schedules).toContainEqual({ name: job.name, cron: job.schedule });
      }
    });
  });

  it('runs a job enqueued in a transaction that commits, and none from one that rolls back', async () => {
    await withMigratedScratch(async (db, url) => {
      const seen: string[] = [];
      const echo = defineJob<{ word: string }>({ name: 'test-echo', handler: async ({ word }) => void seen.push(word) });
      await prepareJobQueues(url, [echo]);
      await db.$transaction(async (tx) => {
        await enqueueJob(echo, { word: 'committed' }, { tx, url });
      });
      await expect(
        db.$transaction(async (tx) => {
          await enqueueJob(echo, { word: 'rolled back' }, { tx, url });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      try {
        await startJobWorkers({ url, jobs: [echo] });
        await waitFor(() => seen.length >= 1, 'the committed job');
        const counts = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-echo'`);
        expect(counts[0]!.n).toBe(1);
        await waitFor(async () => {
          const done = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-echo' AND state = 'completed'`);
          return done[0]!.n === 1;
        }, 'completion');
        expect(seen).toEqual(['committed']);
      } finally {
        await stopJobs();
      }
    });
  });

  it('runs a job marked runAtStart once when workers start, with no one enqueuing it', async () => {
    await withMigratedScratch(async (db, url) => {
      let runs = 0;
      const atStart = defineJob({ name: 'test-at-start', runAtStart: true, handler: async () => void (runs += 1) });
      await prepareJobQueues(url, [atStart]);
      try {
        await startJobWorkers({ url, jobs: [atStart] });
        await waitFor(async () => {
          const done = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-at-start' AND state = 'completed'`);
          return done[0]!.n === 1;
        }, 'the start-up run');
        expect(runs).toBe(1);
      } finally {
        await stopJobs();
      }
    });
  }, 90_000);
});
