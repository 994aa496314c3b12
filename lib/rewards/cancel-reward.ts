/**
 * Cancels a reward before it is paid (for example a voucher issued in error). A committed
 * amount goes back to the budget with a CANCELLATION reversal entry: the journal is never
 * edited. The voucher hash stays, so the payout desk is told the voucher was cancelled.
 */
import { db, PATIENT_TRANSACTION } from '@/lib/db/client';
import { postEntry } from '@/lib/ledger/post-entry';
import { lockChain } from '@/lib/security/hash-chain';
import { defineUseCase } from '@/lib/use-case';
import { loadRewardForChange, rewardReasonSchema } from './load-reward';
import { rewardWorkflow } from './reward-workflow';

export const cancelReward = defineUseCase({
  name: 'cancelReward',
  permission: 'rewards.approve',
  input: rewardReasonSchema,
  run: async (actor, { rewardId, reason }): Promise<void> => {
    await db.$transaction(async (tx) => {
      await lockChain(tx, 'ledger');
      const reward = await loadRewardForChange(tx, rewardId);
      const wasCommitted = reward.state === 'VOUCHER_ISSUED';
      await rewardWorkflow.move(tx, actor, reward, 'cancel', { detail: { reason, reversed: wasCommitted } });
      if (wasCommitted) {
        await postEntry(tx, {
          kind: 'CANCELLATION',
          rewardId: reward.id,
          memo: `Reward ${reward.id} cancelled: ${reason}`.slice(0, 500),
          createdById: actor.id,
          idempotencyKey: `cancel:${reward.id}`,
          lines: [
            { kind: 'FUNDING', currency: reward.currency, amountMinor: reward.amountMinor },
            { kind: 'COMMITTED', currency: reward.currency, amountMinor: -reward.amountMinor },
          ],
        });
      }
    }, PATIENT_TRANSACTION);
  },
});
