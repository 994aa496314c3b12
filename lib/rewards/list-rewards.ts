/**
 * What the rewards console shows: the queues by state, the budget, and one reward's full
 * history, each reward that awaits a decision with the moves this actor may make on it
 * (`nextMoves`; the pages offer these and nothing else) and why others are `blocked`.
 */
import { type Actor, can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import type { RewardState } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';
import { ledgerBalances } from '@/lib/ledger/balances';
import type { NextMove } from '@/lib/workflow/define-workflow';
import { loadRewardForChange } from './load-reward';
import { type RewardMove, rewardWorkflow } from './reward-workflow';
import { defineUseCase } from '@/lib/use-case';

const rewardSummary = {
  id: true, state: true, currency: true, amountMinor: true, suggestedMinor: true, proposedAt: true, proposedById: true,
  approvedById: true, voucherExpiresAt: true, paidAt: true, payoutMethod: true,
  tipId: true,
  raid: { select: { raidedOn: true, case: { select: { reference: true } } } },
  policy: { select: { supervisorAboveMinor: true } },
} as const;

async function rewardsIn(states: RewardState[], take = 200) {
  return db.reward.findMany({ where: { state: { in: states } }, orderBy: { proposedAt: 'desc' }, take, select: rewardSummary });
}

export type RewardSummary = Awaited<ReturnType<typeof rewardsIn>>[number];

export const rewardQueues = defineUseCase({
  name: 'rewardQueues',
  permission: 'rewards.read',
  run: async (actor) => {
    const [proposed, awaitingSupervisor, unpaid, paid, closed, balances] = await Promise.all([
      rewardsIn(['PROPOSED']),
      rewardsIn(['APPROVED']),
      rewardsIn(['VOUCHER_ISSUED']),
      rewardsIn(['PAID'], 100),
      rewardsIn(['REJECTED', 'EXPIRED', 'CANCELLED'], 100),
      ledgerBalances(),
    ]);
    return {
      // Never one's own proposal in one's approval queue.
      awaitingApproval: can(actor, 'rewards.approve') ? await withNextMoves(actor, proposed.filter((reward) => reward.proposedById !== actor.id)) : [],
      myProposals: proposed.filter((reward) => reward.proposedById === actor.id),
      awaitingSupervisor: await withNextMoves(actor, awaitingSupervisor),
      unpaid,
      paid,
      closed,
      balances,
    };
  },
});

export interface RewardMoves {
  nextMoves: NextMove<RewardState, RewardMove>[];
  blocked: Partial<Record<RewardMove, string>>;
}

/** What this actor may do with a reward now (the same checks the moves make). */
async function movesOn(actor: Actor, rewardId: string): Promise<RewardMoves> {
  return rewardWorkflow.allowed(db, actor, await loadRewardForChange(db, rewardId));
}

/** Only the queues that wait for a decision carry moves: each costs a conflict-of-interest lookup. */
async function withNextMoves<T extends { id: string }>(actor: Actor, rewards: T[]): Promise<(T & RewardMoves)[]> {
  const withMoves: (T & RewardMoves)[] = [];
  for (const reward of rewards) withMoves.push({ ...reward, ...(await movesOn(actor, reward.id)) });
  return withMoves;
}

export const rewardHistory = defineUseCase({
  name: 'rewardHistory',
  permission: 'rewards.read',
  input: anyId,
  run: async (actor, rewardId) => {
    const reward = await db.reward.findUnique({
      where: { id: idOrNotFound(rewardId) },
      select: {
        ...rewardSummary, justification: true, approvedAt: true, supervisorApprovedById: true, supervisorApprovedAt: true,
        rejectedById: true, rejectionReason: true, paidById: true, payoutReference: true, tipId: true,
        policy: { select: { version: true, supervisorAboveMinor: true } },
      },
    });
    if (!reward) throw new AppError('NOT_FOUND');
    const [events, entries] = await Promise.all([
      db.auditEvent.findMany({ where: { targetType: 'reward', targetId: rewardId }, orderBy: { id: 'asc' }, select: { id: true, at: true, action: true, actorId: true, actorRole: true, detail: true } }),
      db.journalEntry.findMany({
        where: { rewardId },
        orderBy: { id: 'asc' },
        select: { id: true, kind: true, createdAt: true, memo: true, hash: true, lines: { orderBy: { id: 'asc' }, select: { amountMinor: true, account: { select: { code: true } } } } },
      }),
    ]);
    const staffIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => !!id))];
    const staff = new Map((await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
    return { reward, ...(await movesOn(actor, rewardId)), events: events.map((event) => ({ ...event, actorName: event.actorId ? (staff.get(event.actorId) ?? event.actorId) : null })), entries };
  },
});
