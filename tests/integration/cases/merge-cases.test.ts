import { describe, expect, it } from 'vitest';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { mergeCases } from '@/lib/cases/merge-cases';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { db } from '@/lib/db/client';
import { recordRaid } from '@/lib/raids/record-raid';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase, raidInput } from '../../helpers/factories-cases';

const caseRow = (id: string) => db.case.findUniqueOrThrow({ where: { id } });
const HOUR = 3_600_000;

describe('mergeCases', () => {
  it('moves the tips, keeps the earliest informant of both, leaves B read-only; both audited', async () => {
    const officer = await makeStaff('OFFICER');
    const target = await makeCase(officer.actor, { tips: 1 }); // tip 1 hour ago
    const older = await makeTip({}, { receivedAt: new Date(Date.now() - 48 * HOUR) });
    const newer = await makeTip({}, { receivedAt: new Date(Date.now() - 10 * 60_000) });
    const source = await makeCase(officer.actor, { tips: 0 + 1 });
    await linkTipToCase(officer.actor, { tipId: older.tipId, caseId: source.id });
    await linkTipToCase(officer.actor, { tipId: newer.tipId, caseId: source.id });
    expect((await caseRow(source.id)).firstInformantTipId).toBe(older.tipId);

    await mergeCases(officer.actor, { targetCaseId: target.id, sourceCaseId: source.id });

    const a = await caseRow(target.id);
    const b = await caseRow(source.id);
    expect(a.firstInformantTipId).toBe(older.tipId);
    expect(b).toMatchObject({ mergedIntoId: target.id, status: 'CLOSED', firstInformantTipId: null });
    const tips = await db.tip.findMany({ where: { caseId: target.id }, select: { id: true, status: true } });
    expect(tips.map((tip) => tip.id).sort()).toEqual([target.tips[0]!.tipId, source.tips[0]!.tipId, older.tipId, newer.tipId].sort());
    expect(tips.every((tip) => tip.status === 'LINKED')).toBe(true);
    expect(await db.tip.count({ where: { caseId: source.id } })).toBe(0);

    const merged = await db.auditEvent.findMany({ where: { action: 'case.merged', targetId: { in: [target.id, source.id] } } });
    expect(merged.map((event) => event.targetId).sort()).toEqual([target.id, source.id].sort());
    expect(merged.find((event) => event.targetId === target.id)!.detail).toMatchObject({ sourceCaseId: source.id, firstInformantTipId: older.tipId, firstInformantChanged: true });

    // B is read-only now
    await expect(changeCaseStatus(officer.actor, { caseId: source.id, status: 'INVESTIGATING' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(linkTipToCase(officer.actor, { tipId: (await makeTip()).tipId, caseId: source.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps the target\'s informant when it is the earlier one', async () => {
    const officer = await makeStaff('OFFICER');
    const target = await makeCase(officer.actor, { tips: 1 });
    const later = await makeTip({}, { receivedAt: new Date() });
    const source = await makeCase(officer.actor, { tips: 0 + 1 });
    await db.tip.update({ where: { id: source.tips[0]!.tipId }, data: { receivedAt: new Date(Date.now() + HOUR) } });
    await linkTipToCase(officer.actor, { tipId: later.tipId, caseId: source.id });
    await mergeCases(officer.actor, { targetCaseId: target.id, sourceCaseId: source.id });
    expect((await caseRow(target.id)).firstInformantTipId).toBe(target.tips[0]!.tipId);
  });

  it('refuses self-merge, merged cases, a raided source, and cases out of scope, changing nothing', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const supervisor = await makeStaff('SUPERVISOR');
    const a = await makeCase(officer.actor);
    const b = await makeCase(officer.actor);
    const c = await makeCase(officer.actor);
    await expect(mergeCases(officer.actor, { targetCaseId: a.id, sourceCaseId: a.id })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'cases.errors.mergeSelf' });

    await mergeCases(officer.actor, { targetCaseId: a.id, sourceCaseId: b.id });
    const bAfter = await caseRow(b.id);
    // into a merged case, and merging a merged case again
    await expect(mergeCases(officer.actor, { targetCaseId: b.id, sourceCaseId: c.id })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'cases.errors.merged' });
    await expect(mergeCases(officer.actor, { targetCaseId: c.id, sourceCaseId: b.id })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'cases.errors.merged' });
    expect(await caseRow(b.id)).toEqual(bAfter);
    expect(await db.tip.count({ where: { caseId: c.id } })).toBe(2);

    const raided = await makeCase(officer.actor, { status: 'INVESTIGATING' });
    await recordRaid(supervisor.actor, raidInput(raided.id));
    await expect(mergeCases(officer.actor, { targetCaseId: c.id, sourceCaseId: raided.id })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'cases.errors.mergeRaided' });
    expect(await db.tip.count({ where: { caseId: raided.id } })).toBe(2);

    const phnomPenh = { provinceCode: 'KH-12', location: { lat: 11.56, lng: 104.92, source: 'GPS' as const } };
    const hidden = await makeCase(supervisor.actor, { tipOverrides: phnomPenh });
    const hiddenBefore = await caseRow(hidden.id);
    await expect(mergeCases(officer.actor, { targetCaseId: c.id, sourceCaseId: hidden.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mergeCases(officer.actor, { targetCaseId: hidden.id, sourceCaseId: c.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await caseRow(hidden.id)).toEqual(hiddenBefore);
    expect(await db.tip.count({ where: { caseId: c.id } })).toBe(2);
  });
});
