/**
 * Four-eyes approval. A rewards administrator other than the proposer approves a proposal;
 * above the policy's threshold a supervisor must approve as well. Nobody who handled the tip
 * or its case may approve. Final approval commits the money in the ledger and issues the
 * voucher: a one-time code kept only as its SHA-256 and sealed to the tipster's key, so the
 * tipster alone can read it (on /status) and no official ever sees it.
 */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import type { Actor } from '@/lib/auth/permissions';
import { db as defaultDb, type Db, type Tx, PATIENT_TRANSACTION } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { postEntry } from '@/lib/ledger/post-entry';
import { lockChain } from '@/lib/security/hash-chain';
import { sealForTipster } from '@/lib/tips/tipster-box';
import { defineUseCase } from '@/lib/use-case';
import { uncommittedBudget } from './budget';
import { loadRewardForChange, needsSupervisor, type RewardForChange } from './load-reward';
import { rewardWorkflow } from './reward-workflow';
import { generateVoucherCode, voucherHash } from './voucher';

const DAY_MS = 86_400_000;
const approvalSchema = z.object({ rewardId: anyId });

/** The last approval: the voucher is issued and the money committed (the chained `issueVoucher` move). */
async function commitAndIssueVoucher(tx: Tx, actor: Actor, reward: RewardForChange): Promise<void> {
  if (reward.amountMinor > (await uncommittedBudget(tx, reward.currency, { excludingRewardId: reward.id }))) {
    throw new AppError('BAD_REQUEST', 'rewards.errors.overBudget');
  }
  const code = generateVoucherCode();
  const expiresAt = new Date(Date.now() + reward.policy.voucherValidDays * DAY_MS);
  await rewardWorkflow.move(tx, actor, reward, 'issueVoucher', {
    data: { voucherHash: voucherHash(code), voucherSealed: sealForTipster(reward.tip.tipsterPublicKey, code), voucherExpiresAt: expiresAt },
    detail: { expiresAt: expiresAt.toISOString() },
  });
  await postEntry(tx, {
    kind: 'APPROVAL',
    rewardId: reward.id,
    memo: `Reward ${reward.id} approved: committed`,
    createdById: actor.id,
    idempotencyKey: `approval:${reward.id}`,
    lines: [
      { kind: 'COMMITTED', currency: reward.currency, amountMinor: reward.amountMinor },
      { kind: 'FUNDING', currency: reward.currency, amountMinor: -reward.amountMinor },
    ],
  });
}

const approvalDetail = (reward: RewardForChange) => ({ amountMinor: reward.amountMinor.toString(), currency: reward.currency });

export const approveReward = defineUseCase({
  name: 'approveReward',
  permission: 'rewards.approve',
  input: approvalSchema,
  run: async (actor, { rewardId }, client: Db = defaultDb): Promise<{ state: 'APPROVED' | 'VOUCHER_ISSUED' }> =>
    client.$transaction(
      async (tx) => {
        await lockChain(tx, 'ledger');
        const reward = await loadRewardForChange(tx, rewardId);
        const large = needsSupervisor(reward);
        const approval = { approvedById: actor.id, approvedAt: new Date() };
        await rewardWorkflow.move(tx, actor, reward, 'approve', { data: approval, detail: { ...approvalDetail(reward), awaitingSupervisor: large } });
        if (large) return { state: 'APPROVED' as const };
        await commitAndIssueVoucher(tx, actor, { ...reward, ...approval, state: 'APPROVED' });
        return { state: 'VOUCHER_ISSUED' as const };
      },
      PATIENT_TRANSACTION,
    ),
});

/** The supervisor's approval a large reward needs after the rewards administrator's. */
export const approveLargeReward = defineUseCase({
  name: 'approveLargeReward',
  permission: 'rewards.approve_large',
  input: approvalSchema,
  run: async (actor, { rewardId }, client: Db = defaultDb): Promise<{ state: 'VOUCHER_ISSUED' }> =>
    client.$transaction(
      async (tx) => {
        await lockChain(tx, 'ledger');
        const reward = await loadRewardForChange(tx, rewardId);
        const approval = { supervisorApprovedById: actor.id, supervisorApprovedAt: new Date() };
        await rewardWorkflow.move(tx, actor, reward, 'approveLarge', { data: approval, detail: { ...approvalDetail(reward), supervisor: true } });
        await commitAndIssueVoucher(tx, actor, { ...reward, ...approval });
        return { state: 'VOUCHER_ISSUED' as const };
      },
      PATIENT_TRANSACTION,
    ),
});
