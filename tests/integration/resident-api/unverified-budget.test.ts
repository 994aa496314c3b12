import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// This file's process allows few tips without proof of work per hour (the default is 200).
const uploadDir = vi.hoisted(() => {
  process.env.UNVERIFIED_TIPS_PER_HOUR = '4';
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-budget-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runAction } from '@/lib/http/action';
import { coarseTime } from '@/lib/tips/coarse-time';
import { submitTip } from '@/lib/tips/submit-tip';
import { unverifiedTipsSince } from '@/lib/tips/unverified-budget';
import { jpegOf } from '../../helpers/images';

// Other test files share the database: tips are told apart by this file's marker.
const MARKER = `budget-test-${process.pid}-${Date.now()}`;
const BUDGET = 4;

const fields = (tag: string) => ({
  category: 'SCAM_COMPOUND',
  description: `Guards at the gate, workers brought in by bus at night. ${MARKER} ${tag}`,
  location: { lat: 10.6301, lng: 103.5202, source: 'MAP_PIN' },
  language: 'en',
});

const withoutJavaScript = (tag: string, photos: Uint8Array[] = []) => submitTip({ fields: fields(tag), photos, pow: null, requirePow: false });
const files = () => {
  try {
    return readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
};

describe('the budget of tips without proof of work', () => {
  it('refuses the no-JavaScript form once the hour is spent, stores nothing, and still takes tips with proof of work', async () => {
    // Fill this hour's budget (other files' tips without proof of work count too: it is global).
    let refusal: unknown = null;
    for (let attempt = 0; attempt < 2 * BUDGET + 2 && !refusal; attempt++) {
      refusal = await withoutJavaScript(`fill-${attempt}`).then(() => null, (error: unknown) => error);
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429, messageKey: 'intake.errors.unverifiedBudget' });
    expect(await unverifiedTipsSince(coarseTime())).toBeGreaterThanOrEqual(BUDGET);

    const filesBefore = files();
    await expect(withoutJavaScript('refused', [await jpegOf(3)])).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await db.tip.count({ where: { description: { contains: `${MARKER} refused` } } })).toBe(0);
    expect(files()).toBe(filesBefore);

    // The form shows why, in the sender's language.
    const shown = await runAction('submitReport', 'km', () => withoutJavaScript('refused-km'));
    expect(shown).toMatchObject({ ok: false, error: 'TOO_MANY_REQUESTS' });
    expect(!shown.ok && shown.message).toContain('JavaScript');
    expect(!shown.ok && shown.message).not.toMatch(/too many/i);

    // Tips with proof of work are not held back by a flood through the form.
    const verified = await submitTip({ fields: fields('verified'), photos: [], pow: null, requirePow: true });
    expect(await db.tip.findUniqueOrThrow({ where: { id: verified.tipId }, select: { powVerified: true } })).toEqual({ powVerified: true });
  });

  it('lets concurrent senders take no more places than the budget has left', async () => {
    const hour = coarseTime();
    const free = Math.max(0, BUDGET - (await unverifiedTipsSince(hour)));
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, index) => withoutJavaScript(`burst-${index}`)));
    const accepted = results.filter((result) => result.status === 'fulfilled').length;
    if (coarseTime().getTime() === hour.getTime()) expect(accepted).toBeLessThanOrEqual(free);
    expect(results.filter((result) => result.status === 'rejected').every((result) => (result as PromiseRejectedResult).reason?.code === 'TOO_MANY_REQUESTS')).toBe(true);
  });
});
