/**
 * The budget a new proposal or approval may use: the ledger's available balance minus what
 * proposals not yet committed already reserve. Callers hold the ledger lock, so two
 * proposals cannot both spend the same last dollar.
 */
import type { Tx } from '@/lib/db/client';
import type { Currency } from '@/lib/db/generated/enums';
import { availableBudget } from '@/lib/ledger/balances';
import { PENDING_STATES } from './reward-workflow';

export async function uncommittedBudget(tx: Tx, currency: Currency, options: { excludingRewardId?: string } = {}): Promise<bigint> {
  const available = await availableBudget(tx, currency);
  const pending = await tx.reward.aggregate({
    where: { currency, state: { in: [...PENDING_STATES] }, ...(options.excludingRewardId ? { id: { not: options.excludingRewardId } } : {}) },
    _sum: { amountMinor: true },
  });
  return available - (pending._sum.amountMinor ?? 0n);
}
