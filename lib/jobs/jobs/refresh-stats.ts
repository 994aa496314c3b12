/** Every five minutes: the statistics snapshot the public page and the dashboards read. */
import { refreshStatsSnapshots } from '@/lib/stats/snapshot';
import { defineJob } from '../define-job';

export const refreshStatsJob = defineJob({
  name: 'stats-refresh',
  schedule: '*/5 * * * *',
  handler: async () => ({ refreshed: await refreshStatsSnapshots() }),
});
