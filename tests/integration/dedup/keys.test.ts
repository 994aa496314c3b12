import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { dedupText, keyRows, searchKeys, searchKeysSql } from '@/lib/dedup/keys';
import { refreshDedupKeys, storeKeys } from '@/lib/dedup/refresh-keys';
import { refreshDedupKeysJob } from '@/lib/jobs/jobs/refresh-dedup-keys';
import { JOBS } from '@/lib/jobs/registry';
import { textFeatures } from '@/lib/dedup/text-features';
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

  it('are searched in SQL exactly as searchKeys computes them, on cell edges too', async () => {
    const tips = [
      { description: "Casino 'Jade Palace', green glass, 14 floors, on National Road 4, call 012 345 678", lat: 10.6101, lng: 103.5202 },
      // On the edges of a concept cell (0.02°) and of a name cell (0.2°).
      { description: 'Golden Lotus tower, yellow, 9 floors, pagoda behind it', lat: 11.4, lng: 104.8 },
      { description: 'Golden Lotus tower, yellow, 9 floors, pagoda behind it', lat: 13.399999, lng: 102.600001 },
      { description: 'អគារ ហ្គោលដិន ឡូតាស ៩ ជាន់ ពណ៌លឿង នៅជិតវត្ត', lat: 14.41, lng: 103.7 },
      { description: 'A farm with dogs.', lat: 12.5, lng: 105.1 },
      // A handle's own @ is not a cell's: its key is searched whole, anywhere (decision 0141).
      { description: 'A broker on telegram @sovan_work71 hires drivers for a casino, 5 floors', lat: 12.2, lng: 104.9 },
    ];
    for (const { description, lat, lng } of tips) {
      const receipt = await makeTip({ description, location: { lat, lng, source: 'GPS' }, language: 'en' });
      const tip = await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId }, select: { lat: true, lng: true, landmark: true } });
      const expected = searchKeys(textFeatures(dedupText(description, tip.landmark)), tip.lat, tip.lng);
      const rows = await db.$queryRawUnsafe<{ key: string; weight: number }[]>(
        `WITH me AS (SELECT id, lat, lng FROM "Tip" WHERE id = $1::uuid) ${searchKeysSql('me')}`,
        receipt.tipId,
      );
      const pairs = (keys: string[], weights: number[]) => keys.map((key, index) => `${key} ${weights[index]}`).sort();
      expect(pairs(rows.map((row) => row.key), rows.map((row) => Number(row.weight)))).toEqual(pairs(expected.keys, expected.weights));
      // Not a vacuous match: each described compound is searched under several keys.
      if (!description.startsWith('A farm')) expect(expected.keys.length).toBeGreaterThan(3);
    }
  });

  it('are rewritten at start for tips read by an older FEATURES_VERSION, and only those', async () => {
    const description = "Casino 'Amber Lantern', grey, 11 floors, behind the night market";
    const stale = await makeTip({ description, location: { lat: 10.6201, lng: 103.5102, source: 'GPS' }, language: 'en' });
    const current = await makeTip({ description, location: { lat: 10.6211, lng: 103.5112, source: 'GPS' }, language: 'en' });
    const featuresOf = async (tipId: string) => (await db.tip.findUniqueOrThrow({ where: { id: tipId }, select: { dedupFeatures: true } })).dedupFeatures!;
    const written = await featuresOf(stale.tipId);
    // As stored by the release before: another version, and its name keys not written.
    await db.tip.update({ where: { id: stale.tipId }, data: { dedupFeatures: written.replace(/^\[\d+,/, '[0,') } });
    await db.dedupKey.deleteMany({ where: { tipId: stale.tipId, key: { startsWith: 'n:' } } });
    const untouched = await db.dedupKey.findMany({ where: { tipId: current.tipId }, orderBy: { key: 'asc' } });

    const { refreshed } = (await refreshDedupKeysJob.handler({})) as { refreshed: number };

    expect(refreshed).toBeGreaterThanOrEqual(1);
    expect(await featuresOf(stale.tipId)).toBe(written);
    expect(await db.dedupKey.count({ where: { tipId: stale.tipId, key: { startsWith: 'n:amberlantern@' } } })).toBeGreaterThan(0);
    expect(await db.dedupKey.findMany({ where: { tipId: current.tipId }, orderBy: { key: 'asc' } })).toEqual(untouched);
    expect(JOBS).toContain(refreshDedupKeysJob);
    expect(refreshDedupKeysJob.runAtStart).toBe(true);
  });

  it('are rewritten at start for tips with no features or no place row (copied from an older release, or never written)', async () => {
    const description = "Casino 'Copper Heron', 6 floors, call 097 555 0142";
    const unread = await makeTip({ description, location: { lat: 10.6221, lng: 103.5122, source: 'GPS' }, language: 'en' });
    const placeless = await makeTip({ description, location: { lat: 10.6231, lng: 103.5132, source: 'GPS' }, language: 'en' });
    const featuresOf = async (tipId: string) => (await db.tip.findUniqueOrThrow({ where: { id: tipId }, select: { dedupFeatures: true } })).dedupFeatures;
    const written = await featuresOf(unread.tipId);
    await db.tip.update({ where: { id: unread.tipId }, data: { dedupFeatures: null } });
    await db.dedupKey.deleteMany({ where: { tipId: placeless.tipId } });

    await refreshDedupKeysJob.handler({});

    expect(await featuresOf(unread.tipId)).toBe(written);
    expect(await db.dedupKey.count({ where: { tipId: placeless.tipId, key: `t:${placeless.tipId}` } })).toBe(1);
    expect(await db.dedupKey.count({ where: { tipId: placeless.tipId, key: { startsWith: 'p:' } } })).toBe(1);
  });

  it('are written from the text as it is when they are stored: a tip redacted after it was read gets the empty text\'s, a deleted one none', async () => {
    const place = { lat: 10.6241, lng: 103.5142, source: 'GPS' as const };
    const redacted = await makeTip({ description: 'Boss Chen Wei, call 012 999 4411, at the Silver Lotus casino', location: place, language: 'en' });
    const deleted = await makeTip({ description: 'Silver Lotus casino, 9 floors', location: place, language: 'en' });
    const readBefore = await db.tip.findMany({ where: { id: { in: [redacted.tipId, deleted.tipId] } }, select: { id: true, lat: true, lng: true, receivedAt: true, description: true, landmark: true } });
    // Between the refresh's read and its write: retention blanks one tip and purges the other.
    await db.tip.update({ where: { id: redacted.tipId }, data: { description: '', landmark: null } });
    await db.tip.delete({ where: { id: deleted.tipId } });

    await storeKeys(db, readBefore.map((tip) => ({ id: tip.id, lat: tip.lat, lng: tip.lng, receivedAt: tip.receivedAt, text: dedupText(tip.description, tip.landmark) })));

    const tip = await db.tip.findUniqueOrThrow({ where: { id: redacted.tipId }, select: { lat: true, lng: true, receivedAt: true, dedupFeatures: true } });
    const empty = keyRows([{ id: redacted.tipId, lat: tip.lat, lng: tip.lng, receivedAt: tip.receivedAt, text: '' }]);
    expect(tip.dedupFeatures).toBe(empty.features[0]);
    expect((await db.dedupKey.findMany({ where: { tipId: redacted.tipId }, select: { key: true } })).map((row) => row.key)).toEqual(empty.keys);
    expect(await db.dedupKey.count({ where: { tipId: deleted.tipId } })).toBe(0);
  });
});

