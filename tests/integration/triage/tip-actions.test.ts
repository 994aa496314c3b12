import { describe, expect, it } from 'vitest';
import { openCase } from '@/lib/cases/open-case';
import { db } from '@/lib/db/client';
import { addTipNote } from '@/lib/triage/add-tip-note';
import { assignTip } from '@/lib/triage/assign-tip';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { listAccessFlags } from '@/lib/triage/list-access-flags';
import { messageTipster } from '@/lib/triage/message-tipster';
import { setTipPriority } from '@/lib/triage/set-tip-priority';
import { viewTip } from '@/lib/triage/view-tip';
import { makeStaff, makeTip } from '../../helpers/factories';

const kampot = { provinceCode: 'KH-7' as const, location: { lat: 10.61, lng: 104.18, source: 'GPS' as const } };

const eventsFor = (tipId: string) =>
  db.auditEvent.findMany({ where: { targetType: 'tip', targetId: tipId }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, detail: true } });

const fullRow = (tipId: string) => db.tip.findUniqueOrThrow({ where: { id: tipId } });

describe('tip detail and triage actions', () => {
  it('a detail view returns everything the tip says and writes tip.viewed', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ description: 'Guards at the gate of the blue tower, buses at night.', landmark: 'Behind the night market', indicators: ['guards', 'buses_at_night'] });
    const detail = await viewTip(officer.actor, tip.tipId);
    expect(detail).toMatchObject({ id: tip.tipId, landmark: 'Behind the night market', indicators: ['guards', 'buses_at_night'], provinceCode: 'KH-18', status: 'NEW' });
    expect(detail).not.toHaveProperty('passphraseHash');
    // Staff name a tip by its reference; the tip code stays with the tipster (decision 0800).
    expect(detail).not.toHaveProperty('code');
    expect(JSON.stringify(detail)).not.toContain(tip.code);
    expect(await eventsFor(tip.tipId)).toEqual([{ action: 'tip.viewed', actorId: officer.id, detail: null }]);
  });

  it('answers 404 for a tip outside the officer\'s provinces, for every action, and changes nothing', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ description: 'A compound in Kampot with high walls and guards.', ...kampot });
    const before = await fullRow(tip.tipId);
    const notFound = { code: 'NOT_FOUND' };
    await expect(viewTip(officer.actor, tip.tipId)).rejects.toMatchObject(notFound);
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'TRIAGED' })).rejects.toMatchObject(notFound);
    await expect(setTipPriority(officer.actor, { tipId: tip.tipId, priority: 'HIGH' })).rejects.toMatchObject(notFound);
    await expect(assignTip(officer.actor, { tipId: tip.tipId, assigneeId: officer.id })).rejects.toMatchObject(notFound);
    await expect(addTipNote(officer.actor, { tipId: tip.tipId, body: 'note' })).rejects.toMatchObject(notFound);
    await expect(messageTipster(officer.actor, { tipId: tip.tipId, body: 'hello' })).rejects.toMatchObject(notFound);
    await expect(viewTip(officer.actor, 'not-a-uuid')).rejects.toMatchObject(notFound);
    await expect(viewTip(officer.actor, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject(notFound);
    expect(await fullRow(tip.tipId)).toEqual(before);
    expect(await eventsFor(tip.tipId)).toEqual([]);
    expect(await db.note.count({ where: { tipId: tip.tipId } })).toBe(0);
    expect(await db.message.count({ where: { tipId: tip.tipId } })).toBe(0);
    // A supervisor sees it.
    const supervisor = await makeStaff('SUPERVISOR');
    expect((await viewTip(supervisor.actor, tip.tipId)).id).toBe(tip.tipId);
  });

  it('moves along the workflow and refuses what it does not allow, leaving the row unchanged', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ description: 'Workers never leave the compound near the port.' });

    // NEW cannot be closed as actioned (no case) nor as unfounded before triage.
    const untouched = await fullRow(tip.tipId);
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'CLOSED_ACTIONED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'CLOSED_UNFOUNDED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await fullRow(tip.tipId)).toEqual(untouched);

    expect(await changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'TRIAGED' })).toEqual({ from: 'NEW', to: 'TRIAGED' });
    const triaged = await fullRow(tip.tipId);
    expect(triaged.status).toBe('TRIAGED');
    expect(triaged.triagedAt).toBeInstanceOf(Date);

    // LINKED only through a case.
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'LINKED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', messageKey: 'triage.errors.needsCase' });
    const opened = await openCase(officer.actor, { tipIds: [tip.tipId], title: 'Port compound' });
    expect(await fullRow(tip.tipId)).toMatchObject({ status: 'LINKED', caseId: opened.id, triagedAt: triaged.triagedAt });

    expect(await changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'CLOSED_ACTIONED' })).toEqual({ from: 'LINKED', to: 'CLOSED_ACTIONED' });
    // Reopening is for supervisors.
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'TRIAGED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', messageKey: 'triage.errors.reopenSupervisor' });
    const supervisor = await makeStaff('SUPERVISOR');
    expect(await changeTipStatus(supervisor.actor, { tipId: tip.tipId, status: 'TRIAGED' })).toEqual({ from: 'CLOSED_ACTIONED', to: 'TRIAGED' });

    const changes = (await eventsFor(tip.tipId)).filter((event) => event.action === 'tip.status_changed').map((event) => event.detail as { from: string; to: string });
    expect(changes.map((change) => `${change.from}->${change.to}`)).toEqual(['NEW->TRIAGED', 'TRIAGED->LINKED', 'LINKED->CLOSED_ACTIONED', 'CLOSED_ACTIONED->TRIAGED']);
    // Bad input is a validation error, not a transition.
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'DONE' as never })).rejects.toThrow();
  });

  it('sets priority, assigns to an officer covering the province only, and adds notes, each audited', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const colleague = await makeStaff('OFFICER', { provinceCodes: ['KH-18', 'KH-7'] });
    const elsewhere = await makeStaff('OFFICER', { provinceCodes: ['KH-7'] });
    const tip = await makeTip({ description: 'Blacked-out windows on the top floors of the hotel.' });

    await setTipPriority(officer.actor, { tipId: tip.tipId, priority: 'HIGH' });
    await assignTip(officer.actor, { tipId: tip.tipId, assigneeId: colleague.id });
    await expect(assignTip(officer.actor, { tipId: tip.tipId, assigneeId: elsewhere.id })).rejects.toMatchObject({ code: 'BAD_REQUEST', messageKey: 'triage.errors.assignee' });
    const note = await addTipNote(officer.actor, { tipId: tip.tipId, body: 'Drove past: the windows are covered.' });
    await expect(addTipNote(officer.actor, { tipId: tip.tipId, body: '   ' })).rejects.toThrow();

    expect(await fullRow(tip.tipId)).toMatchObject({ priority: 'HIGH', assignedToId: colleague.id });
    expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).body).toBe('Drove past: the windows are covered.');
    expect((await eventsFor(tip.tipId)).map((event) => event.action)).toEqual(['tip.updated', 'tip.assigned', 'tip.note_added']);
    // The audit log names the note, never its text.
    expect(JSON.stringify(await eventsFor(tip.tipId))).not.toContain('windows are covered');

    const rewardsAdmin = await makeStaff('REWARDS_ADMIN');
    await expect(setTipPriority(rewardsAdmin.actor, { tipId: tip.tipId, priority: 'LOW' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a message to the tipster lands in their mailbox as the status page reads it', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ description: 'ក្រុមហ៊ុននៅជិតកំពង់ផែ មានអ្នកយាមច្រើន។', language: 'km' });
    const body = 'សូមអរគុណ។ តើអ្នកឃើញឡានក្រុងចូលម៉ោងប៉ុន្មាន?';
    const sent = await messageTipster(officer.actor, { tipId: tip.tipId, body });

    // What the tipster's status view reads: the tip by its code, its messages in order.
    const mailbox = await db.tip.findUniqueOrThrow({
      where: { code: tip.code },
      select: { messages: { orderBy: { createdAt: 'asc' }, select: { id: true, direction: true, body: true, authorId: true } } },
    });
    expect(mailbox.messages).toEqual([{ id: sent.id, direction: 'TO_TIPSTER', body, authorId: officer.id }]);
    expect((await eventsFor(tip.tipId)).map((event) => event.action)).toEqual(['tip.message_sent']);
    await expect(messageTipster(officer.actor, { tipId: tip.tipId, body: 'x'.repeat(2001) })).rejects.toThrow();
  });

  it('flags an account that opens more than N distinct tips within M minutes, once per window', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tips = [];
    for (let index = 0; index < 5; index++) tips.push(await makeTip({ description: `Tip number ${index} about a compound with guards.` }));
    const settings = { unusualAccess: { tips: 3, minutes: 10 } };
    const flags = () => db.auditEvent.count({ where: { action: 'access.flagged', targetId: officer.id } });

    for (const tip of tips.slice(0, 3)) await viewTip(officer.actor, tip.tipId, settings);
    // Opening the same tip again is not another distinct tip.
    await viewTip(officer.actor, tips[0]!.tipId, settings);
    expect(await flags()).toBe(0);
    await viewTip(officer.actor, tips[3]!.tipId, settings);
    expect(await flags()).toBe(1);
    await viewTip(officer.actor, tips[4]!.tipId, settings);
    expect(await flags()).toBe(1);

    const supervisor = await makeStaff('SUPERVISOR');
    const shown = (await listAccessFlags(supervisor.actor)).filter((flag) => flag.staffId === officer.id);
    expect(shown).toEqual([expect.objectContaining({ staffName: 'Test OFFICER', staffRole: 'OFFICER', distinctTips: 4, minutes: 10 })]);
    await expect(listAccessFlags(officer.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
