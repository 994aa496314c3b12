/**
 * The payout desk: a voucher code, a payout method and its reference pay the reward exactly
 * once. The guarantee is in the database: the workflow's `pay` move (not expired; one
 * conditional UPDATE while the state is still VOUCHER_ISSUED; audited as `reward.paid`) and
 * the PAYOUT entry with the unique idempotency key `payout:<rewardId>`, in the same
 * transaction. Concurrent attempts with the same code wait on the row; after the first
 * commits, the condition no longer holds for them, so they answer "already paid" and post
 * nothing.
 *
 * Guessing codes at the desk is throttled per administrator and audited
 * (docs/decisions/0703-voucher-guesses-at-the-desk.md): a code no voucher has is recorded as
 * `reward.voucher_refused`, and after VOUCHER_GUESSES_PER_HOUR of them in the last hour the
 * desk refuses that administrator every code, the right ones included, until the hour rolls on.
 */
import { z } from 'zod';
import { formEnum } from '@/lib/http/form';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Currency, RewardState as RewardStateCode } from '@/lib/db/generated/enums';
import { AppError, isAppError } from '@/lib/errors';
import { postEntry } from '@/lib/ledger/post-entry';
import { lockChain } from '@/lib/security/hash-chain';
import { loadRewardForChange, REWARD_FOR_CHANGE, type RewardForChange } from './load-reward';
import { rewardWorkflow } from './reward-workflow';
import { isVoucherCodeShape, voucherHash } from './voucher';
import { defineUseCase } from '@/lib/use-case';

export const payoutSchema = z.object({
  code: z.string().trim().refine(isVoucherCodeShape, 'rewards.errors.voucherShape'),
  method: formEnum(['CASH_OFFICE', 'MOBILE_MONEY', 'BANK']),
  reference: z
    .string()
    .trim()
    .min(2, 'rewards.errors.referenceRequired')
    .max(200)
    .refine((reference) => !looksLikePhoneNumber(reference), 'rewards.errors.referenceIsPhone'),
  /** The reward the desk showed when the code was checked: paying another one is refused. */
  rewardId: z.string().optional(),
});

/**
 * The reference is kept in the reward and the audit log for auditors, so it must name the
 * transaction, never the tipster: a Cambodian phone number (what a mobile-money payout is
 * sent to) is refused.
 */
export function looksLikePhoneNumber(reference: string): boolean {
  return /^(\+?855|0)[1-9]\d{7,8}$/.test(reference.replace(/[\s().-]/g, ''));
}

export type PayoutInput = z.input<typeof payoutSchema>;
export type PayoutResult = { outcome: 'PAID' | 'ALREADY_PAID'; rewardId: string; amountMinor: bigint; currency: Currency };

/** Unknown codes one administrator may try in any hour; a typo or two is normal, ten is not. */
export const VOUCHER_GUESSES_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

/**
 * A code typed at the desk, looked up under the guess throttle (decision 0703): the reward's row
 * with `select`, or why not. Refusals are audited and committed, so the caller returns them
 * from its transaction and throws after.
 */
async function deskLookup<S extends Prisma.RewardSelect>(tx: Tx, actor: Actor, code: string, select: S, options: { toPay: boolean }) {
  // One administrator's attempts one at a time, so a burst cannot all pass the count
  // below before the first refusal is written. Only the desk takes this lock, and
  // always first: no deadlock with the ledger and audit locks.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`voucher-desk:${actor.id}`}, 0))`;
  const refused = await tx.auditEvent.count({ where: { actorId: actor.id, action: 'reward.voucher_refused', at: { gte: new Date(Date.now() - HOUR_MS) } } });
  if (refused >= VOUCHER_GUESSES_PER_HOUR) {
    // Audited too, without the code: it may be a near miss of a real voucher.
    await recordAuditEvent(tx, { actor, action: 'reward.voucher_refused', target: { type: 'staff', id: actor.id }, detail: { reason: 'throttled' } });
    return { outcome: 'THROTTLED' as const };
  }
  // Ledger lock first, as every use-case that moves a reward and posts: one lock order, no deadlock.
  if (options.toPay) await lockChain(tx, 'ledger');
  const row = await tx.reward.findUnique({ where: { voucherHash: voucherHash(code) }, select });
  if (!row) {
    await recordAuditEvent(tx, { actor, action: 'reward.voucher_refused', target: { type: 'staff', id: actor.id }, detail: { reason: 'unknown' } });
    return { outcome: 'UNKNOWN' as const };
  }
  return { outcome: 'FOUND' as const, row: row as Prisma.RewardGetPayload<{ select: S }> };
}

function refuseAtDesk(outcome: 'UNKNOWN' | 'THROTTLED'): never {
  if (outcome === 'UNKNOWN') throw new AppError('NOT_FOUND', 'rewards.errors.voucherUnknown');
  throw new AppError('TOO_MANY_REQUESTS', 'rewards.errors.voucherThrottled');
}

export interface VoucherCheck {
  rewardId: string;
  tipId: string;
  state: RewardStateCode;
  amountMinor: bigint;
  currency: Currency;
  voucherExpiresAt: Date | null;
  paidAt: Date | null;
  payoutReference: string | null;
}

/**
 * The desk's first step: what a code would pay (amount, currency, validity), or that it was
 * paid already (when, under which reference), before anything is paid. Same throttle and
 * audit of unknown codes as paying.
 */
export const checkVoucher = defineUseCase({
  name: 'checkVoucher',
  permission: 'rewards.pay',
  input: payoutSchema.pick({ code: true }),
  run: async (actor, { code }): Promise<VoucherCheck> => {
    const select = { id: true, tipId: true, state: true, amountMinor: true, currency: true, voucherExpiresAt: true, paidAt: true, payoutReference: true } as const;
    const found = await db.$transaction((tx) => deskLookup(tx, actor, code, select, { toPay: false }), { maxWait: 60_000, timeout: 30_000 });
    if (found.outcome !== 'FOUND') refuseAtDesk(found.outcome);
    const { id, ...rest } = found.row;
    return { rewardId: id, ...rest };
  },
});

export const payVoucher = defineUseCase({
  name: 'payVoucher',
  permission: 'rewards.pay',
  input: payoutSchema,
  run: async (actor, payout): Promise<PayoutResult> => {
    const result = await db.$transaction(
      async (tx) => {
        const found = await deskLookup(tx, actor, payout.code, REWARD_FOR_CHANGE, { toPay: true });
        // Committed, then refused below: a thrown error would roll the audit back.
        if (found.outcome !== 'FOUND') return found;
        const { row } = found;
        // The code was changed after the desk showed another voucher's amount: nothing is paid.
        if (payout.rewardId && payout.rewardId !== row.id) throw new AppError('CONFLICT', 'rewards.errors.voucherChanged');
        if (row.state === 'PAID' || !(await paid(tx, actor, row, payout))) return alreadyPaid(tx, row.id);
        const { amountMinor } = row;
        const posted = await postEntry(tx, {
          kind: 'PAYOUT',
          rewardId: row.id,
          memo: `Reward ${row.id} paid (${payout.method})`,
          createdById: actor.id,
          idempotencyKey: `payout:${row.id}`,
          lines: [
            { kind: 'PAID', currency: row.currency, amountMinor },
            { kind: 'COMMITTED', currency: row.currency, amountMinor: -amountMinor },
          ],
        });
        // The state and the entry move together; an existing entry would mean the books and the row disagree.
        if (!posted.created) throw new Error(`payout entry for reward ${row.id} already exists`);
        return { outcome: 'PAID' as const, rewardId: row.id, amountMinor, currency: row.currency };
      },
      { maxWait: 60_000, timeout: 30_000 },
    );
    if (result.outcome === 'UNKNOWN' || result.outcome === 'THROTTLED') refuseAtDesk(result.outcome);
    return result;
  },
});

/** The `pay` move; false when a concurrent payout of the same voucher committed first. */
async function paid(tx: Tx, actor: Actor, reward: RewardForChange, payout: z.output<typeof payoutSchema>): Promise<boolean> {
  try {
    await rewardWorkflow.move(tx, actor, reward, 'pay', {
      data: { paidAt: new Date(), paidById: actor.id, payoutMethod: payout.method, payoutReference: payout.reference },
      detail: { method: payout.method, reference: payout.reference, amountMinor: reward.amountMinor.toString(), currency: reward.currency },
    });
    return true;
  } catch (error) {
    if (isAppError(error) && error.messageKey === 'rewards.errors.changedMeanwhile') return false;
    throw error;
  }
}

async function alreadyPaid(tx: Tx, rewardId: string) {
  const reward = await loadRewardForChange(tx, rewardId);
  if (reward.state !== 'PAID') throw new AppError('CONFLICT', 'rewards.errors.changedMeanwhile');
  return { outcome: 'ALREADY_PAID' as const, rewardId: reward.id, amountMinor: reward.amountMinor, currency: reward.currency };
}
