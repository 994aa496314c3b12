/** Nightly at 02:30 UTC (09:30 in Phnom Penh): retention of old tips (lib/retention). */
import { applyRetention } from '@/lib/retention/apply-retention';
import { defineJob } from '../define-job';

export const retentionJob = defineJob({
  name: 'retention',
  schedule: '30 2 * * *',
  handler: () => applyRetention(),
});
