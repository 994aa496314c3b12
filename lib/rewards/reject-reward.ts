/**
 * A rewards administrator other than the proposer rejects a proposal, or a supervisor
 * rejects a large one awaiting their approval; always with a reason. Nothing was committed
 * yet, so the ledger is untouched and the reserved budget is free again.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { type Actor, can, requirePermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { lockChain } from '@/lib/security/hash-chain';
import { refuseIfHandler } from './conflict-of-interest';
import { loadRewardForChange } from './load-reward';
import { moveReward } from './reward-workflow';

export const rejectionSchema = z.object({ rewardId: z.uuid(), reason: z.string().trim().min(5, 'rewards.errors.reasonRequired').max(2000) });

export async function rejectReward(actor: Actor, input: z.input<typeof rejectionSchema>): Promise<void> {
  if (!can(actor, 'rewards.approve')) requirePermission(actor, 'rewards.approve_large');
  const { rewardId, reason } = rejectionSchema.parse(input);
  await db.$transaction(async (tx) => {
    await lockChain(tx, 'ledger');
    const reward = await loadRewardForChange(tx, rewardId);
    // A supervisor acts only on the large rewards waiting for them.
    if (!can(actor, 'rewards.approve') && reward.state !== 'APPROVED') throw new AppError('INVALID_TRANSITION', 'rewards.errors.invalidTransition');
    if (actor.id === reward.proposedById || actor.id === reward.approvedById) throw new AppError('FORBIDDEN', 'rewards.errors.selfApproval');
    await refuseIfHandler(tx, actor.id, { tipId: reward.tipId, caseId: reward.tip.caseId ?? reward.raid.caseId });
    await moveReward(tx, reward, 'reject', { rejectedById: actor.id, rejectionReason: reason });
    await recordAuditEvent(tx, { actor, action: 'reward.rejected', target: { type: 'reward', id: reward.id }, detail: { reason, from: reward.state } });
  }, { maxWait: 10_000, timeout: 30_000 });
}
