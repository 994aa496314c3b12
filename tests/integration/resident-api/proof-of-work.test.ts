import { solveChallenge } from 'altcha-lib/v1';
import { describe, expect, it, vi } from 'vitest';

// This file's process runs with proof of work on (the test settings turn it off).
vi.hoisted(() => {
  process.env.POW_DIFFICULTY = '300';
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-pow-${process.pid}-${Date.now()}`;
});

import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { createPowChallenge, powDifficulty, purgeSpentChallenges, verifyPow, type PowChallenge } from '@/lib/security/proof-of-work';
import { submitTip } from '@/lib/tips/submit-tip';

async function solve(challenge: PowChallenge): Promise<string> {
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  expect(solution).not.toBeNull();
  return Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64');
}

// Other test files share the database: tips are counted by this file's marker only.
const MARKER = `pow-test-${process.pid}-${Date.now()}`;

const fields = {
  category: 'PERSON_HELD',
  description: `A woman called from inside the building, her passport was taken by the guards. ${MARKER}`,
  location: { lat: 10.6312, lng: 103.5111, source: 'MAP_PIN' },
  language: 'zh',
};

const tipCount = () => db.tip.count({ where: { description: { contains: MARKER } } });

describe('proof of work', () => {
  it('issues signed, expiring challenges at the configured difficulty', async () => {
    expect(powDifficulty()).toBe(300);
    const challenge = await createPowChallenge();
    expect(challenge).toMatchObject({ algorithm: 'SHA-256', maxnumber: 300, required: true });
    expect(challenge.salt).toMatch(/\?expires=\d+&$/);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('requires a solution from the JSON API, and stores nothing without one', async () => {
    const before = await tipCount();
    const error = await submitTip({ fields, photos: [], requirePow: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe('intake.errors.powRequired');
    expect(await tipCount()).toBe(before);
  });

  it('accepts a solved challenge once and refuses its replay', async () => {
    const pow = await solve(await createPowChallenge());
    const receipt = await submitTip({ fields, photos: [], pow, requirePow: true });
    expect(await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId }, select: { powVerified: true, urgent: true } })).toEqual({ powVerified: true, urgent: true });

    const before = await tipCount();
    const replay = await submitTip({ fields, photos: [], pow, requirePow: true }).catch((caught: unknown) => caught);
    expect((replay as AppError).messageKey).toBe('intake.errors.powInvalid');
    expect(await tipCount()).toBe(before);
  });

  it('lets exactly one of many simultaneous uses of a solution through', async () => {
    const pow = await solve(await createPowChallenge());
    const results = await Promise.all(Array.from({ length: 8 }, () => verifyPow(pow)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('refuses wrong numbers, forged signatures, expired challenges and garbage', async () => {
    const challenge = await createPowChallenge();
    const good = JSON.parse(Buffer.from(await solve(challenge), 'base64').toString()) as Record<string, unknown>;
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    expect(await verifyPow(encode({ ...good, number: (good.number as number) + 1 }))).toBe(false);
    expect(await verifyPow(encode({ ...good, signature: 'a'.repeat(64) }))).toBe(false);
    expect(await verifyPow(encode({ ...good, salt: String(good.salt).replace(/expires=\d+/, 'expires=9999999999') }))).toBe(false);
    expect(await verifyPow(encode({ ...good, algorithm: 'SHA-1' }))).toBe(false);
    expect(await verifyPow('not base64 json')).toBe(false);
    expect(await verifyPow('')).toBe(false);

    const old = await createPowChallenge(new Date(Date.now() - 2 * 3_600_000));
    expect(await verifyPow(await solve(old))).toBe(false);
    expect(await verifyPow(encode(good))).toBe(true);
  });

  it('keeps spent challenges until the hour after expiry, then purges them', async () => {
    const pow = await solve(await createPowChallenge());
    expect(await verifyPow(pow)).toBe(true);
    const signature = JSON.parse(Buffer.from(pow, 'base64').toString()).signature as string;
    const row = await db.spentChallenge.findUniqueOrThrow({ where: { signature } });
    expect(row.expiresAt.getTime() % 3_600_000).toBe(0);
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now());

    expect(await purgeSpentChallenges(db, new Date())).toBeGreaterThanOrEqual(0);
    expect(await db.spentChallenge.count({ where: { signature } })).toBe(1);
    await purgeSpentChallenges(db, new Date(row.expiresAt.getTime() + 1));
    expect(await db.spentChallenge.count({ where: { signature } })).toBe(0);
  });

  it('accepts a tip from the no-JavaScript form without a solution, flagged', async () => {
    const receipt = await submitTip({ fields, photos: [], pow: null, requirePow: false });
    expect(await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId }, select: { powVerified: true } })).toEqual({ powVerified: false });
  });
});
