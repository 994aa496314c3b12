import { describe, expect, it } from 'vitest';
import { createTip } from '@/lib/tips/create-tip';
import { tipInputSchema } from '@/lib/tips/schema';
import type { Db } from '@/lib/db/client';
import { ensureStatsSnapshots, readStatsSnapshot, refreshStatsSnapshots } from '@/lib/stats/snapshot';
import { withMigratedScratch } from '../../helpers/scratch-database';

const addTip = (db: Db) =>
  db.$transaction((tx) =>
    createTip(
      tx,
      tipInputSchema.parse({
        category: 'SCAM_COMPOUND',
        description: 'High walls, guards at the gate, buses at night with new workers.',
        location: { lat: 10.63, lng: 103.52, source: 'GPS', accuracyM: 20 },
        provinceCode: 'KH-18',
        language: 'en',
      }),
      { powVerified: true },
    ),
  );

const tipsThisPeriod = (stats: { overTime: { tips: number }[] }) => stats.overTime.reduce((sum, counts) => sum + counts.tips, 0);

describe('statistics snapshot', () => {
  it('pages read the stored snapshot; new tips appear only when the job refreshes it', async () => {
    await withMigratedScratch(async (db) => {
      await addTip(db);
      expect(await ensureStatsSnapshots({ client: db })).toBe(true);
      expect(await ensureStatsSnapshots({ client: db })).toBe(false); // a second instance computes nothing
      expect(await db.statsSnapshot.count()).toBe(3);
      expect(tipsThisPeriod(await readStatsSnapshot('dashboard:month', { client: db }))).toBe(1);

      await addTip(db);
      // Read from the snapshot: no computation, the new tip is not there yet.
      expect(tipsThisPeriod(await readStatsSnapshot('dashboard:month', { client: db }))).toBe(1);
      expect(tipsThisPeriod(await readStatsSnapshot('dashboard:week', { client: db }))).toBe(1);

      await refreshStatsSnapshots({ client: db });
      expect(tipsThisPeriod(await readStatsSnapshot('dashboard:month', { client: db }))).toBe(2);
      const publicStats = await readStatsSnapshot('public', { client: db });
      expect(publicStats.quarters).toHaveLength(4);
      expect(typeof publicStats.computedAt).toBe('string');
    });
  });

  it('computes and stores a missing snapshot once, for the first reader', async () => {
    await withMigratedScratch(async (db) => {
      await readStatsSnapshot('public', { client: db });
      expect(await db.statsSnapshot.findMany({ select: { key: true } })).toEqual([{ key: 'public' }]);
    });
  });
});
