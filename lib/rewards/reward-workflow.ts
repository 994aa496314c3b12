/**
 * The reward state machine: every change of Reward.state goes through `moveReward`, which
 * checks the transition against this table and makes the UPDATE conditional on the state
 * read, so two officials acting at once cannot both move the same reward.
 *
 *   PROPOSED --approve (large: awaits a supervisor)--> APPROVED
 *   PROPOSED | APPROVED --issueVoucher (final approval; money committed)--> VOUCHER_ISSUED
 *   PROPOSED | APPROVED --reject--> REJECTED
 *   VOUCHER_ISSUED --pay--> PAID | --expire--> EXPIRED
 *   PROPOSED | APPROVED | VOUCHER_ISSUED --cancel--> CANCELLED
 */
import type { Prisma, Tx } from '@/lib/db/client';
import type { RewardState } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';

export const REWARD_TRANSITIONS = {
  approve: { from: ['PROPOSED'], to: 'APPROVED' },
  issueVoucher: { from: ['PROPOSED', 'APPROVED'], to: 'VOUCHER_ISSUED' },
  reject: { from: ['PROPOSED', 'APPROVED'], to: 'REJECTED' },
  pay: { from: ['VOUCHER_ISSUED'], to: 'PAID' },
  expire: { from: ['VOUCHER_ISSUED'], to: 'EXPIRED' },
  cancel: { from: ['PROPOSED', 'APPROVED', 'VOUCHER_ISSUED'], to: 'CANCELLED' },
} as const satisfies Record<string, { from: readonly RewardState[]; to: RewardState }>;

export type RewardEvent = keyof typeof REWARD_TRANSITIONS;

/** The state an event leads to from `from`, or INVALID_TRANSITION. */
export function nextRewardState(from: RewardState, event: RewardEvent): RewardState {
  const transition = REWARD_TRANSITIONS[event];
  if (!(transition.from as readonly RewardState[]).includes(from)) {
    throw new AppError('INVALID_TRANSITION', 'rewards.errors.invalidTransition', { from, event });
  }
  return transition.to;
}

/** States in which a reward still holds (or reserves) part of a raid's cap and of the budget. */
export const LIVE_STATES: readonly RewardState[] = ['PROPOSED', 'APPROVED', 'VOUCHER_ISSUED', 'PAID'];
/** Proposed but not yet committed in the ledger: reserved against the budget. */
export const PENDING_STATES: readonly RewardState[] = ['PROPOSED', 'APPROVED'];

export async function moveReward(
  tx: Tx,
  reward: { id: string; state: RewardState },
  event: RewardEvent,
  data: Omit<Prisma.RewardUpdateManyMutationInput, 'state'> = {},
): Promise<RewardState> {
  const to = nextRewardState(reward.state, event);
  const moved = await tx.reward.updateMany({ where: { id: reward.id, state: reward.state }, data: { ...data, state: to } });
  if (moved.count !== 1) throw new AppError('CONFLICT', 'rewards.errors.changedMeanwhile');
  return to;
}
