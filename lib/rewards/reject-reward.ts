/**
 * A rewards administrator other than the proposer rejects a proposal (`reject`), or a
 * supervisor rejects a large one awaiting their approval (`rejectLarge`); always with a
 * reason. Nothing was committed yet, so the ledger is untouched and the reserved budget is
 * free again.
 */
import { z } from 'zod';
import { type Actor, can, requirePermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { lockChain } from '@/lib/security/hash-chain';
import { loadRewardForChange } from './load-reward';
import { rewardWorkflow } from './reward-workflow';

export const rejectionSchema = z.object({ rewardId: z.uuid(), reason: z.string().trim().min(5, 'rewards.errors.reasonRequired').max(2000) });

export async function rejectReward(actor: Actor, input: z.input<typeof rejectionSchema>): Promise<void> {
  if (!can(actor, 'rewards.approve')) requirePermission(actor, 'rewards.approve_large');
  const { rewardId, reason } = rejectionSchema.parse(input);
  await db.$transaction(async (tx) => {
    await lockChain(tx, 'ledger');
    const reward = await loadRewardForChange(tx, rewardId);
    await rewardWorkflow.move(tx, actor, reward, can(actor, 'rewards.approve') ? 'reject' : 'rejectLarge', {
      data: { rejectedById: actor.id, rejectionReason: reason },
      detail: { reason },
    });
  }, { maxWait: 10_000, timeout: 30_000 });
}
