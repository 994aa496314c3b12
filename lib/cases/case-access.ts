/**
 * Finding a case (or tips) the actor may see, inside a transaction, locking the case row so
 * two officers changing the same case are applied one after the other. Anything missing or
 * outside the actor's provinces is NOT_FOUND, never FORBIDDEN: the answer must not confirm
 * that a hidden case exists.
 */
import { type Actor, provinceScope } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { idOrNotFound } from '@/lib/ids';
import type { CaseStatusCode } from './case-workflow';

export interface LockedCase {
  id: string;
  reference: string;
  status: CaseStatusCode;
  provinceCode: string | null;
  firstInformantTipId: string | null;
  mergedIntoId: string | null;
  assignedToId: string | null;
}

export async function lockCaseInScope(tx: Tx, actor: Actor, caseId: unknown): Promise<LockedCase> {
  const id = idOrNotFound(caseId);
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${id}::uuid FOR UPDATE`;
  const found = await tx.case.findFirst({
    where: { id, ...provinceScope(actor) },
    select: { id: true, reference: true, status: true, provinceCode: true, firstInformantTipId: true, mergedIntoId: true, assignedToId: true },
  });
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** A merged case is kept only as a pointer to the case it went into. */
export function assertNotMerged(found: LockedCase): void {
  if (found.mergedIntoId) throw new AppError('CONFLICT', 'cases.errors.merged');
}

/** The case's place on the map: the centre of its tips. */
export async function recomputeCaseCentre(tx: Tx, caseId: string): Promise<void> {
  const centre = await tx.tip.aggregate({ where: { caseId }, _avg: { lat: true, lng: true } });
  await tx.case.update({ where: { id: caseId }, data: { lat: centre._avg.lat, lng: centre._avg.lng } });
}
