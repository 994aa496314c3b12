/**
 * Balances per currency, from the journal alone (no balance column anywhere).
 * funded = what the outside world put in (minus nothing: money never goes back out to it),
 * committed = approved rewards not yet paid, expired or cancelled, paid = paid out,
 * available = funded - committed - paid, which is the FUNDING account's own balance.
 */
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import type { Currency, LedgerAccountKind } from '@/lib/db/generated/enums';
import { CURRENCIES } from './accounts';

export interface CurrencyBalance {
  currency: Currency;
  fundedMinor: bigint;
  committedMinor: bigint;
  paidMinor: bigint;
  availableMinor: bigint;
}

/** Signed balance (debits positive) of every account, keyed `KIND-CURRENCY`. */
export async function accountBalances(client: Db | Tx = defaultDb): Promise<Map<string, { kind: LedgerAccountKind; currency: Currency; balanceMinor: bigint }>> {
  const [accounts, sums] = await Promise.all([
    client.ledgerAccount.findMany({ select: { id: true, code: true, kind: true, currency: true } }),
    client.journalLine.groupBy({ by: ['accountId'], _sum: { amountMinor: true } }),
  ]);
  const byId = new Map(sums.map((sum) => [sum.accountId, sum._sum.amountMinor ?? 0n]));
  return new Map(accounts.map((account) => [account.code, { kind: account.kind, currency: account.currency, balanceMinor: byId.get(account.id) ?? 0n }]));
}

export async function ledgerBalances(client: Db | Tx = defaultDb): Promise<CurrencyBalance[]> {
  const balances = await accountBalances(client);
  const of = (kind: LedgerAccountKind, currency: Currency) => balances.get(`${kind}-${currency}`)?.balanceMinor ?? 0n;
  return CURRENCIES.map((currency) => ({
    currency,
    fundedMinor: -of('EXTERNAL', currency),
    committedMinor: of('COMMITTED', currency),
    paidMinor: of('PAID', currency),
    availableMinor: of('FUNDING', currency),
  }));
}

export async function availableBudget(client: Db | Tx, currency: Currency): Promise<bigint> {
  return (await ledgerBalances(client)).find((balance) => balance.currency === currency)!.availableMinor;
}
