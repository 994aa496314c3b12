/** Hourly (and at every instance's start-up, lib/jobs/start.ts): the orphan photo sweep. */
import { sweepOrphanBlobs } from '@/lib/uploads/sweep-orphans';
import { defineJob } from '../define-job';

export const sweepUploadsJob = defineJob({
  name: 'uploads-sweep',
  schedule: '23 * * * *',
  handler: () => sweepOrphanBlobs(),
});
