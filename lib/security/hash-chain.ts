/**
 * Tamper evidence shared by the audit log and the ledger: each row stores the hash of the
 * previous row and its own hash over a canonical form of its content. Appends are
 * serialised per chain with a transaction-scoped advisory lock, so two instances of the app
 * can never fork a chain.
 */
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db/client';

export const GENESIS = '0'.repeat(64);

/** JSON with sorted keys, bigint as string and dates as ISO text: the same bytes every time. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const chainHash = (prevHash: string, content: unknown) =>
  createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');

/** Takes the chain's lock for the rest of the transaction. */
export async function lockChain(tx: Tx, chain: 'audit' | 'ledger'): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`eyes-and-ears:${chain}`}))`;
}

export interface ChainBreak {
  id: string;
  reason: 'hash mismatch' | 'broken link';
}

/** Walks rows in order and reports the first row whose link or hash does not hold. */
export function findChainBreak<Row extends { id: bigint; prevHash: string; hash: string }>(
  rows: Iterable<Row>,
  content: (row: Row) => unknown,
  startHash = GENESIS,
): { lastHash: string; brokenAt?: ChainBreak } {
  let previous = startHash;
  for (const row of rows) {
    if (row.prevHash !== previous) return { lastHash: previous, brokenAt: { id: row.id.toString(), reason: 'broken link' } };
    if (chainHash(row.prevHash, content(row)) !== row.hash) {
      return { lastHash: previous, brokenAt: { id: row.id.toString(), reason: 'hash mismatch' } };
    }
    previous = row.hash;
  }
  return { lastHash: previous };
}
