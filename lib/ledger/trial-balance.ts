/** The trial balance: every account's balance and, per currency, their total, which must be zero. */
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import type { Currency } from '@/lib/db/generated/enums';
import { ACCOUNT_KINDS, CURRENCIES } from './accounts';
import { accountBalances } from './balances';

export interface TrialBalance {
  accounts: { code: string; currency: Currency; balanceMinor: bigint }[];
  totals: { currency: Currency; totalMinor: bigint }[];
  balanced: boolean;
}

export async function trialBalance(client: Db | Tx = defaultDb): Promise<TrialBalance> {
  const balances = await accountBalances(client);
  const accounts = CURRENCIES.flatMap((currency) =>
    ACCOUNT_KINDS.map((kind) => ({ code: `${kind}-${currency}`, currency, balanceMinor: balances.get(`${kind}-${currency}`)?.balanceMinor ?? 0n })),
  );
  const totals = CURRENCIES.map((currency) => ({
    currency,
    totalMinor: accounts.filter((account) => account.currency === currency).reduce((sum, account) => sum + account.balanceMinor, 0n),
  }));
  return { accounts, totals, balanced: totals.every((total) => total.totalMinor === 0n) };
}
