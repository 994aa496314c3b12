import type { Db } from '@/lib/db/client';
import { type ChainBreak, findChainBreak, GENESIS } from '@/lib/security/hash-chain';
import { auditContent } from './record-event';

const PAGE = 5_000;

/** Re-hashes the whole audit log in pages; counts the events verified before the first altered or missing link. */
export async function verifyAuditChain(db: Db): Promise<{ events: number; brokenAt?: ChainBreak }> {
  let lastHash = GENESIS;
  let afterId = 0n;
  let events = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: PAGE });
    if (rows.length === 0) return { events };
    const result = findChainBreak(rows, auditContent, lastHash);
    if (result.brokenAt) {
      const verifiedInPage = rows.findIndex((row) => row.id.toString() === result.brokenAt!.id);
      return { events: events + verifiedInPage, brokenAt: result.brokenAt };
    }
    lastHash = result.lastHash;
    events += rows.length;
    afterId = rows[rows.length - 1]!.id;
  }
}
