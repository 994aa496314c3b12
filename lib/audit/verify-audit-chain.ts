import type { Db } from '@/lib/db/client';
import { type ChainBreak, findChainBreak, GENESIS } from '@/lib/security/hash-chain';
import { auditContent } from './record-event';

const PAGE = 5_000;

export interface AuditChainReport {
  events: number;
  brokenAt?: ChainBreak;
  /** The newest event, for an auditor to record and pass back later as an expected hash; null on an empty log. */
  head: { id: string; hash: string } | null;
  /** Recorded hashes no longer in the chain: its newest events were removed or rewritten since. Checked on an intact chain only. */
  missing: string[];
}

/** Re-hashes the whole audit log in pages; counts the events verified before the first altered or missing link. */
export async function verifyAuditChain(db: Db): Promise<{ events: number; brokenAt?: ChainBreak }> {
  const { events, brokenAt } = await auditChainReport(db);
  return brokenAt ? { events, brokenAt } : { events };
}

/**
 * verifyAuditChain, plus the head and the anchors: a chain alone cannot show that its newest
 * events were cut off, so `expectHashes` (heads an auditor recorded earlier) must each still
 * be in it.
 */
export async function auditChainReport(db: Db, options: { expectHashes?: readonly string[] } = {}): Promise<AuditChainReport> {
  const unseen = new Set(options.expectHashes?.map((hash) => hash.toLowerCase()).filter((hash) => hash !== GENESIS));
  let lastHash = GENESIS;
  let head: AuditChainReport['head'] = null;
  let afterId = 0n;
  let events = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: PAGE });
    if (rows.length === 0) return { events, head, missing: [...unseen] };
    const result = findChainBreak(rows, auditContent, lastHash);
    if (result.brokenAt) {
      const verifiedInPage = rows.findIndex((row) => row.id.toString() === result.brokenAt!.id);
      return { events: events + verifiedInPage, brokenAt: result.brokenAt, head: null, missing: [] };
    }
    for (const row of rows) unseen.delete(row.hash);
    lastHash = result.lastHash;
    events += rows.length;
    const newest = rows[rows.length - 1]!;
    head = { id: newest.id.toString(), hash: newest.hash };
    afterId = newest.id;
  }
}
