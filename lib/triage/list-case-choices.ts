/** Open cases a tip could be merged into: in the actor's scope, not merged away, not closed. */
import { type Actor, provinceScope, requirePermission } from '@/lib/auth/permissions';
import { db as defaultDb, type Db } from '@/lib/db/client';

export async function listCaseChoices(actor: Actor, client: Db = defaultDb) {
  requirePermission(actor, 'cases.read');
  return client.case.findMany({
    where: { mergedIntoId: null, status: { not: 'CLOSED' }, ...provinceScope(actor) },
    orderBy: { updatedAt: 'desc' },
    take: 100,
    select: { id: true, reference: true, title: true },
  });
}
