/**
 * At every start: the duplicate-search keys of tips stored before a change of how tips are read
 * (FEATURES_VERSION) or before the keys existed. Until then those tips are still found, the slow
 * way (their keys read from the text on each search), so the job only restores the fast path.
 */
import { db } from '@/lib/db/client';
import { refreshDedupKeys } from '@/lib/dedup/refresh-keys';
import { defineJob } from '../define-job';

export const refreshDedupKeysJob = defineJob({
  name: 'dedup-refresh',
  runAtStart: true,
  handler: async () => ({ refreshed: await refreshDedupKeys(db, { onlyStale: true }) }),
});
