/**
 * What an app instance does at start-up (called from instrumentation.ts, before it serves):
 * the orphan photo sweep (whatever a crash left in the photo store is gone before the first
 * request), then the job workers unless JOBS_ENABLED=false.
 */
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { ensureStatsSnapshots } from '@/lib/stats/snapshot';
import { sweepOrphanBlobs } from '@/lib/uploads/sweep-orphans';
import { prepareJobQueues, startJobWorkers } from './queue';

export async function startInstanceJobs(): Promise<void> {
  const settings = env();
  if (settings.DATABASE_URL) {
    try {
      const swept = await sweepOrphanBlobs();
      log.info({ ...swept }, 'start-up photo sweep done');
    } catch (error) {
      log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'start-up photo sweep failed; the hourly sweep will retry');
    }
    try {
      if (await ensureStatsSnapshots()) log.info('statistics snapshot computed (there was none)');
    } catch (error) {
      log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not compute the statistics snapshot; the stats-refresh job will');
    }
  }
  if (!settings.JOBS_ENABLED || !settings.DATABASE_URL) {
    log.info('background jobs are off on this instance (JOBS_ENABLED=false or no DATABASE_URL)');
    return;
  }
  try {
    // Idempotent; makes `next start` on a database migrated by other means work too.
    await prepareJobQueues(settings.DATABASE_URL);
    await startJobWorkers({
      url: settings.DATABASE_URL,
      onRun: (name, error) => {
        if (error) log.error({ job: name, err: { type: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } }, 'job failed');
      },
    });
    log.info('background jobs started');
  } catch (error) {
    // The app still serves; /console/jobs shows no recent runs.
    log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not start background jobs on this instance');
  }
}
