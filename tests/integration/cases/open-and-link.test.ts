import { describe, expect, it } from 'vitest';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { openCase } from '@/lib/cases/open-case';
import { CASE_REFERENCE_PATTERN } from '@/lib/cases/case-reference';
import { db } from '@/lib/db/client';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase, makeTipsHoursApart } from '../../helpers/factories-cases';

const caseRow = (id: string) => db.case.findUniqueOrThrow({ where: { id } });
const tipRows = (ids: string[]) => db.tip.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, caseId: true } });
const caseEvents = (caseId: string) => db.auditEvent.findMany({ where: { targetType: 'case', targetId: caseId }, orderBy: { id: 'asc' } });

describe('openCase', () => {
  it('makes the earliest tip the first informant, moves every tip to LINKED, audits, and gives a reference', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const [older, newer] = await makeTipsHoursApart(2);
    // given newest first: the order of the ids must not matter
    const created = await openCase(officer.actor, { tipIds: [newer!.tipId, older!.tipId], title: 'Otres road compound' });

    expect(created.reference).toMatch(CASE_REFERENCE_PATTERN);
    const row = await caseRow(created.id);
    expect(row).toMatchObject({ title: 'Otres road compound', status: 'OPEN', provinceCode: 'KH-18', firstInformantTipId: older!.tipId, createdById: officer.id });
    expect(row.lat).not.toBeNull();
    for (const tip of await tipRows([older!.tipId, newer!.tipId])) expect(tip).toMatchObject({ status: 'LINKED', caseId: created.id });

    const events = await caseEvents(created.id);
    expect(events.map((event) => event.action)).toEqual(['case.created']);
    expect(events[0]).toMatchObject({ actorId: officer.id, detail: { firstInformantTipId: older!.tipId } });
    expect(await db.auditEvent.count({ where: { action: 'tip.status_changed', targetId: { in: [older!.tipId, newer!.tipId] } } })).toBe(2);
  });

  it('answers 404 when one tip is outside the officer\'s provinces, and stores nothing', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const mine = await makeTip({ provinceCode: 'KH-18' });
    const hidden = await makeTip({ provinceCode: 'KH-12', location: { lat: 11.56, lng: 104.92, source: 'GPS' } });
    await expect(openCase(officer.actor, { tipIds: [mine.tipId, hidden.tipId], title: 'Mixed' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // counted by this test's own officer: other tests run alongside in the same database
    expect(await db.case.count({ where: { createdById: officer.id } })).toBe(0);
    for (const tip of await tipRows([mine.tipId, hidden.tipId])) expect(tip).toMatchObject({ status: 'NEW', caseId: null });
  });

  it('refuses a role without cases.manage and a bad title, storing nothing', async () => {
    const tip = await makeTip();
    const rewards = await makeStaff('REWARDS_ADMIN');
    await expect(openCase(rewards.actor, { tipIds: [tip.tipId], title: 'Not mine' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const officer = await makeStaff('OFFICER');
    await expect(openCase(officer.actor, { tipIds: [tip.tipId], title: ' x ' })).rejects.toThrow();
    expect((await tipRows([tip.tipId]))[0]).toMatchObject({ status: 'NEW', caseId: null });
  });

  it('refuses a tip that already belongs to another case, and rolls the new case back', async () => {
    const officer = await makeStaff('OFFICER');
    const existing = await makeCase(officer.actor, { tips: 1 });
    const fresh = await makeTip();
    await expect(openCase(officer.actor, { tipIds: [fresh.tipId, existing.tips[0]!.tipId], title: 'Second case' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.case.count({ where: { createdById: officer.id } })).toBe(1);
    expect((await tipRows([fresh.tipId]))[0]).toMatchObject({ status: 'NEW', caseId: null });
  });
});

describe('linkTipToCase', () => {
  it('an earlier tip becomes the first informant; a later one does not', async () => {
    const officer = await makeStaff('OFFICER');
    const opened = await makeCase(officer.actor, { tips: 1 });
    const original = opened.tips[0]!;
    const later = await makeTip({}, { receivedAt: new Date() });
    const earlier = await makeTip({}, { receivedAt: new Date(Date.now() - (original.hoursAgo + 5) * 3_600_000) });

    await linkTipToCase(officer.actor, { tipId: later.tipId, caseId: opened.id });
    expect((await caseRow(opened.id)).firstInformantTipId).toBe(original.tipId);

    await linkTipToCase(officer.actor, { tipId: earlier.tipId, caseId: opened.id });
    expect((await caseRow(opened.id)).firstInformantTipId).toBe(earlier.tipId);
    for (const tip of await tipRows([later.tipId, earlier.tipId])) expect(tip).toMatchObject({ status: 'LINKED', caseId: opened.id });

    const merges = (await caseEvents(opened.id)).filter((event) => event.action === 'case.tip_merged');
    // Taking a tip in is a case move that keeps the status: the event says so, like every move.
    expect(merges.map((event) => event.detail)).toEqual([
      { from: 'OPEN', to: 'OPEN', tipId: later.tipId, firstInformantTipId: original.tipId, firstInformantChanged: false },
      { from: 'OPEN', to: 'OPEN', tipId: earlier.tipId, firstInformantTipId: earlier.tipId, firstInformantChanged: true },
    ]);
    // linking again is a no-op, not a second audit row
    await linkTipToCase(officer.actor, { tipId: earlier.tipId, caseId: opened.id });
    expect((await caseEvents(opened.id)).filter((event) => event.action === 'case.tip_merged')).toHaveLength(2);
  });

  it('answers 404 for a case or tip outside the officer\'s provinces, with rows unchanged', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const phnomPenh = { provinceCode: 'KH-12', location: { lat: 11.56, lng: 104.92, source: 'GPS' as const } };
    const hiddenCase = await makeCase(supervisor.actor, { tips: 1, tipOverrides: phnomPenh });
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const myTip = await makeTip();
    const hiddenTip = await makeTip(phnomPenh);
    const myCase = await makeCase(officer.actor, { tips: 1 });
    const before = await caseRow(hiddenCase.id);

    await expect(linkTipToCase(officer.actor, { tipId: myTip.tipId, caseId: hiddenCase.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(linkTipToCase(officer.actor, { tipId: hiddenTip.tipId, caseId: myCase.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(linkTipToCase(officer.actor, { tipId: 'not-a-uuid', caseId: myCase.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await caseRow(hiddenCase.id)).toEqual(before);
    for (const tip of await tipRows([myTip.tipId, hiddenTip.tipId])) expect(tip).toMatchObject({ status: 'NEW', caseId: null });
    expect((await caseEvents(hiddenCase.id)).map((event) => event.action)).toEqual(['case.created']);
  });
});
