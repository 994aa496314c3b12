import { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';

/** A reward and the written reason for refusing or cancelling it (both forms send the same two fields). */
export const rewardReasonSchema = z.object({ rewardId: anyId, reason: z.string().trim().min(5, 'rewards.errors.reasonRequired').max(2000) });

/** What the reward workflow and its use cases read of a reward. */
export const REWARD_FOR_CHANGE = {
  id: true, state: true, currency: true, amountMinor: true, tipId: true, raidId: true,
  proposedById: true, approvedById: true, supervisorApprovedById: true, voucherExpiresAt: true,
  tip: { select: { caseId: true, tipsterPublicKey: true, status: true } },
  raid: { select: { caseId: true } },
  policy: { select: { supervisorAboveMinor: true, voucherValidDays: true } },
} as const;

/** A reward read inside the caller's transaction; 404 when absent or malformed. */
export async function loadRewardForChange(tx: Tx, rewardId: string) {
  const reward = await tx.reward.findUnique({ where: { id: idOrNotFound(rewardId) }, select: REWARD_FOR_CHANGE });
  if (!reward) throw new AppError('NOT_FOUND');
  return reward;
}

export type RewardForChange = Awaited<ReturnType<typeof loadRewardForChange>>;

export const needsSupervisor = (reward: Pick<RewardForChange, 'amountMinor' | 'policy'>) => reward.amountMinor > reward.policy.supervisorAboveMinor;
