/**
 * The job queue: pg-boss on the application's own PostgreSQL (schema `pgboss`), no broker.
 * - `prepareJobQueues(url)`: after migrations (scripts/start.ts, tests): creates pg-boss's
 *   schema, one queue per registered job, and the schedules.
 * - `startJobWorkers()`: from instrumentation.ts, one per app instance.
 * - `enqueueJob(job, payload, { tx })`: inside the caller's Prisma transaction when given,
 *   so the job exists if and only if the caller's work committed.
 * pg-boss makes a scheduled job run once per slot however many instances run
 * (docs/decisions/0200-jobs-on-pg-boss.md).
 */
import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/db/client';
import type { AnyJob, JobDefinition } from './define-job';

export const JOB_SCHEMA = 'pgboss';

const holder = globalThis as unknown as { eyesAndEarsBoss?: { url: string; boss: Promise<PgBoss>; workers: boolean } };

function newBoss(url: string, options: { workers: boolean; migrate: boolean }): PgBoss {
  const boss = new PgBoss({
    connectionString: url,
    schema: JOB_SCHEMA,
    application_name: 'eyes-and-ears-jobs',
    max: 3,
    migrate: options.migrate,
    // Only instances that run workers keep time (send scheduled jobs) and maintain the queue.
    schedule: options.workers,
    supervise: options.workers,
    // Finished jobs are kept a week so /console/jobs can show the last runs and failures.
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => {
    void import('@/lib/log').then(({ log }) => log.error({ err: { type: error.name, message: error.message } }, 'job queue error'));
  });
  return boss;
}

/** pg-boss's schema, the queues of every registered job and their schedules. Idempotent. */
export async function prepareJobQueues(url: string, jobs?: readonly AnyJob[]): Promise<void> {
  jobs ??= await registeredJobs();
  const boss = newBoss(url, { workers: false, migrate: true });
  await boss.start();
  try {
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 2, retryDelay: 30, expireInSeconds: 30 * 60 });
      if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: 'UTC', singletonKey: job.name });
      else await boss.unschedule(job.name);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Loaded lazily: job modules may import this one (enqueueJob) without a cycle at load time. */
async function registeredJobs(): Promise<readonly AnyJob[]> {
  return (await import('./registry')).JOBS;
}

async function sharedBoss(url: string, workers: boolean): Promise<PgBoss> {
  const current = holder.eyesAndEarsBoss;
  if (current && current.url === url && (!workers || current.workers)) return current.boss;
  if (current) await stopJobs();
  const boss = newBoss(url, { workers, migrate: false });
  const started = boss.start();
  holder.eyesAndEarsBoss = { url, boss: started, workers };
  return started;
}

export interface StartOptions {
  url: string;
  jobs?: readonly AnyJob[];
  /** Called after each run with the job's name and its error, if any. */
  onRun?: (name: string, error: unknown) => void;
}

/** Starts a worker for every job on this instance (one job at a time per queue). */
export async function startJobWorkers(options: StartOptions): Promise<PgBoss> {
  const boss = await sharedBoss(options.url, true);
  const jobs = options.jobs ?? (await registeredJobs());
  for (const job of jobs) {
    await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 5 }, async ([item]) => {
      try {
        const result = await job.handler((item?.data ?? {}) as object);
        options.onRun?.(job.name, null);
        return result;
      } catch (error) {
        options.onRun?.(job.name, error);
        throw error;
      }
    });
  }
  // One waiting run however many instances start at once (pg-boss singletonKey).
  for (const job of jobs) if (job.runAtStart) await boss.send(job.name, {}, { singletonKey: `${job.name}:at-start` });
  return boss;
}

export async function stopJobs(): Promise<void> {
  const current = holder.eyesAndEarsBoss;
  holder.eyesAndEarsBoss = undefined;
  if (current) await (await current.boss).stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** A pg-boss `db` running its SQL through the caller's Prisma transaction. */
function transactionDb(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? []));
      return { rows };
    },
  };
}

export interface EnqueueOptions {
  /** Enqueue inside this transaction: the job exists only if it commits. */
  tx?: Tx;
  /** At most one waiting job with this key (pg-boss singletonKey). */
  singletonKey?: string;
  startAfterSeconds?: number;
  /** Taken before waiting jobs of a lower priority (pg-boss priority; default 0). */
  priority?: number;
  /** The database (default: DATABASE_URL). */
  url?: string;
}

export async function enqueueJob<Payload extends object>(job: JobDefinition<Payload>, payload: Payload, options: EnqueueOptions = {}): Promise<string | null> {
  const { requireSetting } = await import('@/lib/env');
  const boss = await sharedBoss(options.url ?? requireSetting('DATABASE_URL'), false);
  return boss.send(job.name, payload, {
    ...(options.tx ? { db: transactionDb(options.tx) } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    ...(options.priority ? { priority: options.priority } : {}),
  });
}
