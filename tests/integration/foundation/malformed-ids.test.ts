/**
 * Decision 0875: a malformed id names nothing, so every use case an id reaches from a URL or a
 * form answers it exactly as it answers a well-formed id of nothing (the settled outcome a
 * console action or a route turns into its answer), and nothing is written. One test per area.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acknowledgeAlert } from '@/lib/alerts/acknowledge-alert';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { exportCaseFile } from '@/lib/cases/export-case-file';
import { getCase } from '@/lib/cases/get-case';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { mergeCases } from '@/lib/cases/merge-cases';
import { openCase } from '@/lib/cases/open-case';
import { db } from '@/lib/db/client';
import { dismissDuplicate } from '@/lib/dedup/dismiss-duplicate';
import { settleAction } from '@/lib/http/action';
import { askQuestions } from '@/lib/questions/ask-questions';
import { setQuestionActive } from '@/lib/questions/manage-questions';
import { recordRaid } from '@/lib/raids/record-raid';
import { approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { rewardHistory } from '@/lib/rewards/list-rewards';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { rejectReward } from '@/lib/rewards/reject-reward';
import { changeStaffMember } from '@/lib/staff/manage-staff';
import { addTipNote } from '@/lib/triage/add-tip-note';
import { assignTip } from '@/lib/triage/assign-tip';
import { bulkTriage } from '@/lib/triage/bulk-triage';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { messageTipster } from '@/lib/triage/message-tipster';
import { readTipPhoto } from '@/lib/triage/read-tip-photo';
import { setTipPriority } from '@/lib/triage/set-tip-priority';
import { viewTip } from '@/lib/triage/view-tip';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase, raidInput } from '../../helpers/factories-cases';
import { makeRaidedCase } from '../../helpers/factories-rewards';

const MALFORMED = ['not-a-uuid', '', '00000000-0000-4000-8000-00000000000g', "1' OR '1'='1", 'x'.repeat(5_000)];

/** What the rows these tests own look like: their staff's audit events and writings, and the fixtures' rows. */
async function fingerprint(staff: string[], rows: string[]): Promise<string> {
  const [state] = await db.$queryRaw<{ state: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT count(*) FROM "AuditEvent" WHERE "actorId"::text = ANY(${staff}::text[])),
      (SELECT count(*) FROM "Note" WHERE "authorId"::text = ANY(${staff}::text[])),
      (SELECT count(*) FROM "Message" WHERE "authorId"::text = ANY(${staff}::text[])),
      (SELECT count(*) FROM "DuplicateDismissal" WHERE "decidedById"::text = ANY(${staff}::text[])),
      (SELECT count(*) FROM "Case" WHERE "createdById"::text = ANY(${staff}::text[])),
      (SELECT count(*) FROM "Raid" WHERE "recordedById"::text = ANY(${staff}::text[])),
      (SELECT count(*) FROM "Reward" WHERE "proposedById"::text = ANY(${staff}::text[])),
      (SELECT string_agg(d::text, ',' ORDER BY d.id) FROM "AlertDelivery" d WHERE d."staffId"::text = ANY(${staff}::text[])),
      (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM "Tip" t WHERE t.id::text = ANY(${rows}::text[])),
      (SELECT string_agg(c::text, ',' ORDER BY c.id) FROM "Case" c WHERE c.id::text = ANY(${rows}::text[])),
      (SELECT string_agg(r::text, ',' ORDER BY r.id) FROM "Reward" r WHERE r.id::text = ANY(${rows}::text[])),
      (SELECT string_agg(s::text, ',' ORDER BY s.id) FROM "StaffUser" s WHERE s.id::text = ANY(${staff}::text[]))
    )) AS state`;
  return state!.state;
}

/**
 * Calls `run` with each malformed id and with a well-formed id of nothing, settled as a console
 * action settles it (code, message key, field errors); every answer must equal the unknown id's,
 * and the rows must not change. `view` keeps what may be compared (e.g. drops a batch id).
 */
async function answersAlike(scope: { staff: string[]; rows: string[] }, run: (id: string) => Promise<unknown>, view: (data: unknown) => unknown = (data) => data, malformed = MALFORMED) {
  const before = await fingerprint(scope.staff, scope.rows);
  const answer = async (id: string) => {
    const settled = await settleAction('malformed-ids', () => run(id));
    return settled.ok ? { ok: true, data: view(settled.data) } : settled;
  };
  const unknown = await answer(randomUUID());
  for (const id of malformed) expect(await answer(id), `id ${JSON.stringify(id.slice(0, 40))}`).toEqual(unknown);
  expect(await fingerprint(scope.staff, scope.rows)).toBe(before);
  return unknown;
}

const notFound = { ok: false, error: 'NOT_FOUND', messageKey: 'errors.NOT_FOUND' };

describe('a malformed id gets the answer an unknown id gets, and changes nothing (decision 0875)', () => {
  it('tips, their photos, notes, messages, assignees and duplicates', async () => {
    const officer = await makeStaff('OFFICER');
    const tip = await makeTip();
    const other = await makeTip();
    const scope = { staff: [officer.id], rows: [tip.tipId, other.tipId] };
    const { actor } = officer;
    expect(await answersAlike(scope, (id) => viewTip(actor, id))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => setTipPriority(actor, { tipId: id, priority: 'HIGH' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => changeTipStatus(actor, { tipId: id, status: 'TRIAGED' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => addTipNote(actor, { tipId: id, body: 'Checked the map.' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => messageTipster(actor, { tipId: id, body: 'Which gate?' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => assignTip(actor, { tipId: id, assigneeId: '' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => readTipPhoto(actor, { tipId: id, attachmentId: randomUUID() }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => readTipPhoto(actor, { tipId: tip.tipId, attachmentId: id }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => dismissDuplicate(actor, { tipId: tip.tipId, otherTipId: id }))).toEqual(notFound);
    // A choice in a form: an assignee who is nobody is refused as one who may not be assigned.
    expect(await answersAlike(scope, (id) => assignTip(actor, { tipId: tip.tipId, assigneeId: id }), undefined, MALFORMED.filter(Boolean))).toEqual({
      ok: false, error: 'BAD_REQUEST', messageKey: 'triage.errors.assignee',
    });
    // Other fields are still checked first, whatever the id.
    expect(await answersAlike(scope, (id) => addTipNote(actor, { tipId: id, body: '' }))).toMatchObject({ error: 'BAD_REQUEST', fields: { body: 'triage.errors.noteEmpty' } });
  });

  it('bulk triage: a malformed tip, assignee or case is refused per tip like an unknown one, and nothing is applied', async () => {
    const officer = await makeStaff('OFFICER');
    const tip = await makeTip();
    const scope = { staff: [officer.id], rows: [tip.tipId] };
    const reasons = (data: unknown) => {
      const result = data as { refused: { reason: string }[]; ok: string[]; applied: boolean };
      return { refused: result.refused.map((entry) => entry.reason), ok: result.ok, applied: result.applied };
    };
    expect(await answersAlike(scope, (id) => bulkTriage(officer.actor, { action: 'priority', value: 'HIGH', tipIds: [tip.tipId, id] }), reasons)).toEqual({
      ok: true, data: { refused: ['errors.NOT_FOUND'], ok: [tip.tipId], applied: false },
    });
    expect(await answersAlike(scope, (id) => bulkTriage(officer.actor, { action: 'closeUnfounded', tipIds: [tip.tipId, id] }), reasons)).toMatchObject({
      data: { refused: ['errors.NOT_FOUND'], applied: false },
    });
    expect(await answersAlike(scope, (id) => bulkTriage(officer.actor, { action: 'assign', value: id, tipIds: [tip.tipId] }), reasons, MALFORMED.filter(Boolean))).toEqual({
      ok: true, data: { refused: ['triage.errors.assignee'], ok: [], applied: false },
    });
    // No case chosen at all is a field to fill in; a case that is nobody's is not found, per tip.
    expect(await answersAlike(scope, (id) => bulkTriage(officer.actor, { action: 'link', value: id, tipIds: [tip.tipId] }), reasons, MALFORMED.filter(Boolean))).toEqual({
      ok: true, data: { refused: ['errors.NOT_FOUND'], ok: [], applied: false },
    });
  });

  it('cases: reading, exporting, notes, status, assignment, linking, merging, opening and recording a raid', async () => {
    const officer = await makeStaff('OFFICER');
    const supervisor = await makeStaff('SUPERVISOR');
    const kase = await makeCase(officer.actor, { status: 'INVESTIGATING' });
    const loose = await makeTip();
    const scope = { staff: [officer.id, supervisor.id], rows: [kase.id, loose.tipId, ...kase.tips.map((tip) => tip.tipId)] };
    const { actor } = officer;
    expect(await answersAlike(scope, (id) => getCase(actor, id))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => exportCaseFile(supervisor.actor, { caseId: id }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => addCaseNote(actor, { caseId: id, body: 'Visited.' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => changeCaseStatus(actor, { caseId: id, status: 'RAID_PLANNED' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => assignCase(actor, { caseId: id, assigneeId: null }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => linkTipToCase(actor, { tipId: loose.tipId, caseId: id }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => linkTipToCase(actor, { tipId: id, caseId: kase.id }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => mergeCases(actor, { targetCaseId: kase.id, sourceCaseId: id }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => openCase(actor, { tipIds: [loose.tipId, id], title: 'Compound by the river' }))).toEqual(notFound);
    // Before: a malformed case id was a field error here and "not found" everywhere else.
    expect(await answersAlike(scope, (id) => recordRaid(supervisor.actor, raidInput(id)))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => assignCase(actor, { caseId: kase.id, assigneeId: id }), undefined, MALFORMED.filter(Boolean))).toEqual({
      ok: false, error: 'BAD_REQUEST', messageKey: 'cases.errors.assignee',
    });
  });

  it('rewards: proposing, approving, rejecting, cancelling and the history page', async () => {
    const raided = await makeRaidedCase();
    const admin = await makeStaff('REWARDS_ADMIN');
    const scope = { staff: [admin.id], rows: [raided.caseId, ...raided.tips.map((tip) => tip.tipId)] };
    const notEligible = { ok: false, error: 'NOT_FOUND', messageKey: 'rewards.errors.notEligible' };
    expect(await answersAlike(scope, (id) => proposeReward(admin.actor, { tipId: id, raidId: raided.raidId }))).toEqual(notEligible);
    expect(await answersAlike(scope, (id) => proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: id }))).toEqual(notEligible);
    // Before: a malformed reward id was a form error (400), an unknown one "not found" (404).
    expect(await answersAlike(scope, (id) => approveReward(admin.actor, { rewardId: id }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => rejectReward(admin.actor, { rewardId: id, reason: 'Not the same compound.' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => cancelReward(admin.actor, { rewardId: id, reason: 'Entered twice.' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => rewardHistory(admin.actor, id))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => rejectReward(admin.actor, { rewardId: id, reason: '' }))).toMatchObject({ error: 'BAD_REQUEST', fields: { reason: 'rewards.errors.reasonRequired' } });
  });

  it('staff, standard questions, alerts and the audit log', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    const supervisor = await makeStaff('SUPERVISOR');
    const officer = await makeStaff('OFFICER');
    const tip = await makeTip();
    const scope = { staff: [admin.id, supervisor.id, officer.id], rows: [tip.tipId] };
    // Before: a malformed staff id reached the database and came back as "the data sent is invalid".
    expect(await answersAlike(scope, (id) => changeStaffMember(admin.actor, { staffId: id, change: 'deactivate' }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => changeStaffMember(admin.actor, { staffId: id, change: 'role', role: 'SUPERVISOR', provinceCodes: [] }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => setQuestionActive(supervisor.actor, { questionId: id, active: false }))).toEqual(notFound);
    expect(await answersAlike(scope, (id) => askQuestions(officer.actor, { tipId: tip.tipId, questionIds: [id] }))).toEqual({
      ok: false, error: 'BAD_REQUEST', messageKey: 'mailboxConsole.errors.question',
    });
    expect(await answersAlike(scope, (id) => acknowledgeAlert(officer.actor, id))).toEqual({ ok: true, data: false });
    // A filter naming nobody finds nothing (looking is audited, so only the answers are compared).
    for (const actorId of [randomUUID(), ...MALFORMED.filter(Boolean)]) {
      expect((await listAuditEvents(supervisor.actor, { actorId })).events).toEqual([]);
    }
  });
});
