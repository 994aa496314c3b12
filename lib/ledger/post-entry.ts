/**
 * Posts one double-entry journal entry inside the caller's transaction: the lines of each
 * currency sum to zero, amounts are integer minor units, the idempotency key makes a retried
 * operation post at most once, and the entry joins the ledger's hash chain under the
 * 'ledger' advisory lock.
 */
import type { Tx } from '@/lib/db/client';
import type { Currency, JournalKind, LedgerAccountKind } from '@/lib/db/generated/enums';
import { chainHash, GENESIS, lockChain } from '@/lib/security/hash-chain';
import { accountCode, ensureAccount } from './accounts';

export interface EntryLineInput {
  kind: LedgerAccountKind;
  currency: Currency;
  /** Positive = debit, negative = credit. */
  amountMinor: bigint;
}

export interface EntryInput {
  kind: JournalKind;
  rewardId?: string | null;
  memo: string;
  createdById?: string | null;
  idempotencyKey: string;
  lines: EntryLineInput[];
}

/** The fields the hash covers, in one place for posting and verifying. */
export function entryContent(entry: {
  kind: string;
  rewardId: string | null;
  memo: string;
  createdById: string | null;
  createdAt: Date;
  idempotencyKey: string;
  lines: { account: string; amountMinor: bigint }[];
}) {
  return {
    kind: entry.kind,
    rewardId: entry.rewardId,
    memo: entry.memo,
    createdById: entry.createdById,
    createdAt: entry.createdAt,
    idempotencyKey: entry.idempotencyKey,
    lines: entry.lines.map((line) => ({ account: line.account, amountMinor: line.amountMinor })),
  };
}

/** Per-currency sums of an entry's lines; a balanced entry has only zeros. */
export function currencyTotals(lines: { currency: Currency; amountMinor: bigint }[]): Map<Currency, bigint> {
  const totals = new Map<Currency, bigint>();
  for (const line of lines) totals.set(line.currency, (totals.get(line.currency) ?? 0n) + line.amountMinor);
  return totals;
}

export function assertBalanced(lines: EntryLineInput[]): void {
  if (lines.length < 2) throw new Error('A journal entry needs at least two lines');
  for (const line of lines) {
    if (typeof line.amountMinor !== 'bigint' || line.amountMinor === 0n) throw new Error('Journal lines are non-zero integer minor units');
  }
  for (const [currency, total] of currencyTotals(lines)) {
    if (total !== 0n) throw new Error(`Journal entry does not balance in ${currency}: ${total}`);
  }
}

export interface PostedEntry {
  id: bigint;
  /** False when an entry with this idempotency key already existed: nothing was posted. */
  created: boolean;
}

export async function postEntry(tx: Tx, input: EntryInput): Promise<PostedEntry> {
  assertBalanced(input.lines);
  await lockChain(tx, 'ledger');
  const existing = await tx.journalEntry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const accountIds = new Map<string, string>();
  for (const line of input.lines) {
    const code = accountCode(line.kind, line.currency);
    if (!accountIds.has(code)) accountIds.set(code, await ensureAccount(tx, line.kind, line.currency));
  }
  const last = await tx.journalEntry.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS;
  const row = {
    kind: input.kind,
    rewardId: input.rewardId ?? null,
    memo: input.memo,
    createdById: input.createdById ?? null,
    createdAt: new Date(),
    idempotencyKey: input.idempotencyKey,
  };
  const lines = input.lines.map((line) => ({ account: accountCode(line.kind, line.currency), amountMinor: line.amountMinor }));
  const hash = chainHash(prevHash, entryContent({ ...row, lines }));
  const entry = await tx.journalEntry.create({ data: { ...row, prevHash, hash }, select: { id: true } });
  // One insert per line, in order, so line ids follow the order the hash covers.
  for (const line of lines) {
    await tx.journalLine.create({ data: { entryId: entry.id, accountId: accountIds.get(line.account)!, amountMinor: line.amountMinor } });
  }
  return { id: entry.id, created: true };
}
