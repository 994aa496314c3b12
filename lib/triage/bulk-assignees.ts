/**
 * Staff a bulk assignment may name: supervisors, and officers covering at least one of the
 * actor's provinces (every officer for those who see all). Each tip still checks that its
 * assignee covers its own province (assignTipInTx).
 */
import { type Actor, seesAllProvinces } from '@/lib/auth/permissions';
import type { Db, Tx } from '@/lib/db/client';

export async function bulkAssignees(actor: Actor, client: Db | Tx) {
  return client.staffUser.findMany({
    where: {
      active: true,
      OR: [{ role: 'SUPERVISOR' }, { role: 'OFFICER', ...(seesAllProvinces(actor) ? {} : { provinceCodes: { hasSome: [...actor.provinceCodes] } }) }],
    },
    orderBy: { name: 'asc' },
    take: 200,
    select: { id: true, name: true, role: true },
  });
}
