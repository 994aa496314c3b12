/**
 * The one way a case is read with its tips (the detail page, the case file): the case if the
 * actor may see it, its raids, and its tips within the actor's provinces, oldest first. The
 * callers differ only in the raids' order and the tip fields they need. A malformed or
 * unknown id, or a case outside the actor's provinces: NOT_FOUND.
 */
import { type Actor, provinceScope } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors';
import { idOrNotFound } from '@/lib/ids';

/** What a case says of itself, its assignee and notes: the detail page and the case file show the same. */
const CASE_RECORD_SELECT = {
  id: true, reference: true, title: true, status: true, provinceCode: true, lat: true, lng: true,
  createdAt: true, updatedAt: true, firstInformantTipId: true, mergedIntoId: true,
  assignedTo: { select: { id: true, name: true } },
  notes: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
} as const;

export interface CaseView<TipFields extends Prisma.TipSelect> {
  /** Newest first for the page, oldest first for the file (the order a court reads them). */
  raids: 'asc' | 'desc';
  tips: TipFields;
}

export async function loadCaseWithTips<TipFields extends Prisma.TipSelect>(tx: Tx, actor: Actor, caseId: string, view: CaseView<TipFields>) {
  const id = idOrNotFound(caseId);
  const found = await tx.case.findFirst({
    where: { id, ...provinceScope(actor) },
    select: {
      ...CASE_RECORD_SELECT,
      raids: { orderBy: [{ raidedOn: view.raids }, { createdAt: view.raids }], include: { recordedBy: { select: { name: true } } } },
    },
  });
  if (!found) throw new AppError('NOT_FOUND');
  // One after the other: a transaction is one connection, and pg queues rather than parallelises.
  const tips = await tx.tip.findMany({
    where: { caseId: id, ...provinceScope(actor) },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    select: view.tips,
  });
  return { found, tips };
}
