/**
 * A rewards administrator other than the proposer rejects a proposal (`rejectReward`, the
 * workflow's `reject`), or a supervisor rejects a large one awaiting their approval
 * (`rejectLargeReward`, `rejectLarge`); always with a reason. Nothing was committed yet, so
 * the ledger is untouched and the reserved budget is free again.
 */
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { db, PATIENT_TRANSACTION } from '@/lib/db/client';
import { lockChain } from '@/lib/security/hash-chain';
import { defineUseCase } from '@/lib/use-case';
import { loadRewardForChange, rewardReasonSchema } from './load-reward';
import { rewardWorkflow } from './reward-workflow';

async function reject(actor: Actor, { rewardId, reason }: z.output<typeof rewardReasonSchema>, move: 'reject' | 'rejectLarge'): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockChain(tx, 'ledger');
    const reward = await loadRewardForChange(tx, rewardId);
    await rewardWorkflow.move(tx, actor, reward, move, { data: { rejectedById: actor.id, rejectionReason: reason }, detail: { reason } });
  }, PATIENT_TRANSACTION);
}

export const rejectReward = defineUseCase({
  name: 'rejectReward',
  permission: 'rewards.approve',
  input: rewardReasonSchema,
  run: (actor, input) => reject(actor, input, 'reject'),
});

export const rejectLargeReward = defineUseCase({
  name: 'rejectLargeReward',
  permission: 'rewards.approve_large',
  input: rewardReasonSchema,
  run: (actor, input) => reject(actor, input, 'rejectLarge'),
});
