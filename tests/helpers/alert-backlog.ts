/**
 * Every urgent tip the earlier tests stored (the layers share one database) queued an alert;
 * a test that waits for its own alert drops that backlog first, or the workers deliver the
 * whole suite's alerts before reaching it.
 */
import { ALERT_JOBS } from '@/lib/alerts/jobs';
import { db } from '@/lib/db/client';

export async function dropQueuedAlerts(): Promise<void> {
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry')`, ALERT_JOBS.map((job) => job.name));
}
