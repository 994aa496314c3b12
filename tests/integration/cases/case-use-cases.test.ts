import { describe, expect, it } from 'vitest';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { getCase } from '@/lib/cases/get-case';
import { listCases } from '@/lib/cases/list-cases';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';

const phnomPenh = { provinceCode: 'KH-12', location: { lat: 11.56, lng: 104.92, source: 'GPS' as const } };

describe('case use-cases', () => {
  it('getCase shows safe tip summaries with the first informant marked, and audits the view', async () => {
    const officer = await makeStaff('OFFICER');
    const opened = await makeCase(officer.actor, { tips: 3 });
    const detail = await getCase(officer.actor, opened.id);
    expect(detail.tips.map((tip) => tip.id)).toEqual(opened.tips.map((tip) => tip.tipId));
    expect(detail.tips.map((tip) => tip.isFirstInformant)).toEqual([true, false, false]);
    expect(Object.keys(detail.tips[0]!)).not.toContain('description');
    expect(detail.mayEdit).toBe(true);
    expect(detail.nextMoves.filter((next) => next.manual).map((next) => next.to)).toEqual(['INVESTIGATING', 'CLOSED']);
    expect(detail.nextMoves.map((next) => next.move)).not.toContain('recordRaid');
    expect(await db.auditEvent.count({ where: { action: 'case.viewed', targetId: opened.id, actorId: officer.id } })).toBe(1);
  });

  it('status changes follow the workflow; notes and assignment are stored and audited', async () => {
    const officer = await makeStaff('OFFICER');
    const colleague = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const elsewhere = await makeStaff('OFFICER', { provinceCodes: ['KH-12'] });
    const opened = await makeCase(officer.actor);

    await expect(changeCaseStatus(officer.actor, { caseId: opened.id, status: 'RAIDED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(changeCaseStatus(officer.actor, { caseId: opened.id, status: 'RAID_PLANNED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await changeCaseStatus(officer.actor, { caseId: opened.id, status: 'INVESTIGATING' });
    await changeCaseStatus(officer.actor, { caseId: opened.id, status: 'RAID_PLANNED' });

    await addCaseNote(officer.actor, { caseId: opened.id, body: '  Two guards at the back gate.  ' });
    await expect(addCaseNote(officer.actor, { caseId: opened.id, body: '   ' })).rejects.toThrow();
    await assignCase(officer.actor, { caseId: opened.id, assigneeId: colleague.id });
    await expect(assignCase(officer.actor, { caseId: opened.id, assigneeId: elsewhere.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const detail = await getCase(officer.actor, opened.id);
    expect(detail).toMatchObject({ status: 'RAID_PLANNED', assignee: { id: colleague.id } });
    expect(detail.notes.map((note) => note.body)).toEqual(['Two guards at the back gate.']);
    const actions = (await db.auditEvent.findMany({ where: { targetId: opened.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual(['case.created', 'case.status_changed', 'case.status_changed', 'case.note_added', 'case.updated', 'case.viewed']);
  });

  it('out of scope is 404 with nothing changed; roles without cases.read are refused', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const hidden = await makeCase(supervisor.actor, { tipOverrides: phnomPenh });
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const before = await db.case.findUniqueOrThrow({ where: { id: hidden.id } });
    await expect(getCase(officer.actor, hidden.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(changeCaseStatus(officer.actor, { caseId: hidden.id, status: 'INVESTIGATING' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addCaseNote(officer.actor, { caseId: hidden.id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignCase(officer.actor, { caseId: hidden.id, assigneeId: officer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.case.findUniqueOrThrow({ where: { id: hidden.id } })).toEqual(before);
    expect(await db.note.count({ where: { caseId: hidden.id } })).toBe(0);
    const rewards = await makeStaff('REWARDS_ADMIN');
    await expect(getCase(rewards.actor, hidden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listCases(rewards.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists by province scope and status, paging by keyset without gaps or repeats', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const hidden = await makeCase(supervisor.actor, { tips: 1, tipOverrides: phnomPenh });
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const mine = [];
    for (let index = 0; index < 5; index++) mine.push(await makeCase(officer.actor, { tips: 1 }));
    await changeCaseStatus(officer.actor, { caseId: mine[0]!.id, status: 'INVESTIGATING' });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(officer.actor, { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const created of mine) expect(seen).toContain(created.id);
    expect(seen).not.toContain(hidden.id);

    const investigating = await listCases(officer.actor, { status: 'INVESTIGATING', limit: 100 });
    expect(investigating.items.map((item) => item.id)).toContain(mine[0]!.id);
    expect(investigating.items.every((item) => item.status === 'INVESTIGATING')).toBe(true);
    const all = await listCases(supervisor.actor, { provinceCode: 'KH-12', limit: 100 });
    expect(all.items.map((item) => item.id)).toContain(hidden.id);
    expect(all.items.every((item) => item.provinceCode === 'KH-12')).toBe(true);
  });
});
