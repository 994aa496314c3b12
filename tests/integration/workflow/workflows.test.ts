/**
 * The one workflow shape (decision 0850) for tips, cases and rewards, against real
 * PostgreSQL: what a read model offers is what `move` accepts, for every role and state; a
 * refused move changes nothing and writes no audit; a move writes exactly one audit event in
 * its transaction; of two concurrent moves from the same read exactly one wins.
 *
 * Rewards here are rows of a policy version kept out of force (a negative version), moved
 * through the workflow alone: no proposal, no funding, so this file never touches the policy
 * in force or the budget the rewards tests measure.
 */
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { getCase } from '@/lib/cases/get-case';
import { caseWorkflow, lockCaseForMove } from '@/lib/cases/case-workflow';
import { db, type Tx } from '@/lib/db/client';
import type { RewardState, TipStatus } from '@/lib/db/generated/enums';
import { rejectReward } from '@/lib/rewards/reject-reward';
import { rewardHistory } from '@/lib/rewards/list-rewards';
import { loadRewardForChange } from '@/lib/rewards/load-reward';
import { rewardWorkflow } from '@/lib/rewards/reward-workflow';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { loadTipForMove, tipWorkflow } from '@/lib/triage/tip-workflow';
import { viewTip } from '@/lib/triage/view-tip';
import type { Workflow } from '@/lib/workflow/define-workflow';
import { makeCase } from '../../helpers/factories-cases';
import { makeStaff, makeTip, type TestStaff } from '../../helpers/factories';
import { makeRaidedCase } from '../../helpers/factories-rewards';

class RollBack extends Error {}

/** Runs `work` in a transaction that is always rolled back; true when `work` succeeded. */
async function succeedsThenRollsBack(work: (tx: Tx) => Promise<unknown>): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      await work(tx);
      throw new RollBack();
    });
  } catch (error) {
    if (error instanceof RollBack) return true;
    return false;
  }
  throw new Error('unreachable');
}

const auditCount = (targetId: string) => db.auditEvent.count({ where: { targetId } });

async function staffOfEveryRole(): Promise<TestStaff[]> {
  return [await makeStaff('OFFICER'), await makeStaff('SUPERVISOR'), await makeStaff('REWARDS_ADMIN'), await makeStaff('SYSTEM_ADMIN')];
}

/**
 * For each actor and each entity: every move `allowed` offers succeeds, and every other move
 * (but the system's and the chained ones, never offered) is refused.
 */
async function expectOffersMatchMoves<S extends string, E extends { id: string }, M extends string, I>(
  workflow: Workflow<S, E, M, I>,
  actors: Actor[],
  entityIds: string[],
  load: (tx: Tx, actor: Actor, id: string) => Promise<E>,
  inputFor: (move: M) => I | undefined = () => undefined,
): Promise<number> {
  let checked = 0;
  for (const actor of actors) {
    for (const id of entityIds) {
      const offered = await db.$transaction(async (tx) => (await workflow.allowed(tx, actor, await load(tx, actor, id))).nextMoves.map((next) => next.move));
      for (const move of workflow.moveNames) {
        const spec = workflow.definition.moves[move];
        if (spec.chained || spec.by === 'system') continue;
        const input = inputFor(move);
        const succeeded = await succeedsThenRollsBack(async (tx) => workflow.move(tx, actor, await load(tx, actor, id), move, input === undefined ? {} : { input }));
        expect({ role: actor.role, id, move, succeeded }).toEqual({ role: actor.role, id, move, succeeded: offered.includes(move) });
        checked++;
      }
    }
  }
  return checked;
}

async function tipInState(status: TipStatus, caseId: string | null) {
  const tip = await makeTip();
  await db.tip.update({ where: { id: tip.tipId }, data: { status, caseId } });
  return tip.tipId;
}

async function rewardsInEveryState(proposer: TestStaff) {
  const raided = await makeRaidedCase({ tips: 9 });
  const creator = await makeStaff('SYSTEM_ADMIN');
  // Kept out of force: the policy in force is the highest version.
  const policy = await db.rewardPolicy.create({
    data: {
      version: -randomInt(1, 2 ** 31 - 1), currency: 'USD', basePerCompoundMinor: 50_000n, perVictimMinor: 5_000n, perSuspectMinor: 2_000n,
      capPerTipMinor: 100_000n, capPerRaidMinor: 1_000_000n, firstInformantBps: 6000, supervisorAboveMinor: 80_000n, voucherValidDays: 30, createdById: creator.id,
    },
  });
  const approver = await makeStaff('REWARDS_ADMIN');
  const day = 86_400_000;
  const rows: { state: RewardState; amountMinor: bigint; approved?: boolean; expiresIn?: number }[] = [
    { state: 'PROPOSED', amountMinor: 30_000n },
    { state: 'PROPOSED', amountMinor: 90_000n },
    { state: 'APPROVED', amountMinor: 90_000n, approved: true },
    { state: 'VOUCHER_ISSUED', amountMinor: 30_000n, approved: true, expiresIn: 10 * day },
    { state: 'VOUCHER_ISSUED', amountMinor: 30_000n, approved: true, expiresIn: -day },
    { state: 'PAID', amountMinor: 30_000n, approved: true },
    { state: 'REJECTED', amountMinor: 30_000n },
    { state: 'EXPIRED', amountMinor: 30_000n, approved: true },
    { state: 'CANCELLED', amountMinor: 30_000n },
  ];
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    const created = await db.reward.create({
      data: {
        tipId: raided.tips[index]!.tipId, raidId: raided.raidId, policyId: policy.id, currency: 'USD', amountMinor: row.amountMinor, suggestedMinor: row.amountMinor,
        state: row.state, proposedById: proposer.id, ...(row.approved ? { approvedById: approver.id, approvedAt: new Date() } : {}),
        ...(row.expiresIn === undefined ? {} : { voucherExpiresAt: new Date(Date.now() + row.expiresIn), voucherHash: `test-${randomInt(2 ** 47)}` }),
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return { ids, raided };
}

describe('one workflow shape', () => {
  it('tips: for every role and status, the moves offered are exactly the moves accepted', async () => {
    const staff = await staffOfEveryRole();
    const kase = await makeCase(staff[0]!.actor, { tips: 1 });
    const ids = [
      await tipInState('NEW', null),
      await tipInState('TRIAGED', null),
      await tipInState('LINKED', kase.id),
      await tipInState('LINKED', null),
      await tipInState('CLOSED_ACTIONED', kase.id),
      await tipInState('CLOSED_UNFOUNDED', null),
      await tipInState('CLOSED_DUPLICATE', null),
    ];
    const checked = await expectOffersMatchMoves(tipWorkflow, staff.map((member) => member.actor), ids, (tx, _actor, id) => loadTipForMove(tx, id), (move) => (move === 'link' ? { caseId: kase.id } : undefined));
    expect(checked).toBe(4 * ids.length * tipWorkflow.moveNames.length);
  }, 180_000);

  it('cases: for every role and status (merged and raided too), the moves offered are exactly the moves accepted', async () => {
    const staff = await staffOfEveryRole();
    const ids: string[] = [];
    for (const status of ['OPEN', 'INVESTIGATING', 'RAID_PLANNED', 'RAIDED', 'CLOSED'] as const) {
      const kase = await makeCase(staff[0]!.actor, { tips: 1 });
      await db.case.update({ where: { id: kase.id }, data: { status } });
      ids.push(kase.id);
    }
    const raided = await makeRaidedCase();
    const target = await makeCase(staff[0]!.actor, { tips: 1 });
    const merged = await makeCase(staff[0]!.actor, { tips: 1 });
    await db.case.update({ where: { id: merged.id }, data: { status: 'CLOSED', mergedIntoId: target.id } });
    ids.push(raided.caseId, merged.id);
    const checked = await expectOffersMatchMoves(caseWorkflow, staff.map((member) => member.actor), ids, (tx, actor, id) => lockCaseForMove(tx, actor, id));
    expect(checked).toBe(4 * ids.length * caseWorkflow.moveNames.length);
  }, 180_000);

  it('rewards: for every role and state, the proposer and the other administrators alike, the moves offered are exactly the moves accepted', async () => {
    const proposer = await makeStaff('REWARDS_ADMIN');
    const { ids } = await rewardsInEveryState(proposer);
    const actors = [...(await staffOfEveryRole()).map((member) => member.actor), proposer.actor];
    const checked = await expectOffersMatchMoves(rewardWorkflow, actors, ids, (tx, _actor, id) => loadRewardForChange(tx, id));
    // Every move but the chained issueVoucher and the system's expire.
    expect(checked).toBe(actors.length * ids.length * 6);
    // The proposer is offered no decision on a proposal, and told why.
    const history = await rewardHistory(proposer.actor, ids[0]!);
    expect(history.nextMoves.map((next) => next.move)).toEqual(['cancel']);
    expect(history.blocked).toMatchObject({ approve: 'rewards.errors.selfApproval', reject: 'rewards.errors.selfApproval' });
  }, 240_000);

  it('the read models carry the workflow\'s nextMoves: tip detail, case detail, reward history', async () => {
    const officer = await makeStaff('OFFICER');
    const supervisor = await makeStaff('SUPERVISOR');
    const admin = await makeStaff('REWARDS_ADMIN');
    const tip = await makeTip();
    expect((await viewTip(officer.actor, tip.tipId)).nextMoves.map((next) => next.move)).toEqual(['triage', 'link']);
    const kase = await makeCase(officer.actor, { tips: 1, status: 'INVESTIGATING' });
    const detail = await getCase(supervisor.actor, kase.id);
    expect(detail.nextMoves.map((next) => next.move)).toEqual(['planRaid', 'close', 'recordRaid', 'takeTip', 'takeMerged', 'mergeAway']);
    const { ids } = await rewardsInEveryState(await makeStaff('REWARDS_ADMIN'));
    expect((await rewardHistory(admin.actor, ids[0]!)).nextMoves.map((next) => next.move)).toEqual(['approve', 'reject', 'cancel']);
    expect((await rewardHistory(supervisor.actor, ids[2]!)).nextMoves.map((next) => next.move)).toEqual(['approveLarge', 'rejectLarge']);
  }, 120_000);

  it('a refused move changes nothing and writes no audit event, in each machine', async () => {
    const officer = await makeStaff('OFFICER');
    const tip = await makeTip();
    await db.tip.update({ where: { id: tip.tipId }, data: { status: 'CLOSED_UNFOUNDED' } });
    const tipBefore = await db.tip.findUniqueOrThrow({ where: { id: tip.tipId } });
    const tipEvents = await auditCount(tip.tipId);
    await expect(changeTipStatus(officer.actor, { tipId: tip.tipId, status: 'TRIAGED' })).rejects.toMatchObject({ messageKey: 'triage.errors.reopenSupervisor' });
    expect(await db.tip.findUniqueOrThrow({ where: { id: tip.tipId } })).toEqual(tipBefore);
    expect(await auditCount(tip.tipId)).toBe(tipEvents);

    const kase = await makeCase(officer.actor, { tips: 1 });
    const caseBefore = await db.case.findUniqueOrThrow({ where: { id: kase.id } });
    const caseEvents = await auditCount(kase.id);
    await expect(changeCaseStatus(officer.actor, { caseId: kase.id, status: 'RAID_PLANNED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await db.case.findUniqueOrThrow({ where: { id: kase.id } })).toEqual(caseBefore);
    expect(await auditCount(kase.id)).toBe(caseEvents);

    const proposer = await makeStaff('REWARDS_ADMIN');
    const { ids } = await rewardsInEveryState(proposer);
    const rewardBefore = await db.reward.findUniqueOrThrow({ where: { id: ids[0]! } });
    await expect(rejectReward(proposer.actor, { rewardId: ids[0]!, reason: 'My own proposal.' })).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'rewards.errors.selfApproval' });
    expect(await db.reward.findUniqueOrThrow({ where: { id: ids[0]! } })).toEqual(rewardBefore);
    expect(await auditCount(ids[0]!)).toBe(0);
  }, 120_000);

  it('each machine\'s move writes exactly one audit event in its transaction, and a failure after the update rolls back both', async () => {
    const officer = await makeStaff('OFFICER');
    const admin = await makeStaff('REWARDS_ADMIN');
    const tip = await makeTip();
    const kase = await makeCase(officer.actor, { tips: 1 });
    const { ids } = await rewardsInEveryState(await makeStaff('REWARDS_ADMIN'));
    const machines: { id: string; action: string; run: (tx: Tx) => Promise<unknown>; state: () => Promise<string>; after: string }[] = [
      { id: tip.tipId, action: 'tip.status_changed', run: async (tx: Tx) => tipWorkflow.move(tx, officer.actor, await loadTipForMove(tx, tip.tipId), 'triage'), state: async () => (await db.tip.findUniqueOrThrow({ where: { id: tip.tipId } })).status, after: 'TRIAGED' },
      { id: kase.id, action: 'case.status_changed', run: async (tx: Tx) => caseWorkflow.move(tx, officer.actor, await lockCaseForMove(tx, officer.actor, kase.id), 'investigate'), state: async () => (await db.case.findUniqueOrThrow({ where: { id: kase.id } })).status, after: 'INVESTIGATING' },
      { id: ids[0]!, action: 'reward.rejected', run: async (tx: Tx) => rewardWorkflow.move(tx, admin.actor, await loadRewardForChange(tx, ids[0]!), 'reject'), state: async () => (await db.reward.findUniqueOrThrow({ where: { id: ids[0]! } })).state, after: 'REJECTED' },
    ];
    for (const machine of machines) {
      const before = await machine.state();
      const events = await auditCount(machine.id);
      // Inside the transaction the row moved and its event is there; then something fails.
      await expect(
        db.$transaction(async (tx) => {
          await machine.run(tx);
          expect(await tx.auditEvent.count({ where: { targetId: machine.id } })).toBe(events + 1);
          throw new Error('a later step fails');
        }),
      ).rejects.toThrow('a later step fails');
      expect(await machine.state()).toBe(before);
      expect(await auditCount(machine.id)).toBe(events);

      await db.$transaction((tx) => machine.run(tx));
      expect(await machine.state()).toBe(machine.after);
      const added = await db.auditEvent.findMany({ where: { targetId: machine.id }, orderBy: { id: 'asc' }, skip: events });
      expect(added.map((event) => [event.action, (event.detail as { from: string; to: string }).from, (event.detail as { to: string }).to])).toEqual([[machine.action, before, machine.after]]);
    }
  }, 120_000);

  it('of two concurrent moves from the same read, exactly one wins in each machine; the other changes nothing', async () => {
    const [first, second] = [await makeStaff('SUPERVISOR'), await makeStaff('SUPERVISOR')];
    const [adminA, adminB] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const tip = await makeTip();
    await db.tip.update({ where: { id: tip.tipId }, data: { status: 'TRIAGED' } });
    const kase = await makeCase(first.actor, { tips: 1 });
    const { ids } = await rewardsInEveryState(await makeStaff('REWARDS_ADMIN'));

    const staleTip = await db.$transaction((tx) => loadTipForMove(tx, tip.tipId));
    const staleCase = await db.$transaction((tx) => lockCaseForMove(tx, first.actor, kase.id));
    const staleReward = await db.$transaction((tx) => loadRewardForChange(tx, ids[0]!));
    const races: { id: string; action: string; key: string; moves: ((tx: Tx) => Promise<unknown>)[] }[] = [
      { id: tip.tipId, action: 'tip.status_changed', key: 'triage.errors.changedMeanwhile', moves: [(tx: Tx) => tipWorkflow.move(tx, first.actor, staleTip, 'closeUnfounded'), (tx: Tx) => tipWorkflow.move(tx, second.actor, staleTip, 'closeDuplicate')] },
      { id: kase.id, action: 'case.status_changed', key: 'cases.errors.changedMeanwhile', moves: [(tx: Tx) => caseWorkflow.move(tx, first.actor, staleCase, 'investigate'), (tx: Tx) => caseWorkflow.move(tx, second.actor, staleCase, 'close')] },
      { id: ids[0]!, action: 'reward.rejected', key: 'rewards.errors.changedMeanwhile', moves: [(tx: Tx) => rewardWorkflow.move(tx, adminA.actor, staleReward, 'reject'), (tx: Tx) => rewardWorkflow.move(tx, adminB.actor, staleReward, 'reject')] },
    ];
    for (const race of races) {
      const events = await auditCount(race.id);
      const results = await Promise.allSettled(race.moves.map((move) => db.$transaction(move)));
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ messageKey: race.key });
      expect(await db.auditEvent.count({ where: { targetId: race.id, action: race.action } })).toBe(1);
      expect(await auditCount(race.id)).toBe(events + 1);
    }
  }, 120_000);
});
