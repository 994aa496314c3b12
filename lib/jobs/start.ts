/**
 * What an app instance does at start-up (called from instrumentation.ts): the job workers,
 * unless JOBS_ENABLED=false or there is no database setting.
 */
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { startJobWorkers } from './queue';

export async function startInstanceJobs(): Promise<void> {
  const settings = env();
  if (!settings.JOBS_ENABLED || !settings.DATABASE_URL) {
    log.info('background jobs are off on this instance (JOBS_ENABLED=false or no DATABASE_URL)');
    return;
  }
  await startJobWorkers({
    url: settings.DATABASE_URL,
    onRun: (name, error) => {
      if (error) log.error({ job: name, err: { type: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } }, 'job failed');
    },
  });
  log.info('background jobs started');
}
