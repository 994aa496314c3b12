import { describe, expect, it, vi } from 'vitest';

// The next codes generateTipCode hands out; empty: the real random ones.
const queued = vi.hoisted(() => [] as string[]);
vi.mock('@/lib/tips/receipt', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/tips/receipt')>();
  return { ...actual, generateTipCode: () => queued.shift() ?? actual.generateTipCode() };
});

import pg from 'pg';
import { db } from '@/lib/db/client';
import { dedupText, keyRows } from '@/lib/dedup/keys';
import { createTip } from '@/lib/tips/create-tip';
import { tipInputSchema } from '@/lib/tips/schema';
import { submitTip } from '@/lib/tips/submit-tip';
import { statementsDuring } from '../../helpers/count-statements';

const fields = (marker: string) => ({
  category: 'SCAM_COMPOUND',
  description: `Pagoda beside a yellow building with 9 floors on Road 4, guards at the gate. ${marker}`,
  landmark: 'Behind the Golden Sands casino',
  location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
  language: 'en',
});

// A code no random draw gives (they never start with 0000) and no other test uses.
const unusedCode = () => `0000-${String(Date.now()).slice(-4)}-${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

/** The tip's stored features and key rows. */
const storedKeys = async (tipId: string) => ({
  features: (await db.tip.findUniqueOrThrow({ where: { id: tipId }, select: { dedupFeatures: true } })).dedupFeatures,
  rows: (await db.dedupKey.findMany({ where: { tipId }, select: { key: true, receivedAt: true, lat: true, lng: true } })).sort((a, b) => a.key.localeCompare(b.key)),
});

/** The rows keyRows computes for the stored tip, in the shape read back. */
async function expectedKeys(tipId: string) {
  const tip = await db.tip.findUniqueOrThrow({ where: { id: tipId }, select: { lat: true, lng: true, receivedAt: true, description: true, landmark: true } });
  const rows = keyRows([{ id: tipId, lat: tip.lat, lng: tip.lng, receivedAt: tip.receivedAt, text: dedupText(tip.description, tip.landmark) }]);
  return {
    features: rows.features[0],
    rows: rows.keys
      .map((key, index) => ({ key, receivedAt: rows.times[index], lat: rows.lats[index], lng: rows.lngs[index] }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

describe('round trips of a tip (decision 0301)', () => {
  it('stores a tip without photos, and its duplicate-search keys, in one statement', async () => {
    const { result: receipt, statements } = await statementsDuring(() => submitTip({ fields: fields(`one-statement-${Date.now()}`), photos: [], requirePow: true }));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/INSERT INTO "Tip"/);
    const keys = await storedKeys(receipt.tipId);
    // The place row plus at least the pagoda, the floors, the road and the casino's name.
    expect(keys.rows.length).toBeGreaterThanOrEqual(5);
    expect(keys).toEqual(await expectedKeys(receipt.tipId));
  });

  it('draws another code when the one drawn is taken, in one more statement, and stores the tip once', async () => {
    const taken = await submitTip({ fields: fields(`taken-${Date.now()}`), photos: [], requirePow: true });
    const fresh = unusedCode();
    queued.push(taken.code, fresh);
    const { result: receipt, statements } = await statementsDuring(() => submitTip({ fields: fields(`collision-${Date.now()}`), photos: [], requirePow: true }));
    expect(receipt.code).toBe(fresh);
    expect(statements).toHaveLength(2);
    expect(await db.tip.count({ where: { code: { in: [taken.code, fresh] } } })).toBe(2);
    expect(await storedKeys(receipt.tipId)).toEqual(await expectedKeys(receipt.tipId));
    // The taken code's tip kept its own keys and got none of the new tip's.
    expect(await storedKeys(taken.tipId)).toEqual(await expectedKeys(taken.tipId));
  });

  it('draws another code inside a caller transaction without aborting it', async () => {
    const taken = await submitTip({ fields: fields(`taken-tx-${Date.now()}`), photos: [], requirePow: true });
    const fresh = unusedCode();
    queued.push(taken.code, fresh);
    const input = tipInputSchema.parse(fields(`collision-tx-${Date.now()}`));
    const [first, second] = await db.$transaction(async (tx) => [await createTip(tx, input, { powVerified: true }), await createTip(tx, input, { powVerified: true })]);
    expect(first!.code).toBe(fresh);
    expect(await db.tip.count({ where: { id: { in: [first!.tipId, second!.tipId] } } })).toBe(2);
  });

  it('sends the tip as a named statement on the app pool, and stores what Prisma would, whatever the process time zone (decision 0305)', async () => {
    const input = tipInputSchema.parse({ ...fields(`named-${Date.now()}`), observedOn: '2026-11-30' });
    // 17:00 UTC is already the next day in Phnom Penh: pg would send the Date in the process's zone.
    const receivedAt = new Date('2026-11-30T17:00:00Z');
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Phnom_Penh';
    const names: (string | undefined)[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      names.push((args[0] as { name?: string } | string | undefined) instanceof Object ? (args[0] as { name?: string }).name : undefined);
      return (query as (...rest: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    let viaPool: Awaited<ReturnType<typeof createTip>>;
    let viaPrisma: Awaited<ReturnType<typeof createTip>>;
    try {
      viaPool = await createTip(db, input, { powVerified: true, receivedAt });
      expect(names).toEqual(['create_tip']);
      viaPrisma = await db.$transaction((tx) => createTip(tx, input, { powVerified: true, receivedAt }));
    } finally {
      pg.Client.prototype.query = query;
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const stored = async (tipId: string) => {
      const tip = await db.tip.findUniqueOrThrow({ where: { id: tipId }, select: { receivedAt: true, observedOn: true, lat: true, lng: true, category: true, indicators: true } });
      const { features, rows } = await storedKeys(tipId);
      return { ...tip, features, keys: rows.map(({ key, ...rest }) => ({ key: key.replace(tipId, 'ID'), ...rest })) };
    };
    const [pooled, prismaed] = [await stored(viaPool.tipId), await stored(viaPrisma.tipId)];
    expect(pooled.receivedAt.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(pooled.keys.every((key) => key.receivedAt.toISOString() === '2026-11-30T17:00:00.000Z')).toBe(true);
    expect(pooled).toEqual(prismaed);
  });

  it('gives up after five taken codes', async () => {
    const taken = await submitTip({ fields: fields(`taken-all-${Date.now()}`), photos: [], requirePow: true });
    queued.push(...Array.from({ length: 6 }, () => taken.code));
    const marker = `gave-up-${Date.now()}`;
    await expect(submitTip({ fields: fields(marker), photos: [], requirePow: true })).rejects.toThrow();
    queued.length = 0;
    expect(await db.tip.count({ where: { description: { contains: marker } } })).toBe(0);
  });
});
