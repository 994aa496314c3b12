/**
 * The ledger's accounts: one of each kind per currency, created the first time an entry
 * touches them (docs/REWARDS.md explains what each one holds).
 */
import type { Tx } from '@/lib/db/client';
import type { Currency, LedgerAccountKind } from '@/lib/db/generated/enums';

export const CURRENCIES = ['USD', 'KHR'] as const satisfies readonly Currency[];
export const ACCOUNT_KINDS = ['EXTERNAL', 'FUNDING', 'COMMITTED', 'PAID'] as const satisfies readonly LedgerAccountKind[];

export const accountCode = (kind: LedgerAccountKind, currency: Currency) => `${kind}-${currency}`;

/** Callers hold the ledger lock, so two transactions never race to create the same account. */
export async function ensureAccount(tx: Tx, kind: LedgerAccountKind, currency: Currency): Promise<string> {
  const code = accountCode(kind, currency);
  const found = await tx.ledgerAccount.findUnique({ where: { code }, select: { id: true } });
  if (found) return found.id;
  const created = await tx.ledgerAccount.create({ data: { code, kind, currency }, select: { id: true } });
  return created.id;
}
