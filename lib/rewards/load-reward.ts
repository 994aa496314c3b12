import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** A reward with what the use-cases check, read inside their transaction; 404 when absent. */
export async function loadRewardForChange(tx: Tx, rewardId: string) {
  const reward = await tx.reward.findUnique({
    where: { id: rewardId },
    select: {
      id: true, state: true, currency: true, amountMinor: true, tipId: true, raidId: true,
      proposedById: true, approvedById: true, supervisorApprovedById: true, voucherExpiresAt: true,
      tip: { select: { caseId: true, tipsterPublicKey: true, status: true } },
      raid: { select: { caseId: true } },
      policy: { select: { supervisorAboveMinor: true, voucherValidDays: true } },
    },
  });
  if (!reward) throw new AppError('NOT_FOUND');
  return reward;
}

export type RewardForChange = Awaited<ReturnType<typeof loadRewardForChange>>;

export const needsSupervisor = (reward: RewardForChange) => reward.amountMinor > reward.policy.supervisorAboveMinor;
