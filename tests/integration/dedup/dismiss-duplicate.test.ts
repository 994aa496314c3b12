import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { dismissDuplicate } from '@/lib/dedup/dismiss-duplicate';
import { makeStaff, makeTip } from '../../helpers/factories';

const auditRows = (tipId: string) => db.auditEvent.findMany({ where: { action: 'tip.not_duplicate', targetId: tipId } });

describe('dismissDuplicate', () => {
  it('remembers the pair in order and audits it once, in the same transaction', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const a = await makeTip();
    const b = await makeTip();

    expect(await dismissDuplicate(officer.actor, { tipId: b.tipId, otherTipId: a.tipId })).toEqual({ created: true });
    const [tipAId, tipBId] = [a.tipId, b.tipId].sort();
    expect(await db.duplicateDismissal.findUnique({ where: { tipAId_tipBId: { tipAId: tipAId!, tipBId: tipBId! } } })).toMatchObject({ decidedById: officer.id });
    const events = await auditRows(b.tipId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: officer.id, actorRole: 'OFFICER', targetType: 'tip', detail: { otherTipId: a.tipId } });

    // again, from the other side: nothing new
    expect(await dismissDuplicate(officer.actor, { tipId: a.tipId, otherTipId: b.tipId })).toEqual({ created: false });
    expect(await auditRows(a.tipId)).toHaveLength(0);
    expect(await db.duplicateDismissal.count({ where: { tipAId: tipAId!, tipBId: tipBId! } })).toBe(1);
  });

  it('answers 404 for a tip outside the officer\'s provinces and stores nothing', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-12'] });
    const a = await makeTip({ provinceCode: 'KH-18' });
    const b = await makeTip({ provinceCode: 'KH-18' });
    await expect(dismissDuplicate(officer.actor, { tipId: a.tipId, otherTipId: b.tipId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.duplicateDismissal.count({ where: { OR: [{ tipAId: a.tipId }, { tipBId: a.tipId }] } })).toBe(0);
    expect(await auditRows(a.tipId)).toHaveLength(0);
  });

  it('refuses roles without tips.triage and a tip paired with itself', async () => {
    const a = await makeTip();
    const b = await makeTip();
    const rewards = await makeStaff('REWARDS_ADMIN');
    await expect(dismissDuplicate(rewards.actor, { tipId: a.tipId, otherTipId: b.tipId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const supervisor = await makeStaff('SUPERVISOR');
    await expect(dismissDuplicate(supervisor.actor, { tipId: a.tipId, otherTipId: a.tipId })).rejects.toThrow();
    expect(await db.duplicateDismissal.count({ where: { OR: [{ tipAId: a.tipId }, { tipBId: a.tipId }] } })).toBe(0);
  });
});
