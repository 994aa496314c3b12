/**
 * Four-eyes approval. A rewards administrator other than the proposer approves a proposal;
 * above the policy's threshold a supervisor must approve as well. Nobody who handled the tip
 * or its case may approve. Final approval commits the money in the ledger and issues the
 * voucher: a one-time code kept only as its SHA-256 and sealed to the tipster's key, so the
 * tipster alone can read it (on /status) and no official ever sees it.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { postEntry } from '@/lib/ledger/post-entry';
import { lockChain } from '@/lib/security/hash-chain';
import { sealForTipster } from '@/lib/tips/tipster-box';
import { uncommittedBudget } from './budget';
import { refuseIfHandler } from './conflict-of-interest';
import { NOT_CONTRIBUTING } from './eligible-tips';
import { loadRewardForChange, needsSupervisor, type RewardForChange } from './load-reward';
import { moveReward } from './reward-workflow';
import { generateVoucherCode, voucherHash } from './voucher';

const DAY_MS = 86_400_000;
const approvalSchema = z.object({ rewardId: z.uuid() });

/** Who may not approve: the proposer, an earlier approver, anyone who handled the tip or case. */
async function refuseIfNotIndependent(tx: Tx, actor: Actor, reward: RewardForChange): Promise<void> {
  if (actor.id === reward.proposedById || actor.id === reward.approvedById) throw new AppError('FORBIDDEN', 'rewards.errors.selfApproval');
  // Closed as unfounded or a duplicate since it was proposed: it no longer qualifies (reject it).
  if (NOT_CONTRIBUTING.includes(reward.tip.status)) throw new AppError('CONFLICT', 'rewards.errors.notEligible');
  await refuseIfHandler(tx, actor.id, { tipId: reward.tipId, caseId: reward.tip.caseId ?? reward.raid.caseId });
}

async function commitAndIssueVoucher(tx: Tx, actor: Actor, reward: RewardForChange, approvalData: Record<string, unknown>): Promise<void> {
  if (reward.amountMinor > (await uncommittedBudget(tx, reward.currency, { excludingRewardId: reward.id }))) {
    throw new AppError('BAD_REQUEST', 'rewards.errors.overBudget');
  }
  const code = generateVoucherCode();
  const expiresAt = new Date(Date.now() + reward.policy.voucherValidDays * DAY_MS);
  await moveReward(tx, reward, 'issueVoucher', {
    ...approvalData,
    voucherHash: voucherHash(code),
    voucherSealed: sealForTipster(reward.tip.tipsterPublicKey, code),
    voucherExpiresAt: expiresAt,
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
  await recordAuditEvent(tx, { actor, action: 'reward.voucher_issued', target: { type: 'reward', id: reward.id }, detail: { expiresAt: expiresAt.toISOString() } });
}

export async function approveReward(actor: Actor, input: { rewardId: string }, client: Db = defaultDb): Promise<{ state: 'APPROVED' | 'VOUCHER_ISSUED' }> {
  requirePermission(actor, 'rewards.approve');
  const { rewardId } = approvalSchema.parse(input);
  return client.$transaction(
    async (tx) => {
      await lockChain(tx, 'ledger');
      const reward = await loadRewardForChange(tx, rewardId);
      if (reward.state !== 'PROPOSED') throw new AppError('INVALID_TRANSITION', 'rewards.errors.invalidTransition');
      await refuseIfNotIndependent(tx, actor, reward);
      const now = new Date();
      const large = needsSupervisor(reward);
      await recordAuditEvent(tx, {
        actor,
        action: 'reward.approved',
        target: { type: 'reward', id: reward.id },
        detail: { amountMinor: reward.amountMinor.toString(), currency: reward.currency, awaitingSupervisor: large },
      });
      if (large) {
        await moveReward(tx, reward, 'approve', { approvedById: actor.id, approvedAt: now });
        return { state: 'APPROVED' as const };
      }
      await commitAndIssueVoucher(tx, actor, reward, { approvedById: actor.id, approvedAt: now });
      return { state: 'VOUCHER_ISSUED' as const };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** The supervisor's approval a large reward needs after the rewards administrator's. */
export async function approveLargeReward(actor: Actor, input: { rewardId: string }, client: Db = defaultDb): Promise<{ state: 'VOUCHER_ISSUED' }> {
  requirePermission(actor, 'rewards.approve_large');
  const { rewardId } = approvalSchema.parse(input);
  return client.$transaction(
    async (tx) => {
      await lockChain(tx, 'ledger');
      const reward = await loadRewardForChange(tx, rewardId);
      if (reward.state !== 'APPROVED' || !needsSupervisor(reward)) throw new AppError('INVALID_TRANSITION', 'rewards.errors.invalidTransition');
      await refuseIfNotIndependent(tx, actor, reward);
      await recordAuditEvent(tx, {
        actor,
        action: 'reward.approved',
        target: { type: 'reward', id: reward.id },
        detail: { amountMinor: reward.amountMinor.toString(), currency: reward.currency, supervisor: true },
      });
      await commitAndIssueVoucher(tx, actor, reward, { supervisorApprovedById: actor.id, supervisorApprovedAt: new Date() });
      return { state: 'VOUCHER_ISSUED' as const };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
