import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { refreshDedupKeys } from '@/lib/dedup/refresh-keys';
import { makeTip } from '../../helpers/factories';

describe('duplicate-search keys in the database', () => {
  it('are written with the tip and survive a refresh unchanged, run twice', async () => {
    const receipt = await makeTip({
      category: 'SCAM_COMPOUND',
      description: "Casino 'Jade Palace', green glass, 14 floors, on National Road 4",
      location: { lat: 10.6101, lng: 103.5202, source: 'GPS' },
      language: 'en',
    });
    const keysOf = async () => (await db.dedupKey.findMany({ where: { tipId: receipt.tipId }, select: { key: true }, orderBy: { key: 'asc' } })).map((row) => row.key);
    const written = await keysOf();
    expect(written.some((key) => key.startsWith('f:14@'))).toBe(true);
    expect(written.some((key) => key.startsWith('n:jadepalace@'))).toBe(true);
    // Twice over the whole table: a refresh replaces keys, it never loses those that did not change.
    await refreshDedupKeys(db);
    await refreshDedupKeys(db);
    expect(await keysOf()).toEqual(written);
  });
});
