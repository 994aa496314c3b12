/**
 * Every background job of the application. To add one: define it with `defineJob` in its own
 * module and append it to JOBS (prepareJobQueues creates its queue and schedule).
 */
import type { AnyJob } from './define-job';
import { expireVouchersJob } from './jobs/expire-vouchers';
import { sweepUploadsJob } from './jobs/sweep-uploads';
import { refreshStatsJob } from './jobs/refresh-stats';
import { retentionJob } from './jobs/retention';
import { refreshDedupKeysJob } from './jobs/refresh-dedup-keys';
import { ALERT_JOBS } from '@/lib/alerts/jobs';

export const JOBS: readonly AnyJob[] = [
  expireVouchersJob,
  sweepUploadsJob,
  refreshStatsJob,
  retentionJob,
  refreshDedupKeysJob,
  ...ALERT_JOBS,
];
