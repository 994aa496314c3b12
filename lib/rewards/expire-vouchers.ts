/**
 * Vouchers past their expiry go back to the budget: the system's `expire` move (audited as
 * `reward.expired`, no actor) and an EXPIRY entry releasing the committed amount, one reward
 * per transaction.
 * Run hourly by the `vouchers-expire` job (lib/jobs) and by `npm run rewards:expire`; a voucher
 * past its date can never be paid meanwhile (lib/rewards/pay-voucher.ts checks the date).
 */
import { db as defaultDb, type Db, PATIENT_TRANSACTION } from '@/lib/db/client';
import { postEntry } from '@/lib/ledger/post-entry';
import { lockChain } from '@/lib/security/hash-chain';
import { loadRewardForChange } from './load-reward';
import { rewardWorkflow } from './reward-workflow';

export async function expireVouchers(options: { now?: Date; client?: Db } = {}): Promise<string[]> {
  const client = options.client ?? defaultDb;
  const now = options.now ?? new Date();
  const due = await client.reward.findMany({ where: { state: 'VOUCHER_ISSUED', voucherExpiresAt: { lte: now } }, select: { id: true } });
  const expired: string[] = [];
  for (const { id } of due) {
    const done = await client.$transaction(async (tx) => {
      await lockChain(tx, 'ledger');
      const reward = await loadRewardForChange(tx, id);
      // Paid or cancelled meanwhile, or its date moved: nothing to do.
      if (await rewardWorkflow.refusal(tx, null, reward, 'expire', { now })) return false;
      await rewardWorkflow.move(tx, null, reward, 'expire', { input: { now }, detail: { expiredAt: reward.voucherExpiresAt!.toISOString() } });
      await postEntry(tx, {
        kind: 'EXPIRY',
        rewardId: reward.id,
        memo: `Voucher of reward ${reward.id} expired: returned to the budget`,
        idempotencyKey: `expiry:${reward.id}`,
        lines: [
          { kind: 'FUNDING', currency: reward.currency, amountMinor: reward.amountMinor },
          { kind: 'COMMITTED', currency: reward.currency, amountMinor: -reward.amountMinor },
        ],
      });
      return true;
    }, PATIENT_TRANSACTION);
    if (done) expired.push(id);
  }
  return expired;
}
