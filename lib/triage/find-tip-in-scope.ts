/** The one lookup every triage change starts with: the tip if the actor may see it, else 404. */
import { type Actor, provinceScope } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { idOrNotFound } from '@/lib/ids';

export async function findTipInScope(tx: Tx, actor: Actor, tipId: string) {
  const tip = await tx.tip.findFirst({
    where: { id: idOrNotFound(tipId), ...provinceScope(actor) },
    select: { id: true, status: true, priority: true, provinceCode: true, assignedToId: true, caseId: true },
  });
  if (!tip) throw new AppError('NOT_FOUND');
  return tip;
}
