import { describe, expect, it } from 'vitest';
import { defineJob } from '@/lib/jobs/define-job';
import { listJobStatus, nextRunOf } from '@/lib/jobs/job-status';
import { enqueueJob, prepareJobQueues, startJobWorkers, stopJobs } from '@/lib/jobs/queue';
import type { Actor } from '@/lib/auth/permissions';
import { withMigratedScratch } from '../../helpers/scratch-database';

const admin: Actor = { id: '00000000-0000-4000-8000-000000000001', role: 'SYSTEM_ADMIN', provinceCodes: [] };
const supervisor: Actor = { ...admin, role: 'SUPERVISOR' };

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('job status for /console/jobs', () => {
  it('shows each job\'s last run, next run and failures, to system administrators only', async () => {
    await withMigratedScratch(async (db, url) => {
      const good = defineJob({ name: 'test-good', schedule: '*/5 * * * *', handler: async () => ({ done: true }) });
      const bad = defineJob({ name: 'test-bad', retryLimit: 0, handler: async () => Promise.reject(new Error('disk full')) });
      await prepareJobQueues(url, [good, bad]);
      try {
        await startJobWorkers({ url, jobs: [good, bad] });
        await enqueueJob(good, {}, { url });
        await enqueueJob(bad, {}, { url });
        const now = new Date('2026-12-02T10:02:00Z');
        await waitFor(async () => {
          const status = await listJobStatus(admin, { client: db, jobs: [good, bad], now });
          return status.every((job) => job.lastRun !== null);
        }, 'both jobs to finish');
        const [goodStatus, badStatus] = await listJobStatus(admin, { client: db, jobs: [good, bad], now });
        expect(goodStatus).toMatchObject({ name: 'test-good', schedule: '*/5 * * * *', lastRun: { state: 'completed', error: null }, failedLastWeek: 0 });
        expect(goodStatus!.nextRun).toEqual(new Date('2026-12-02T10:05:00Z'));
        expect(badStatus).toMatchObject({ name: 'test-bad', schedule: null, nextRun: null, lastRun: { state: 'failed', error: 'disk full' }, failedLastWeek: 1 });
      } finally {
        await stopJobs();
      }
      await expect(listJobStatus(supervisor, { client: db })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  it('computes the next run of a cron schedule in UTC', () => {
    expect(nextRunOf('30 2 * * *', new Date('2026-12-02T03:00:00Z'))).toEqual(new Date('2026-12-03T02:30:00Z'));
    expect(nextRunOf(undefined, new Date())).toBeNull();
  });
});
