import { describe, expect, it, vi } from 'vitest';

// The next codes generateTipCode hands out; empty: the real random ones.
const queued = vi.hoisted(() => [] as string[]);
vi.mock('@/lib/tips/receipt', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/tips/receipt')>();
  return { ...actual, generateTipCode: () => queued.shift() ?? actual.generateTipCode() };
});

import { db } from '@/lib/db/client';
import { submitTip } from '@/lib/tips/submit-tip';

const fields = { category: 'OTHER', description: `Code collision test ${Date.now()}: guards at the gate.`, location: { lat: 10.63, lng: 103.52, source: 'GPS' }, language: 'en' };

describe('a tip code that is already taken (decision 0301: no look-up first)', () => {
  it('draws another code after the unique violation and stores the tip once', async () => {
    const first = await submitTip({ fields, photos: [], requirePow: true });
    const fresh = `9${String(Date.now()).slice(-11)}`.replace(/(\d{4})(\d{4})(\d{4})/, '$1-$2-$3');
    queued.push(first.code, fresh);
    const second = await submitTip({ fields, photos: [], requirePow: true });
    expect(second.code).toBe(fresh);
    expect(await db.tip.count({ where: { code: { in: [first.code, fresh] } } })).toBe(2);
    expect(await db.tip.count({ where: { id: second.tipId } })).toBe(1);
  });
});
