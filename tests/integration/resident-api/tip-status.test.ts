import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-status-${process.pid}-${Date.now()}`;
});

import { createClient, db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { argon2WorkDone } from '@/lib/security/password';
import { FREE_FAILURES, lockSeconds, purgeStaleThrottles, recordFailure, throttleKey } from '@/lib/tips/credential-throttle';
import { openTipStatus } from '@/lib/tips/open-tip-status';
import { replyAsTipster } from '@/lib/tips/reply-as-tipster';
import { sealForTipster } from '@/lib/tips/tipster-box';
import { openTipsterSession, sealTipsterSession, TIPSTER_SESSION_TTL_MS } from '@/lib/tips/tipster-session';
import { makeStaff, makeTip } from '../../helpers/factories';
import { jpegOf } from '../../helpers/images';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      const { code, messageKey, status } = error as AppError;
      return { code, messageKey, status };
    },
  );

const WRONG = { code: 'UNAUTHENTICATED', messageKey: 'status.errors.credentials', status: 401 };
const LOCKED = { code: 'LOCKED', messageKey: 'status.errors.locked', status: 423 };
const unknownCode = () => `9${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`.replace(/(\d{4})(\d{4})(\d{4})/, '$1-$2-$3');
const wrongPassphrase = (passphrase: string) => passphrase.replace(/^\d/, (digit) => String((Number(digit) + 1) % 10));

async function rewardFixtures(tipId: string) {
  const admin = await makeStaff('REWARDS_ADMIN');
  const supervisor = await makeStaff('SUPERVISOR');
  const kase = await db.case.create({ data: { reference: `C-${randomUUID().slice(0, 8)}`, title: 'Test compound', createdById: supervisor.id, status: 'RAIDED' } });
  await db.tip.update({ where: { id: tipId }, data: { status: 'LINKED', caseId: kase.id } });
  const policy = await db.rewardPolicy.create({
    data: {
      // Negative: never the policy in force, which rewards tests running beside this one rely on.
      version: -1 - Math.floor(Math.random() * 1e9),
      currency: 'USD',
      basePerCompoundMinor: 50_000n,
      perVictimMinor: 1_000n,
      perSuspectMinor: 500n,
      capPerTipMinor: 200_000n,
      capPerRaidMinor: 500_000n,
      firstInformantBps: 5_000,
      supervisorAboveMinor: 100_000n,
      voucherValidDays: 90,
      createdById: admin.id,
    },
  });
  const raid = () =>
    db.raid.create({ data: { caseId: kase.id, raidedOn: new Date('2026-10-01'), unit: 'Anti-trafficking', place: 'Compound', recordedById: supervisor.id } });
  return { admin, policy, raid };
}

describe('openTipStatus', () => {
  it('shows the tip to its tipster: status, day received, category, language, no reward yet', async () => {
    const receipt = await makeTip({ language: 'vi', category: 'RECRUITER' });
    const view = await openTipStatus({ code: receipt.code, passphrase: receipt.passphrase });
    const tip = await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId } });
    expect(view).toEqual({
      code: receipt.code,
      status: 'RECEIVED',
      receivedOn: tip.receivedAt.toISOString().slice(0, 10),
      category: 'RECRUITER',
      language: 'vi',
      messages: [],
      reward: null,
    });
    // What people type: spaces, no dashes, Khmer digits.
    const khmer = receipt.passphrase.replace(/\d/g, (digit) => String.fromCharCode(0x17e0 + Number(digit)));
    expect((await openTipStatus({ code: receipt.code.replace(/-/g, ' '), passphrase: khmer })).code).toBe(receipt.code);
  });

  it('gives the same error for a wrong passphrase and for a code that does not exist', async () => {
    const receipt = await makeTip();
    const wrong = await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }));
    const missing = await failure(openTipStatus({ code: unknownCode(), passphrase: receipt.passphrase }));
    const garbage = await failure(openTipStatus({ code: 'hello', passphrase: '' }));
    expect(wrong).toEqual(WRONG);
    expect(missing).toEqual(WRONG);
    expect(garbage).toEqual(WRONG);
  });

  it('locks a code for wrong passphrases after five failures, in the database, yet the right passphrase always opens it', async () => {
    const receipt = await makeTip();
    for (let attempt = 1; attempt < FREE_FAILURES; attempt++) {
      expect(await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }))).toEqual(WRONG);
    }
    expect(await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }))).toEqual(LOCKED);
    // Guesses go on being refused and counted.
    expect(await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }))).toEqual(LOCKED);

    // Another app instance (a new connection) sees the same lock, under a key that is not the code.
    const other = createClient(process.env.DATABASE_URL!);
    try {
      const row = await other.credentialThrottle.findUniqueOrThrow({ where: { key: throttleKey(receipt.code) } });
      expect(row.failures).toBe(FREE_FAILURES + 1);
      expect(row.key).not.toContain(receipt.code.replace(/-/g, ''));
      expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    } finally {
      await other.$disconnect();
    }
    // The tipster, with the right passphrase, is not kept out; the count is cleared.
    expect((await openTipStatus({ code: receipt.code, passphrase: receipt.passphrase })).code).toBe(receipt.code);
    expect(await db.credentialThrottle.count({ where: { key: throttleKey(receipt.code) } })).toBe(0);
  });

  it('stores no lock time finer than the hour (decision 0002)', async () => {
    const receipt = await makeTip();
    for (let attempt = 1; attempt <= FREE_FAILURES + 1; attempt++) await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }));
    // Compared in SQL: timestamps keep microseconds that a JavaScript Date would drop.
    const [row] = await db.$queryRaw<{ lockedCoarse: boolean; updatedCoarse: boolean; ahead: boolean }[]>`
      SELECT "lockedUntil" = date_trunc('hour', "lockedUntil") AS "lockedCoarse",
             "updatedAt" = date_trunc('hour', "updatedAt") AS "updatedCoarse",
             "lockedUntil" >= now() + make_interval(secs => ${lockSeconds(FREE_FAILURES + 1)}) AS "ahead"
        FROM "CredentialThrottle" WHERE "key" = ${throttleKey(receipt.code)}`;
    expect(row).toEqual({ lockedCoarse: true, updatedCoarse: true, ahead: true });
  });

  it('does the same argon2 work for a code that does not exist as for a known code with a wrong passphrase', async () => {
    const receipt = await makeTip();
    const workOf = async (credentials: { code: string; passphrase: string }) => {
      const before = argon2WorkDone();
      await failure(openTipStatus(credentials));
      return argon2WorkDone() - before;
    };
    // The unknown code first: a decoy hashed on first use would show here as extra work.
    const unknown = await workOf({ code: unknownCode(), passphrase: receipt.passphrase });
    const known = await workOf({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) });
    const garbage = await workOf({ code: 'hello', passphrase: '' });
    expect(known).toBe(1);
    expect(unknown).toBe(known);
    expect(garbage).toBe(known);
  });

  it('locks a code that does not exist exactly like one that does', async () => {
    const code = unknownCode();
    for (let attempt = 1; attempt < FREE_FAILURES; attempt++) expect(await failure(openTipStatus({ code, passphrase: '1111-2222-3333-4444' }))).toEqual(WRONG);
    expect(await failure(openTipStatus({ code, passphrase: '1111-2222-3333-4444' }))).toEqual(LOCKED);
  });

  it('counts every one of many simultaneous failures', async () => {
    const key = throttleKey(unknownCode());
    const results = await Promise.all(Array.from({ length: 30 }, () => recordFailure(key)));
    expect(results.map((result) => result.failures).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect((await db.credentialThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(30);

    const receipt = await makeTip();
    const attempts = await Promise.all(
      Array.from({ length: FREE_FAILURES - 1 }, () => failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }))),
    );
    expect(attempts).toEqual(Array.from({ length: FREE_FAILURES - 1 }, () => WRONG));
    expect((await db.credentialThrottle.findUniqueOrThrow({ where: { key: throttleKey(receipt.code) } })).failures).toBe(FREE_FAILURES - 1);
  });

  it('a burst of guesses does not keep the right passphrase out, and every guess is counted and refused', async () => {
    const receipt = await makeTip();
    const burst = 20;
    const guesses = Array.from({ length: burst }, () => failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) })));
    const [opened, ...refused] = await Promise.all([openTipStatus({ code: receipt.code, passphrase: receipt.passphrase }), ...guesses]);
    expect(opened.code).toBe(receipt.code);
    for (const result of refused) expect([WRONG.code, LOCKED.code]).toContain(result.code);
    // Afterwards the lock still holds for guesses and still lets the tipster in.
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }));
    expect(await failure(openTipStatus({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase) }))).toEqual(LOCKED);
    expect((await openTipStatus({ code: receipt.code, passphrase: receipt.passphrase })).code).toBe(receipt.code);
  });

  it('forgets rows a week after their last failure or lock, and keeps the rest', async () => {
    const stale = throttleKey(unknownCode());
    const recent = throttleKey(unknownCode());
    const stillLocked = throttleKey(unknownCode());
    const now = new Date();
    const days = (count: number) => new Date(now.getTime() - count * 86_400_000);
    await db.credentialThrottle.createMany({
      data: [
        { key: stale, failures: 3, updatedAt: days(8) },
        { key: recent, failures: 3, updatedAt: days(2) },
        { key: stillLocked, failures: 20, updatedAt: days(8), lockedUntil: days(-1) },
      ],
    });
    await purgeStaleThrottles(db, now);
    const left = await db.credentialThrottle.findMany({ where: { key: { in: [stale, recent, stillLocked] } }, select: { key: true } });
    expect(left.map((row) => row.key).sort()).toEqual([recent, stillLocked].sort());
  });

  it('shows rewards from Reward rows: under review, a voucher only the passphrase opens, paid, expired', async () => {
    const receipt = await makeTip({ wantsReward: true });
    const tip = await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId } });
    const { admin, policy, raid } = await rewardFixtures(receipt.tipId);
    const reward = async (state: string, extra: Record<string, unknown> = {}) =>
      db.reward.create({
        data: { tipId: receipt.tipId, raidId: (await raid()).id, policyId: policy.id, currency: 'USD', amountMinor: 25_000n, suggestedMinor: 25_000n, state: state as never, proposedById: admin.id, ...extra },
      });
    const open = () => openTipStatus({ code: receipt.code, passphrase: receipt.passphrase });

    const rejected = await reward('REJECTED');
    expect((await open()).reward).toBeNull();
    expect((await open()).status).toBe('ACTION_TAKEN');

    const proposed = await reward('PROPOSED');
    expect((await open()).reward).toEqual({ state: 'UNDER_REVIEW' });

    await db.reward.update({ where: { id: proposed.id }, data: { state: 'VOUCHER_ISSUED', voucherSealed: sealForTipster(tip.tipsterPublicKey, 'EE-VOUCHER-7KQ2-99ZX'), voucherExpiresAt: new Date('2027-02-28T00:00:00Z') } });
    expect((await open()).reward).toEqual({ state: 'VOUCHER', voucherCode: 'EE-VOUCHER-7KQ2-99ZX', expiresOn: '2027-02-28', amountMinor: '25000', currency: 'USD' });

    await db.reward.update({ where: { id: proposed.id }, data: { state: 'PAID', paidAt: new Date() } });
    expect((await open()).reward).toEqual({ state: 'PAID', amountMinor: '25000', currency: 'USD' });

    await db.reward.update({ where: { id: proposed.id }, data: { state: 'EXPIRED' } });
    await db.reward.update({ where: { id: rejected.id }, data: { state: 'CANCELLED' } });
    expect((await open()).reward).toEqual({ state: 'EXPIRED' });
  });
});

describe('replyAsTipster', () => {
  it('adds the tipster\'s message and photos at a coarse time, and shows the conversation', async () => {
    const receipt = await makeTip();
    const officer = await makeStaff('OFFICER');
    await db.message.create({ data: { tipId: receipt.tipId, direction: 'TO_TIPSTER', body: 'How many guards did you see?', authorId: officer.id, createdAt: new Date(Date.now() - 3 * 3_600_000) } });

    await replyAsTipster({ code: receipt.code, passphrase: receipt.passphrase, body: '  About ten, with radios.  ', photos: [await jpegOf(71)] });
    await replyAsTipster({ code: receipt.code, passphrase: receipt.passphrase, body: '', photos: [await jpegOf(72)] });

    const stored = await db.message.findMany({ where: { tipId: receipt.tipId, direction: 'FROM_TIPSTER' }, include: { attachments: true }, orderBy: { body: 'desc' } });
    expect(stored.map((message) => message.body)).toEqual(['About ten, with radios.', '']);
    // The first answer is on the hour; the second, in the same hour, a millisecond after it.
    expect(stored[0]!.createdAt.getTime() % 3_600_000).toBe(0);
    expect(stored[1]!.createdAt.getTime()).toBe(stored[0]!.createdAt.getTime() + 1);
    for (const message of stored) {
      expect(message.authorId).toBeNull();
      expect(message.attachments).toHaveLength(1);
      expect(message.attachments[0]!.tipId).toBe(receipt.tipId);
    }

    const view = await openTipStatus({ code: receipt.code, passphrase: receipt.passphrase });
    expect(view.messages.map(({ direction, body, photoCount }) => ({ direction, body, photoCount }))).toEqual(
      expect.arrayContaining([
        { direction: 'TO_TIPSTER', body: 'How many guards did you see?', photoCount: 0 },
        { direction: 'FROM_TIPSTER', body: 'About ten, with radios.', photoCount: 1 },
        { direction: 'FROM_TIPSTER', body: '', photoCount: 1 },
      ]),
    );
    expect(view.messages[0]!.direction).toBe('TO_TIPSTER');
  });

  it('never dates an answer before the question it answers', async () => {
    const receipt = await makeTip();
    const officer = await makeStaff('OFFICER');
    const asked = new Date();
    await db.message.create({ data: { tipId: receipt.tipId, direction: 'TO_TIPSTER', body: 'Which floor?', authorId: officer.id, createdAt: asked } });
    await replyAsTipster({ code: receipt.code, passphrase: receipt.passphrase, body: 'The fourth floor.', photos: [] });
    await replyAsTipster({ code: receipt.code, passphrase: receipt.passphrase, body: 'Room 402.', photos: [] });
    const view = await openTipStatus({ code: receipt.code, passphrase: receipt.passphrase });
    expect(view.messages.map((message) => message.body)).toEqual(['Which floor?', 'The fourth floor.', 'Room 402.']);
    expect(view.messages[1]!.at).toBe(new Date(asked.getTime() + 1).toISOString());
  });

  it('refuses wrong credentials and empty messages, storing nothing', async () => {
    const receipt = await makeTip();
    const rows = async () => ({ messages: await db.message.count({ where: { tipId: receipt.tipId } }), attachments: await db.attachment.count({ where: { tipId: receipt.tipId } }) });
    const before = await rows();
    expect(await failure(replyAsTipster({ code: receipt.code, passphrase: wrongPassphrase(receipt.passphrase), body: 'Hello', photos: [await jpegOf(73)] }))).toEqual(WRONG);
    const empty = await replyAsTipster({ code: receipt.code, passphrase: receipt.passphrase, body: '   ', photos: [] }).catch((error: unknown) => error);
    expect((empty as { name?: string }).name).toBe('ZodError');
    const badPhoto = await replyAsTipster({ code: receipt.code, passphrase: receipt.passphrase, body: 'Look', photos: [Buffer.from('not a photo at all')] }).catch((error: unknown) => error);
    expect((badPhoto as AppError).messageKey).toBe('uploads.errors.notImage');
    expect(await rows()).toEqual(before);
  });
});

describe('tipster session', () => {
  it('round-trips the credentials for 15 minutes and refuses tampering', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const value = sealTipsterSession({ code: '1234-5678-9012', passphrase: '1111-2222-3333-4444' }, now);
    expect(value).not.toContain('1234');
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openTipsterSession(value, new Date(now.getTime() + TIPSTER_SESSION_TTL_MS - 1))).toEqual({ code: '1234-5678-9012', passphrase: '1111-2222-3333-4444' });
    expect(openTipsterSession(value, new Date(now.getTime() + TIPSTER_SESSION_TTL_MS))).toBeNull();
    const bytes = Buffer.from(value, 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(openTipsterSession(bytes.toString('base64url'), now)).toBeNull();
    expect(openTipsterSession('garbage', now)).toBeNull();
    expect(openTipsterSession(undefined, now)).toBeNull();
  });
});
