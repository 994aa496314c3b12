/**
 * Retention on a database of its own (it deletes old tips wherever they come from, so it must
 * not see other test files' tips): redaction, purge, what is kept, aggregate counts, the
 * audit trail, and both chains still verifying.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-retention-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/lib/db/client';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { keyRows } from '@/lib/dedup/keys';
import { applyRetention } from '@/lib/retention/apply-retention';
import { monthKey } from '@/lib/stats/periods';
import { createAttachments, sanitisePhotos, withStoredPhotos } from '@/lib/uploads/store-photos';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase, makeRaid, makeReward } from '../../helpers/factories-stats';
import { jpegOf } from '../../helpers/images';
import { usePrivateDatabase } from '../../helpers/ops/private-database';

const { url: privateUrl } = usePrivateDatabase('retention');

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

async function withPhoto(tipId: string, seed: number): Promise<string> {
  const images = await sanitisePhotos([await jpegOf(seed)]);
  return withStoredPhotos(images, async (tx, photos) => {
    await createAttachments(tx, tipId, photos, new Date());
    await tx.message.create({ data: { tipId, direction: 'FROM_TIPSTER', body: 'The guards change at midnight.', createdAt: new Date() } });
    return photos[0]!.storageKey;
  });
}
const blobExists = (key: string) => existsSync(path.join(uploadDir, `${key}.bin`));

describe('retention', () => {
  it('redacts old unfounded and duplicate tips, purges very old ones unless a case or a reward needs them, and keeps the counts and the chains', async () => {
    expect(new URL(process.env.DATABASE_URL!).pathname).toBe(new URL(privateUrl).pathname);
    // Redaction (closed 200 days ago with the 180-day default).
    const unfounded = await makeTip(
      { description: 'Manager Chen Wei recruits at the casino, call 012 345 678', landmark: 'Blue gate', indicators: ['guards'] },
      { receivedAt: daysAgo(200) },
    );
    const keysOf = async (tipId: string) => (await db.dedupKey.findMany({ where: { tipId }, select: { key: true } })).map((row) => row.key).sort();
    expect((await keysOf(unfounded.tipId)).some((key) => key.startsWith('p:'))).toBe(true);
    await db.tip.update({ where: { id: unfounded.tipId }, data: { status: 'CLOSED_UNFOUNDED' } });
    const unfoundedPhoto = await withPhoto(unfounded.tipId, 1);
    // What an officer noted often quotes the tip: it goes too, but who wrote it stays (conflicts of interest).
    const officer = await makeStaff('OFFICER');
    await db.note.create({ data: { tipId: unfounded.tipId, authorId: officer.id, body: 'Caller said Chen Wei drives the white Lexus.' } });
    const recentUnfounded = await makeTip({}, { receivedAt: daysAgo(20) });
    await db.tip.update({ where: { id: recentUnfounded.tipId }, data: { status: 'CLOSED_UNFOUNDED' } });
    const actioned = await makeTip({}, { receivedAt: daysAgo(200) });
    await db.tip.update({ where: { id: actioned.tipId }, data: { status: 'CLOSED_ACTIONED' } });

    // Purge (older than 730 days).
    const ancient = await makeTip({ provinceCode: 'KH-7' }, { receivedAt: daysAgo(800) });
    const ancientPhoto = await withPhoto(ancient.tipId, 2);
    const inOpenCase = await makeTip({}, { receivedAt: daysAgo(800) });
    await makeCase({ tipIds: [inOpenCase.tipId] });
    const inClosedCase = await makeTip({}, { receivedAt: daysAgo(800) });
    const closedCase = await makeCase({ tipIds: [inClosedCase.tipId] });
    await db.case.update({ where: { id: closedCase.id }, data: { status: 'CLOSED', firstInformantTipId: inClosedCase.tipId } });
    const rewarded = await makeTip({}, { receivedAt: daysAgo(800) });
    const rewardCase = await makeCase({ tipIds: [rewarded.tipId] });
    const raid = await makeRaid({ caseId: rewardCase.id, raidedOn: daysAgo(790).toISOString().slice(0, 10) });
    await db.case.update({ where: { id: rewardCase.id }, data: { status: 'CLOSED' } });
    await makeReward({ tipId: rewarded.tipId, raidId: raid.id, amountMinor: 10_000n, state: 'PROPOSED' });

    const result = await applyRetention({ now });
    expect(result).toEqual({ redacted: 1, purged: 2, photosRemoved: 2 });

    const redacted = await db.tip.findUniqueOrThrow({ where: { id: unfounded.tipId }, include: { attachments: true, messages: true } });
    expect(redacted).toMatchObject({ description: '', landmark: null, indicators: [], attachments: [], messages: [], status: 'CLOSED_UNFOUNDED' });
    // Nothing read from the text is left for duplicate detection: the keys and features of an empty text.
    const empty = keyRows([{ id: unfounded.tipId, lat: redacted.lat, lng: redacted.lng, receivedAt: redacted.receivedAt, text: '' }]);
    expect(redacted.dedupFeatures).toBe(empty.features[0]);
    expect(await keysOf(unfounded.tipId)).toEqual([...empty.keys].sort());
    expect(blobExists(unfoundedPhoto)).toBe(false);
    expect(await db.note.findMany({ where: { tipId: unfounded.tipId }, select: { body: true, authorId: true } })).toEqual([{ body: '', authorId: officer.id }]);
    const redactedEvent = await db.auditEvent.findFirstOrThrow({ where: { action: 'tip.redacted', targetId: unfounded.tipId } });
    expect(redactedEvent.detail).toMatchObject({ photos: 1, messages: 1, notes: 1 });
    expect((await db.tip.findUniqueOrThrow({ where: { id: recentUnfounded.tipId } })).description).not.toBe('');
    expect((await db.tip.findUniqueOrThrow({ where: { id: actioned.tipId } })).description).not.toBe('');

    expect(await db.tip.findUnique({ where: { id: ancient.tipId } })).toBeNull();
    expect(await db.tip.findUnique({ where: { id: inClosedCase.tipId } })).toBeNull();
    expect(await db.case.findUniqueOrThrow({ where: { id: closedCase.id } })).toMatchObject({ firstInformantTipId: null });
    expect(blobExists(ancientPhoto)).toBe(false);
    expect(await db.tip.findUnique({ where: { id: inOpenCase.tipId } })).not.toBeNull();
    expect(await db.tip.findUnique({ where: { id: rewarded.tipId } })).not.toBeNull();

    const retired = await db.retiredTipCount.findMany({ orderBy: { provinceCode: 'asc' } });
    expect(retired.reduce((sum, row) => sum + row.count, 0)).toBe(2);
    expect(retired).toContainEqual({ month: monthKey(daysAgo(800)), provinceCode: 'KH-7', count: 1 });

    const events = await db.auditEvent.findMany({ where: { action: { in: ['tip.redacted', 'tip.purged'] } }, orderBy: { id: 'asc' } });
    expect(events.map((event) => [event.action, event.targetId]).sort()).toEqual(
      [['tip.purged', ancient.tipId], ['tip.purged', inClosedCase.tipId], ['tip.redacted', unfounded.tipId]].sort(),
    );
    expect(events.every((event) => event.actorId === null)).toBe(true);

    // Idempotent: a second night finds nothing more to do.
    expect(await applyRetention({ now })).toEqual({ redacted: 0, purged: 0, photosRemoved: 0 });
    expect((await verifyAuditChain(db)).brokenAt).toBeUndefined();
    expect((await verifyLedger(db)).problems).toEqual([]);
  });
});
