/**
 * The one workflow shape (decision 0850) for tips, cases and rewards, against real
 * PostgreSQL: what a read model offers is what `move` accepts, for every role and state; a
 * refused move changes nothing and writes no audit; a move writes exactly one audit event in
 * its transaction; of two concurrent moves from the same read exactly one wins.
 *
 * Rewards here are rows of a policy version kept out of force (a negative version), moved
 * through the workflow alone: no proposal, no funding. Rewards in every state exist only
 * inside a transaction that is rolled back (the rewards tests expire every issued voucher in
 * the database and measure the budget); the few committed ones are pending, of a cent or
 * two, and cancelled at the end.
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

/** Runs checks in a transaction that is rolled back at the end; each `attempt` inside it behind a savepoint of its own. */
async function inRolledBackTransaction(work: (tx: Tx, attempt: (move: () => Promise<unknown>) => Promise<boolean>) => Promise<void>): Promise<void> {
  try {
    await db.$transaction(
      async (tx) => {
        const attempt = async (move: () => Promise<unknown>) => {
          await tx.$executeRawUnsafe('SAVEPOINT attempt');
          try {
            await move();
            return true;
          } catch {
            return false;
          } finally {
            await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT attempt');
          }
        };
        await work(tx, attempt);
        throw new RollBack();
      },
      { maxWait: 30_000, timeout: 220_000 },
    );
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
}

/**
 * For each actor and each entity: every move `allowed` offers succeeds, and every other move
 * (but the system's and the chained ones, never offered) is refused. `tx` when the entities
 * live in an outer transaction; each move is tried behind a savepoint and undone.
 */
async function expectOffersMatchMoves<S extends string, E extends { id: string }, M extends string, I>(
  workflow: Workflow<S, E, M, I>,
  actors: Actor[],
  entityIds: string[],
  load: (tx: Tx, actor: Actor, id: string) => Promise<E>,
  inputFor: (move: M) => I | undefined = () => undefined,
  outer?: { tx: Tx; attempt: (move: () => Promise<unknown>) => Promise<boolean> },
): Promise<number> {
  let checked = 0;
  const read = <T>(work: (tx: Tx) => Promise<T>) => (outer ? work(outer.tx) : db.$transaction(work));
  const tryMove = (work: (tx: Tx) => Promise<unknown>) => (outer ? outer.attempt(() => work(outer.tx)) : succeedsThenRollsBack(work));
  for (const actor of actors) {
    for (const id of entityIds) {
      const offered = await read(async (tx) => (await workflow.allowed(tx, actor, await load(tx, actor, id))).nextMoves.map((next) => next.move));
      for (const move of workflow.moveNames) {
        const spec = workflow.definition.moves[move];
        if (spec.chained || spec.by === 'system') continue;
        const input = inputFor(move);
        const succeeded = await tryMove(async (tx) => workflow.move(tx, actor, await load(tx, actor, id), move, input === undefined ? {} : { input }));
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

/** A raided case with `count` tips and a policy version out of force (above 1 cent a supervisor must approve too). */
async function rewardSetting(count: number) {
  const raided = await makeRaidedCase({ tips: count });
  const creator = await makeStaff('SYSTEM_ADMIN');
  return { raided, creatorId: creator.id, approver: await makeStaff('REWARDS_ADMIN') };
}

type RewardRow = { state: RewardState; amountMinor: bigint; approved?: boolean; expiresIn?: number };

async function makeRewards(client: Tx, setting: Awaited<ReturnType<typeof rewardSetting>>, proposer: TestStaff, rows: RewardRow[]): Promise<string[]> {
  // Kept out of force: the policy in force is the highest version.
  const policy = await client.rewardPolicy.create({
    data: {
      version: -randomInt(1, 2 ** 31 - 1), currency: 'USD', basePerCompoundMinor: 1n, perVictimMinor: 0n, perSuspectMinor: 0n,
      capPerTipMinor: 10n, capPerRaidMinor: 100n, firstInformantBps: 6000, supervisorAboveMinor: 1n, voucherValidDays: 30, createdById: setting.creatorId,
    },
  });
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    const created = await client.reward.create({
      data: {
        tipId: setting.raided.tips[index]!.tipId, raidId: setting.raided.raidId, policyId: policy.id, currency: 'USD', amountMinor: row.amountMinor, suggestedMinor: row.amountMinor,
        state: row.state, proposedById: proposer.id, ...(row.approved ? { approvedById: setting.approver.id, approvedAt: new Date() } : {}),
        ...(row.expiresIn === undefined ? {} : { voucherExpiresAt: new Date(Date.now() + row.expiresIn), voucherHash: `test-${randomInt(2 ** 47)}` }),
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}

const DAY = 86_400_000;
/** Small (1 cent) and large (2 cents: above the policy's 1 cent) rewards in every state. */
const EVERY_STATE: RewardRow[] = [
  { state: 'PROPOSED', amountMinor: 1n },
  { state: 'PROPOSED', amountMinor: 2n },
  { state: 'APPROVED', amountMinor: 2n, approved: true },
  { state: 'VOUCHER_ISSUED', amountMinor: 1n, approved: true, expiresIn: 10 * DAY },
  { state: 'VOUCHER_ISSUED', amountMinor: 1n, approved: true, expiresIn: -DAY },
  { state: 'PAID', amountMinor: 1n, approved: true },
  { state: 'REJECTED', amountMinor: 1n },
  { state: 'EXPIRED', amountMinor: 1n, approved: true },
  { state: 'CANCELLED', amountMinor: 1n },
];
/** What may be committed: pending, and as small as a reward gets; `cancelPending` frees it after. */
const PENDING: RewardRow[] = [
  { state: 'PROPOSED', amountMinor: 1n },
  { state: 'PROPOSED', amountMinor: 2n },
  { state: 'APPROVED', amountMinor: 2n, approved: true },
];
const cancelPending = (ids: string[]) => db.reward.updateMany({ where: { id: { in: ids }, state: { in: ['PROPOSED', 'APPROVED'] } }, data: { state: 'CANCELLED' } });

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
    const setting = await rewardSetting(EVERY_STATE.length);
    const actors = [...(await staffOfEveryRole()).map((member) => member.actor), proposer.actor];
    let checked = 0;
    await inRolledBackTransaction(async (tx, attempt) => {
      const ids = await makeRewards(tx, setting, proposer, EVERY_STATE);
      checked = await expectOffersMatchMoves(rewardWorkflow, actors, ids, (inner, _actor, id) => loadRewardForChange(inner, id), () => undefined, { tx, attempt });
      // The proposer is offered no decision on a proposal, and told why.
      const own = await rewardWorkflow.allowed(tx, proposer.actor, await loadRewardForChange(tx, ids[0]!));
      expect(own.nextMoves.map((next) => next.move)).toEqual(['cancel']);
      expect(own.blocked).toMatchObject({ approve: 'rewards.errors.selfApproval', reject: 'rewards.errors.selfApproval' });
    });
    // Every move but the chained issueVoucher and the system's expire.
    expect(checked).toBe(actors.length * EVERY_STATE.length * 6);
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
    const ids = await makeRewards(db, await rewardSetting(PENDING.length), await makeStaff('REWARDS_ADMIN'), PENDING);
    expect((await rewardHistory(admin.actor, ids[0]!)).nextMoves.map((next) => next.move)).toEqual(['approve', 'reject', 'cancel']);
    expect((await rewardHistory(supervisor.actor, ids[2]!)).nextMoves.map((next) => next.move)).toEqual(['approveLarge', 'rejectLarge']);
    await cancelPending(ids);
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
    const ids = await makeRewards(db, await rewardSetting(PENDING.length), proposer, PENDING);
    const rewardBefore = await db.reward.findUniqueOrThrow({ where: { id: ids[0]! } });
    await expect(rejectReward(proposer.actor, { rewardId: ids[0]!, reason: 'My own proposal.' })).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'rewards.errors.selfApproval' });
    expect(await db.reward.findUniqueOrThrow({ where: { id: ids[0]! } })).toEqual(rewardBefore);
    expect(await auditCount(ids[0]!)).toBe(0);
    await cancelPending(ids);
  }, 120_000);

  it('each machine\'s move writes exactly one audit event in its transaction, and a failure after the update rolls back both', async () => {
    const officer = await makeStaff('OFFICER');
    const admin = await makeStaff('REWARDS_ADMIN');
    const tip = await makeTip();
    const kase = await makeCase(officer.actor, { tips: 1 });
    const ids = await makeRewards(db, await rewardSetting(PENDING.length), await makeStaff('REWARDS_ADMIN'), PENDING);
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
    await cancelPending(ids);
  }, 120_000);

  it('of two concurrent moves from the same read, exactly one wins in each machine; the other changes nothing', async () => {
    const [first, second] = [await makeStaff('SUPERVISOR'), await makeStaff('SUPERVISOR')];
    const [adminA, adminB] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const tip = await makeTip();
    await db.tip.update({ where: { id: tip.tipId }, data: { status: 'TRIAGED' } });
    const kase = await makeCase(first.actor, { tips: 1 });
    const ids = await makeRewards(db, await rewardSetting(PENDING.length), await makeStaff('REWARDS_ADMIN'), PENDING);

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
    await cancelPending(ids);
  }, 120_000);
});
