/**
 * The reward ledger against real PostgreSQL. One file, run in order, because the policy in
 * force and the budget are global to the database: each test publishes the policy it needs
 * and measures the budget relative to what it found.
 */
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { ledgerBalances } from '@/lib/ledger/balances';
import { exportLedger } from '@/lib/ledger/export-ledger';
import { trialBalance } from '@/lib/ledger/trial-balance';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { approveLargeReward, approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { eligibleTips } from '@/lib/rewards/eligible-tips';
import { expireVouchers } from '@/lib/rewards/expire-vouchers';
import { checkVoucher, payVoucher } from '@/lib/rewards/pay-voucher';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { rejectLargeReward, rejectReward } from '@/lib/rewards/reject-reward';
import { voucherHash } from '@/lib/rewards/voucher';
import { openAsTipster } from '@/lib/tips/tipster-box';
import type { Receipt } from '@/lib/tips/create-tip';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { mergeCases } from '@/lib/cases/merge-cases';
import { openCase } from '@/lib/cases/open-case';
import { recordRaid } from '@/lib/raids/record-raid';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { todayInCambodia } from '@/lib/raids/schema';
import { makeStaff, makeTip } from '../../helpers/factories';
import { fund, makePolicy, makeRaidedCase, TEST_POLICY } from '../../helpers/factories-rewards';

const usd = async () => (await ledgerBalances()).find((balance) => balance.currency === 'USD')!;

async function openVoucher(rewardId: string, receipt: Receipt): Promise<string> {
  const reward = await db.reward.findUniqueOrThrow({ where: { id: rewardId }, select: { voucherSealed: true, tip: { select: { tipsterPublicKey: true, tipsterKeySalt: true } } } });
  // The tipster's key comes from the passphrase's digits, as /status reads them.
  const code = await openAsTipster(receipt.passphrase.replace(/\D/g, ''), { publicKey: reward.tip.tipsterPublicKey, salt: reward.tip.tipsterKeySalt }, reward.voucherSealed!);
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  return code!;
}

/**
 * The ledger's problems, less those about Reward rows other test files insert straight into
 * the shared database (paid or expired, with no journal entries): rewards made through the
 * use-cases always have their reward.proposed event. Every other check stays global.
 */
async function ledgerProblems(report: Awaited<ReturnType<typeof verifyLedger>>): Promise<string[]> {
  const fixtures = new Set((await db.reward.findMany({ select: { id: true } })).map((reward) => reward.id));
  for (const event of await db.auditEvent.findMany({ where: { action: 'reward.proposed' }, select: { targetId: true } })) fixtures.delete(event.targetId!);
  return report.problems.filter((problem) => {
    const named = /^reward ([0-9a-f-]{36}) is /.exec(problem)?.[1];
    return !named || !fixtures.has(named);
  });
}

async function expectLedgerSound() {
  expect(await ledgerProblems(await verifyLedger(db))).toEqual([]);
  expect((await trialBalance()).balanced).toBe(true);
}

/** A second tip shares the raid, so the first informant's suggestion is 63,600: below the supervisor threshold. */
async function issuedVoucher(options: { amountMinor?: bigint } = {}) {
  const raided = await makeRaidedCase({ tips: 2 });
  const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
  const { id } = await proposeReward(proposer.actor, {
    tipId: raided.tips[0]!.tipId,
    raidId: raided.raidId,
    ...(options.amountMinor ? { amountMinor: options.amountMinor.toString(), justification: 'Adjusted for the test case at hand.' } : {}),
  });
  await approveReward(approver.actor, { rewardId: id });
  return { rewardId: id, raided, code: await openVoucher(id, raided.tips[0]!) };
}

describe('reward ledger', () => {
  it('runs the whole flow: eligible tips, proposal, four-eyes approval, voucher only the tipster opens, one payout', async () => {
    await makePolicy();
    await fund(500_000n);
    const before = await usd();
    const raided = await makeRaidedCase({ tips: 3, wantsReward: [true, true, false] });
    const [proposer, approver, desk] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];

    const eligible = (await eligibleTips(proposer.actor)).filter((tip) => tip.raidId === raided.raidId);
    // Pot: $500 closed + 10 x $50 victims + 3 x $20 suspects = $1,060; first 60% = $636, the one later tip $424; the third did not ask.
    expect(eligible.map((tip) => [tip.tipId, tip.isFirstInformant, tip.suggestion?.suggestedMinor])).toEqual([
      [raided.tips[0]!.tipId, true, 63_600n],
      [raided.tips[1]!.tipId, false, 42_400n],
    ]);

    const { id } = await proposeReward(proposer.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
    await expect(approveReward(proposer.actor, { rewardId: id })).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'rewards.errors.selfApproval' });
    expect(await approveReward(approver.actor, { rewardId: id })).toEqual({ state: 'VOUCHER_ISSUED' });

    const stored = await db.reward.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ state: 'VOUCHER_ISSUED', amountMinor: 63_600n, proposedById: proposer.id, approvedById: approver.id });
    expect(stored.voucherHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.voucherExpiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const code = await openVoucher(id, raided.tips[0]!);
    expect(voucherHash(code)).toBe(stored.voucherHash);
    expect(JSON.stringify(stored, (_key, value) => (typeof value === 'bigint' ? value.toString() : value))).not.toContain(code.replace(/-/g, ''));
    expect(await openAsTipster('000000000000', { publicKey: (await db.tip.findUniqueOrThrow({ where: { id: raided.tips[0]!.tipId } })).tipsterPublicKey, salt: (await db.tip.findUniqueOrThrow({ where: { id: raided.tips[0]!.tipId } })).tipsterKeySalt }, stored.voucherSealed!)).toBeNull();

    expect(await usd()).toMatchObject({ committedMinor: before.committedMinor + 63_600n, availableMinor: before.availableMinor - 63_600n });
    // The desk's first step shows what the code pays and pays nothing; a payment naming another reward is refused.
    expect(await checkVoucher(desk.actor, { code })).toMatchObject({ rewardId: id, state: 'VOUCHER_ISSUED', amountMinor: 63_600n, currency: 'USD' });
    await expect(payVoucher(desk.actor, { code, method: 'MOBILE_MONEY', reference: 'WING-778812', rewardId: raided.raidId })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'rewards.errors.voucherChanged' });
    expect(await db.reward.findUniqueOrThrow({ where: { id }, select: { state: true } })).toEqual({ state: 'VOUCHER_ISSUED' });
    // Typed as read aloud: lower case, spaces instead of dashes.
    const paid = await payVoucher(desk.actor, { code: code.toLowerCase().replace(/-/g, ' '), method: 'MOBILE_MONEY', reference: 'WING-778812', rewardId: id });
    expect(paid).toMatchObject({ outcome: 'PAID', rewardId: id, amountMinor: 63_600n });
    expect(await payVoucher(desk.actor, { code, method: 'MOBILE_MONEY', reference: 'WING-778812' })).toMatchObject({ outcome: 'ALREADY_PAID', rewardId: id });
    expect(await checkVoucher(desk.actor, { code })).toMatchObject({ state: 'PAID', payoutReference: 'WING-778812', paidAt: expect.any(Date) });
    expect(await usd()).toMatchObject({ committedMinor: before.committedMinor, paidMinor: before.paidMinor + 63_600n, availableMinor: before.availableMinor - 63_600n });
    expect(await db.journalEntry.count({ where: { rewardId: id } })).toBe(2);
    const actions = (await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((event) => event.action);
    expect(actions).toEqual(['reward.proposed', 'reward.approved', 'reward.voucher_issued', 'reward.paid']);
    // Proposed once: the tip is no longer eligible for that raid.
    expect((await eligibleTips(proposer.actor)).some((tip) => tip.tipId === raided.tips[0]!.tipId)).toBe(false);
    await expectLedgerSound();
  });

  it('needs a written justification for an amount other than the suggestion, and keeps within the caps', async () => {
    await makePolicy({ capPerRaidMinor: '110000' });
    await fund(500_000n);
    const raided = await makeRaidedCase({ tips: 2 });
    const admin = await makeStaff('REWARDS_ADMIN');
    await expect(proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId, amountMinor: '70000' })).rejects.toMatchObject({
      messageKey: 'rewards.errors.justificationRequired',
    });
    await expect(
      proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId, amountMinor: '100001', justification: 'The tip named the guards and the gate times.' }),
    ).rejects.toMatchObject({ messageKey: 'rewards.errors.aboveTipCap' });
    await proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
    // 63,600 proposed + 50,000 > the raid's cap of 110,000.
    await expect(
      proposeReward(admin.actor, { tipId: raided.tips[1]!.tipId, raidId: raided.raidId, amountMinor: '50000', justification: 'Photos of the second building.' }),
    ).rejects.toMatchObject({ messageKey: 'rewards.errors.aboveRaidCap' });
    expect(await db.reward.count({ where: { raidId: raided.raidId } })).toBe(1);
  });

  it('refuses anyone who handled the tip or the case, as proposer or approver', async () => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase();
    const [noteWriter, other, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    await db.note.create({ data: { tipId: raided.tips[0]!.tipId, authorId: noteWriter.id, body: 'Called the landlord.' } });
    const proposal = { tipId: raided.tips[0]!.tipId, raidId: raided.raidId };
    await expect(proposeReward(noteWriter.actor, proposal)).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'rewards.errors.conflictOfInterest' });
    const { id } = await proposeReward(other.actor, proposal);
    await expect(approveReward(noteWriter.actor, { rewardId: id })).rejects.toMatchObject({ messageKey: 'rewards.errors.conflictOfInterest' });
    // Someone who changed the tip, seen only in the audit log.
    await db.$transaction((tx) =>
      import('@/lib/audit/record-event').then(({ recordAuditEvent }) =>
        recordAuditEvent(tx, { actor: { id: approver.id, role: 'REWARDS_ADMIN' }, action: 'tip.status_changed', target: { type: 'tip', id: raided.tips[0]!.tipId } }),
      ),
    );
    await expect(approveReward(approver.actor, { rewardId: id })).rejects.toMatchObject({ messageKey: 'rewards.errors.conflictOfInterest' });
    expect((await db.reward.findUniqueOrThrow({ where: { id } })).state).toBe('PROPOSED');
  });

  it('needs a supervisor above the threshold, and not the supervisor who recorded the raid', async () => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase();
    const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, {
      tipId: raided.tips[0]!.tipId, raidId: raided.raidId, amountMinor: '90000', justification: 'The tip led to the rescue of most victims.',
    });
    expect(await approveReward(approver.actor, { rewardId: id })).toEqual({ state: 'APPROVED' });
    expect(await db.journalEntry.count({ where: { rewardId: id } })).toBe(0);
    await expect(approveLargeReward(raided.supervisor.actor, { rewardId: id })).rejects.toMatchObject({ messageKey: 'rewards.errors.conflictOfInterest' });
    await expect(approveReward(approver.actor, { rewardId: id })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const supervisor = await makeStaff('SUPERVISOR');
    expect(await approveLargeReward(supervisor.actor, { rewardId: id })).toEqual({ state: 'VOUCHER_ISSUED' });
    expect(await db.reward.findUniqueOrThrow({ where: { id } })).toMatchObject({ supervisorApprovedById: supervisor.id, state: 'VOUCHER_ISSUED' });
    await expectLedgerSound();
  });

  it('refuses a proposal above the remaining budget and stores nothing', async () => {
    await makePolicy({ currency: 'KHR', basePerCompoundMinor: '2000000', perVictimMinor: '200000', perSuspectMinor: '80000', capPerTipMinor: '4000000', capPerRaidMinor: '8000000', supervisorAboveMinor: '3200000' });
    const khr = (await ledgerBalances()).find((balance) => balance.currency === 'KHR')!;
    await fund(1_000n - khr.availableMinor > 0n ? 1_000n - khr.availableMinor : 1n, 'KHR');
    const raided = await makeRaidedCase();
    const admin = await makeStaff('REWARDS_ADMIN');
    // Counted for this tip and this (fresh) administrator only: other test files write in parallel.
    const stored = async () => [
      await db.reward.count({ where: { tipId: raided.tips[0]!.tipId } }),
      await db.journalEntry.count({ where: { createdById: admin.id } }),
      await db.auditEvent.count({ where: { actorId: admin.id } }),
    ];
    const before = await stored();
    await expect(proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId })).rejects.toMatchObject({ messageKey: 'rewards.errors.overBudget' });
    expect(await stored()).toEqual(before);
  });

  it('pays a voucher exactly once under 50 concurrent attempts', async () => {
    await makePolicy();
    await fund(500_000n);
    const { rewardId, code } = await issuedVoucher();
    const desks = await Promise.all(Array.from({ length: 5 }, () => makeStaff('REWARDS_ADMIN')));
    const before = await usd();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => payVoucher(desks[index % 5]!.actor, { code, method: 'CASH_OFFICE', reference: `RCPT-${index}` })),
    );
    expect(results.filter((result) => result.outcome === 'PAID')).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'ALREADY_PAID')).toHaveLength(49);
    expect(await db.journalEntry.count({ where: { rewardId, kind: 'PAYOUT' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: rewardId, action: 'reward.paid' } })).toBe(1);
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).state).toBe('PAID');
    expect((await usd()).paidMinor - before.paidMinor).toBe(63_600n);
    await expectLedgerSound();
  });

  it('returns the money of an expired voucher to the budget, and the desk refuses it', async () => {
    await makePolicy();
    await fund(500_000n);
    const { rewardId, code } = await issuedVoucher();
    const before = await usd();
    const expired = await expireVouchers({ now: new Date(Date.now() + 31 * 86_400_000) });
    expect(expired).toContain(rewardId);
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).state).toBe('EXPIRED');
    // Every voucher of the earlier tests is past that date too: all of them come back.
    const released = (await db.reward.findMany({ where: { id: { in: expired } }, select: { amountMinor: true } })).reduce((sum, reward) => sum + reward.amountMinor, 0n);
    expect(released).toBeGreaterThanOrEqual(63_600n);
    expect(await usd()).toMatchObject({ committedMinor: before.committedMinor - released, availableMinor: before.availableMinor + released });
    expect(await expireVouchers({ now: new Date(Date.now() + 31 * 86_400_000) })).toEqual([]);
    const desk = await makeStaff('REWARDS_ADMIN');
    await expect(payVoucher(desk.actor, { code, method: 'BANK', reference: 'ACLEDA-1' })).rejects.toMatchObject({ messageKey: 'rewards.errors.voucherExpired' });
    await expectLedgerSound();
  });

  it('cancels with a reversal entry, and rejects with a reason by someone other than the proposer', async () => {
    await makePolicy();
    await fund(500_000n);
    const { rewardId, code } = await issuedVoucher();
    const admin = await makeStaff('REWARDS_ADMIN');
    await cancelReward(admin.actor, { rewardId, reason: 'Voucher issued to the wrong tip.' });
    expect((await db.journalEntry.findMany({ where: { rewardId }, select: { kind: true }, orderBy: { id: 'asc' } })).map((entry) => entry.kind)).toEqual(['APPROVAL', 'CANCELLATION']);
    await expect(payVoucher(admin.actor, { code, method: 'BANK', reference: 'ACLEDA-2' })).rejects.toMatchObject({ messageKey: 'rewards.errors.voucherCancelled' });

    const raided = await makeRaidedCase();
    const [proposer, reviewer] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
    await expect(rejectReward(proposer.actor, { rewardId: id, reason: 'Changed my mind.' })).rejects.toMatchObject({ messageKey: 'rewards.errors.selfApproval' });
    await expect(rejectReward(reviewer.actor, { rewardId: id, reason: '' })).rejects.toThrow();
    await rejectReward(reviewer.actor, { rewardId: id, reason: 'The raid came from another source.' });
    expect(await db.reward.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'REJECTED', rejectedById: reviewer.id, rejectionReason: 'The raid came from another source.' });
    await expectLedgerSound();
  });

  it('refuses UPDATE and DELETE on journal rows in the database', async () => {
    await fund(1_000n);
    await expect(db.$executeRawUnsafe(`UPDATE "JournalLine" SET "amountMinor" = "amountMinor" + 1`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "JournalEntry"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "JournalEntry" SET "memo" = 'changed'`)).rejects.toThrow(/append-only/);
    await expectLedgerSound();
  });

  it('publishes policy versions without editing earlier ones, for system administrators only', async () => {
    const first = await makePolicy({ capPerTipMinor: '90000' });
    const second = await makePolicy({ capPerTipMinor: '95000' });
    expect(second.version).toBe(first.version + 1);
    expect((await db.rewardPolicy.findUniqueOrThrow({ where: { id: first.id } })).capPerTipMinor).toBe(90_000n);
    const { publishPolicy } = await import('@/lib/rewards/publish-policy');
    await expect(publishPolicy((await makeStaff('REWARDS_ADMIN')).actor, { ...TEST_POLICY })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(makePolicy({ capPerTipMinor: '300000' })).rejects.toThrow(); // above the cap per raid
    // A supervisor threshold at or above the cap per tip would switch the supervisor's approval off.
    for (const supervisorAboveMinor of ['100000', '150000']) {
      await expect(makePolicy({ supervisorAboveMinor })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['supervisorAboveMinor'], message: 'rewards.errors.supervisorAboveCap' })] });
    }
    expect(await db.auditEvent.count({ where: { action: 'policy.created', targetId: second.id } })).toBe(1);
  });

  it('offers only tips of raids with an outcome, whose tipster asked', async () => {
    await makePolicy();
    const empty = await makeRaidedCase({ outcome: { compoundClosed: false, victimsRescued: 0, suspectsArrested: 0 } });
    const arrestsOnly = await makeRaidedCase({ tips: 2, wantsReward: [false, true], outcome: { compoundClosed: false, victimsRescued: 0, suspectsArrested: 2 } });
    const admin = await makeStaff('REWARDS_ADMIN');
    const offered = await eligibleTips(admin.actor);
    expect(offered.some((tip) => tip.raidId === empty.raidId)).toBe(false);
    // The first informant did not ask: the later tip gets its 40% of 2 x $20, the first informant's part is kept.
    expect(offered.filter((tip) => tip.raidId === arrestsOnly.raidId).map((tip) => [tip.tipId, tip.isFirstInformant, tip.suggestion?.suggestedMinor])).toEqual([
      [arrestsOnly.tips[1]!.tipId, false, 1_600n],
    ]);
    await expect(proposeReward(admin.actor, { tipId: empty.tips[0]!.tipId, raidId: empty.raidId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(eligibleTips((await makeStaff('OFFICER')).actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('does not offer a tip that joined the case after the raid: it did not lead to it', async () => {
    await makePolicy();
    const raided = await makeRaidedCase({ tips: 1, raidedOn: todayInCambodia(new Date(Date.now() - 86_400_000)) });
    const late = await makeTip({ wantsReward: true }); // received now, the raid was yesterday
    await linkTipToCase(raided.officer.actor, { tipId: late.tipId, caseId: raided.caseId });
    const admin = await makeStaff('REWARDS_ADMIN');
    const offered = (await eligibleTips(admin.actor)).filter((tip) => tip.raidId === raided.raidId).map((tip) => tip.tipId);
    expect(offered).toEqual([raided.tips[0]!.tipId]);
    await expect(proposeReward(admin.actor, { tipId: late.tipId, raidId: raided.raidId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports the journal and the rewards as CSV, and audits the export', async () => {
    const admin = await makeStaff('REWARDS_ADMIN');
    const { fundProgramme } = await import('@/lib/ledger/fund-programme');
    await fundProgramme(admin.actor, { currency: 'USD', amountMinor: '100', memo: '=HYPERLINK("http://evil.example","grant")' });
    const journal = await exportLedger(admin.actor, 'journal');
    expect(journal.csv.split('\r\n')[0]).toBe('entry_id,created_at,kind,reward_id,memo,created_by,idempotency_key,account,currency,amount_minor,prev_hash,hash');
    expect(journal.csv).toContain(',FUNDING-USD,USD,');
    expect(journal.csv).toContain(`"'=HYPERLINK(""http://evil.example"",""grant"")"`);
    expect(journal.csv).toMatch(/,EXTERNAL-USD,USD,-100,/);
    const rewards = await exportLedger(admin.actor, 'rewards');
    expect(rewards.csv).toContain('PAID');
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: 'ledger.exported' } })).toBe(2);
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: 'ledger.funded' } })).toBe(1);
    await expect(exportLedger((await makeStaff('OFFICER')).actor, 'journal')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('reward review: seams between cases and rewards', () => {
  it('refuses a supervisor who handled the tip only through a case merged into the rewarded case', async () => {
    await makePolicy();
    await fund(500_000n);
    const [officer, handler, raider] = [await makeStaff('OFFICER'), await makeStaff('SUPERVISOR'), await makeStaff('SUPERVISOR')];
    const first = await makeTip({ wantsReward: true }, { receivedAt: new Date(Date.now() - 3 * 86_400_000) });
    const later = await makeTip({ wantsReward: true }, { receivedAt: new Date(Date.now() - 2 * 86_400_000) });
    const source = await openCase(officer.actor, { tipIds: [later.tipId], title: 'Second report of the port compound' });
    // The supervisor's only contact with the tip: taking up the case it was first in.
    await changeCaseStatus(handler.actor, { caseId: source.id, status: 'INVESTIGATING' });
    const target = await openCase(officer.actor, { tipIds: [first.tipId], title: 'Port compound' });
    await changeCaseStatus(officer.actor, { caseId: target.id, status: 'INVESTIGATING' });
    await mergeCases(officer.actor, { targetCaseId: target.id, sourceCaseId: source.id });
    const raid = await recordRaid(raider.actor, {
      caseId: target.id, raidedOn: todayInCambodia(), unit: 'Anti-trafficking unit', place: 'Building 4',
      suspectsArrested: 3, victimsRescued: 10, compoundClosed: true, foreignNationalsDetained: 0, computersSeized: 0, phonesSeized: 0,
    });
    const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, {
      tipId: later.tipId, raidId: raid.id, amountMinor: '90000', justification: 'Named the guards and the gate times.',
    });
    expect(await approveReward(approver.actor, { rewardId: id })).toEqual({ state: 'APPROVED' });
    await expect(approveLargeReward(handler.actor, { rewardId: id })).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'rewards.errors.conflictOfInterest' });
    await expect(rejectLargeReward(handler.actor, { rewardId: id, reason: 'Not convinced by the tip.' })).rejects.toMatchObject({ messageKey: 'rewards.errors.conflictOfInterest' });
    expect((await db.reward.findUniqueOrThrow({ where: { id } })).state).toBe('APPROVED');
    expect(await approveLargeReward((await makeStaff('SUPERVISOR')).actor, { rewardId: id })).toEqual({ state: 'VOUCHER_ISSUED' });
  });

  it('offers no reward for a tip the officers closed as unfounded or as a duplicate, nor counts it as a sharer', async () => {
    await makePolicy();
    const raided = await makeRaidedCase({ tips: 3 });
    await changeTipStatus(raided.officer.actor, { tipId: raided.tips[1]!.tipId, status: 'CLOSED_UNFOUNDED' });
    await changeTipStatus(raided.officer.actor, { tipId: raided.tips[2]!.tipId, status: 'CLOSED_DUPLICATE' });
    const admin = await makeStaff('REWARDS_ADMIN');
    const offered = (await eligibleTips(admin.actor)).filter((tip) => tip.raidId === raided.raidId);
    // The first informant alone: the whole $1,060 pot, capped at $1,000 per tip.
    expect(offered.map((tip) => [tip.tipId, tip.isFirstInformant, tip.suggestion?.suggestedMinor])).toEqual([[raided.tips[0]!.tipId, true, 100_000n]]);
    await expect(proposeReward(admin.actor, { tipId: raided.tips[1]!.tipId, raidId: raided.raidId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(proposeReward(admin.actor, { tipId: raided.tips[2]!.tipId, raidId: raided.raidId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a tip linked or merged into the case after its raid neither shares the reward nor takes the first informant part', async () => {
    await makePolicy();
    const day = 86_400_000;
    const raided = await makeRaidedCase({ tips: 1 });
    // Both received before the raid, but sat elsewhere until after it was recorded.
    const earlier = await makeTip({ wantsReward: true }, { receivedAt: new Date(Date.now() - 40 * day) });
    const merged = await makeTip({ wantsReward: true }, { receivedAt: new Date(Date.now() - 35 * day) });
    await linkTipToCase(raided.officer.actor, { tipId: earlier.tipId, caseId: raided.caseId });
    expect((await db.case.findUniqueOrThrow({ where: { id: raided.caseId } })).firstInformantTipId).toBe(earlier.tipId);
    const other = await openCase(raided.officer.actor, { tipIds: [merged.tipId], title: 'Same compound, other report' });
    await mergeCases(raided.officer.actor, { targetCaseId: raided.caseId, sourceCaseId: other.id });
    const admin = await makeStaff('REWARDS_ADMIN');
    const offered = (await eligibleTips(admin.actor)).filter((tip) => tip.raidId === raided.raidId);
    // The tip that was in the case stays the raid's first informant, alone: the $1,060 pot capped at $1,000.
    expect(offered.map((tip) => [tip.tipId, tip.isFirstInformant, tip.suggestion?.suggestedMinor])).toEqual([[raided.tips[0]!.tipId, true, 100_000n]]);
    await expect(proposeReward(admin.actor, { tipId: earlier.tipId, raidId: raided.raidId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(proposeReward(admin.actor, { tipId: merged.tipId, raidId: raided.raidId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A later raid of the same case is one they did lead to.
    const followUp = await recordRaid(raided.supervisor.actor, {
      caseId: raided.caseId, raidedOn: todayInCambodia(), unit: 'Anti-trafficking unit', place: 'Building 5',
      suspectsArrested: 1, victimsRescued: 0, compoundClosed: false, foreignNationalsDetained: 0, computersSeized: 0, phonesSeized: 0,
    });
    const second = (await eligibleTips(admin.actor)).filter((tip) => tip.raidId === followUp.id);
    expect(second.map((tip) => [tip.tipId, tip.isFirstInformant])).toEqual([[earlier.tipId, true], [merged.tipId, false], [raided.tips[0]!.tipId, false]]);
  });

  it('refuses an amount typed in another currency than the policy in force (a policy published since the form was shown)', async () => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase();
    const admin = await makeStaff('REWARDS_ADMIN');
    // 636 typed on a riel form is 636 minor units; read as dollars it would be $6.36.
    await expect(
      proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId, amountMinor: '636', currency: 'KHR', justification: 'Typed on the riel form.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.reward.count({ where: { tipId: raided.tips[0]!.tipId } })).toBe(0);
    await proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId, currency: 'USD' });
    expect(await db.reward.count({ where: { tipId: raided.tips[0]!.tipId } })).toBe(1);
  });

  it('verifies the ledger from one snapshot: an approval committing while it runs is not reported as a break', async () => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase({ tips: 2 }); // $636: below the supervisor threshold, so approval commits money
    const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
    // The approval commits (on its own connection) after the journal was read and before the rewards are.
    let approved = false;
    const report = await verifyLedger(interleaved(db, 'journalLine', 'groupBy', async () => {
      await approveReward(approver.actor, { rewardId: id });
      approved = true;
    }));
    expect(approved).toBe(true);
    expect(await ledgerProblems(report)).toEqual([]);
    expect((await db.reward.findUniqueOrThrow({ where: { id } })).state).toBe('VOUCHER_ISSUED');
    await expectLedgerSound();
  });

  it('refuses a cancellation by someone who handled the tip, as it refuses their rejection', async () => {
    await makePolicy();
    await fund(500_000n);
    const { rewardId, raided } = await issuedVoucher();
    const handler = await makeStaff('REWARDS_ADMIN');
    await db.note.create({ data: { tipId: raided.tips[0]!.tipId, authorId: handler.id, body: 'Met the landlord.' } });
    await expect(cancelReward(handler.actor, { rewardId, reason: 'Voucher issued in error.' })).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'rewards.errors.conflictOfInterest' });
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).state).toBe('VOUCHER_ISSUED');
    expect(await db.journalEntry.count({ where: { rewardId } })).toBe(1);
    await cancelReward((await makeStaff('REWARDS_ADMIN')).actor, { rewardId, reason: 'Voucher issued in error.' });
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).state).toBe('CANCELLED');
  });

  it('does not keep the first informant part for a first tip closed as unfounded: the earliest tip that contributed is first', async () => {
    await makePolicy();
    const raided = await makeRaidedCase({ tips: 3 });
    await changeTipStatus(raided.officer.actor, { tipId: raided.tips[0]!.tipId, status: 'CLOSED_UNFOUNDED' });
    const admin = await makeStaff('REWARDS_ADMIN');
    const offered = (await eligibleTips(admin.actor)).filter((tip) => tip.raidId === raided.raidId);
    // $1,060 pot: 60% ($636) to the second tip, now first; 40% ($424) to the third.
    expect(offered.map((tip) => [tip.tipId, tip.isFirstInformant, tip.suggestion?.suggestedMinor])).toEqual([
      [raided.tips[1]!.tipId, true, 63_600n],
      [raided.tips[2]!.tipId, false, 42_400n],
    ]);
  });

  it('does not let a raid rewarded in dollars take riel as well after a policy in riel is published: the cap cannot add them', async () => {
    await makePolicy();
    await fund(500_000n);
    await fund(5_000_000n, 'KHR');
    const raided = await makeRaidedCase({ tips: 2 });
    const admin = await makeStaff('REWARDS_ADMIN');
    await proposeReward(admin.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
    await makePolicy({ currency: 'KHR', basePerCompoundMinor: '2000000', perVictimMinor: '200000', perSuspectMinor: '80000', capPerTipMinor: '4000000', capPerRaidMinor: '8000000', supervisorAboveMinor: '3200000' });
    await expect(proposeReward(admin.actor, { tipId: raided.tips[1]!.tipId, raidId: raided.raidId })).rejects.toMatchObject({ messageKey: 'rewards.errors.aboveRaidCap' });
    expect(await db.reward.count({ where: { raidId: raided.raidId } })).toBe(1);
    await makePolicy();
  });

  it('orders a link and a raid by their audit events, not by clocks: a tip linked before the raid was recorded led to it', async () => {
    await makePolicy();
    const [officer, supervisor] = [await makeStaff('OFFICER'), await makeStaff('SUPERVISOR')];
    const first = await makeTip({ wantsReward: true }, { receivedAt: new Date(Date.now() - 20 * 86_400_000) });
    const second = await makeTip({ wantsReward: true }, { receivedAt: new Date(Date.now() - 10 * 86_400_000) });
    const kase = await openCase(officer.actor, { tipIds: [first.tipId], title: 'Port compound' });
    await changeCaseStatus(officer.actor, { caseId: kase.id, status: 'INVESTIGATING' });
    // The application server's clock runs a minute ahead of the database's.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    try {
      await linkTipToCase(officer.actor, { tipId: second.tipId, caseId: kase.id });
    } finally {
      vi.useRealTimers();
    }
    const raid = await recordRaid(supervisor.actor, {
      caseId: kase.id, raidedOn: todayInCambodia(), unit: 'Anti-trafficking unit', place: 'Building 4',
      suspectsArrested: 3, victimsRescued: 10, compoundClosed: true, foreignNationalsDetained: 0, computersSeized: 0, phonesSeized: 0,
    });
    const admin = await makeStaff('REWARDS_ADMIN');
    const offered = (await eligibleTips(admin.actor)).filter((tip) => tip.raidId === raid.id);
    expect(offered.map((tip) => [tip.tipId, tip.isFirstInformant])).toEqual([[first.tipId, true], [second.tipId, false]]);
  });

  it('does not approve a reward whose tip was closed as unfounded after the proposal', async () => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase({ tips: 2 });
    const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
    await changeTipStatus(raided.officer.actor, { tipId: raided.tips[0]!.tipId, status: 'CLOSED_UNFOUNDED' });
    await expect(approveReward(approver.actor, { rewardId: id })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'rewards.errors.notEligible' });
    expect((await db.reward.findUniqueOrThrow({ where: { id } })).state).toBe('PROPOSED');
    expect(await db.journalEntry.count({ where: { rewardId: id } })).toBe(0);
    await rejectReward(approver.actor, { rewardId: id, reason: 'The tip was found unfounded.' });
    expect((await db.reward.findUniqueOrThrow({ where: { id } })).state).toBe('REJECTED');
  });
});

/** The real client, running `action` once just before the first call of `model.method`, inside or outside a transaction. */
function interleaved(real: typeof db, model: string, method: string, action: () => Promise<void>): typeof db {
  let pending = true;
  const wrap = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, prop) {
        const value = (target as Record<PropertyKey, unknown>)[prop];
        if (prop === '$transaction') {
          return (fn: (tx: unknown) => Promise<unknown>, options: unknown) => (value as (...args: unknown[]) => Promise<unknown>).call(target, (tx: object) => fn(wrap(tx)), options);
        }
        if (prop === model) {
          return new Proxy(value as object, {
            get(delegate, name) {
              const inner = (delegate as Record<PropertyKey, unknown>)[name];
              if (typeof inner !== 'function') return inner;
              if (name === method && pending) {
                return async (...args: unknown[]) => {
                  pending = false;
                  await action();
                  return inner.apply(delegate, args);
                };
              }
              return inner.bind(delegate);
            },
          });
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return wrap(real);
}




