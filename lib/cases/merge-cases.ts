/**
 * Merges case B (source) into case A (target): B's tips move to A, A's first informant
 * becomes the earliest tip of both (a tie keeps A's), and B is closed and kept read-only
 * with mergedIntoId pointing at A. Both cases are locked (in id order, so two merges never
 * deadlock) and both are audited, in one transaction. Refused: a case into itself, into or
 * from a merged case, into a closed case, and a source with a recorded raid (its raid and
 * the tips it rewards must stay together).
 */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertNotMerged, isUuid, type LockedCase, lockCaseInScope, recomputeCaseCentre } from './case-access';
import { mergeCasesSchema } from './schema';

export async function mergeCases(actor: Actor, options: { targetCaseId: string; sourceCaseId: string }, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'cases.manage');
  if (!isUuid(options.targetCaseId) || !isUuid(options.sourceCaseId)) throw new AppError('NOT_FOUND');
  if (options.targetCaseId === options.sourceCaseId) throw new AppError('CONFLICT', 'cases.errors.mergeSelf');
  const { targetCaseId, sourceCaseId } = mergeCasesSchema.parse(options);

  await client.$transaction(async (tx) => {
    const locked = new Map<string, LockedCase>();
    for (const id of [targetCaseId, sourceCaseId].sort()) locked.set(id, await lockCaseInScope(tx, actor, id));
    const target = locked.get(targetCaseId)!;
    const source = locked.get(sourceCaseId)!;
    assertNotMerged(target);
    assertNotMerged(source);
    if (target.status === 'CLOSED') throw new AppError('INVALID_TRANSITION', 'cases.errors.caseClosed');
    if (await tx.raid.count({ where: { caseId: source.id } })) throw new AppError('CONFLICT', 'cases.errors.mergeRaided');

    const moved = await tx.tip.findMany({ where: { caseId: source.id }, select: { id: true } });
    const firstInformantTipId = await earlierInformant(tx, target.firstInformantTipId, source.firstInformantTipId);

    // B gives up its first informant first: the column is unique across cases.
    await tx.case.update({ where: { id: source.id }, data: { firstInformantTipId: null, mergedIntoId: target.id, status: 'CLOSED' } });
    await tx.tip.updateMany({ where: { caseId: source.id }, data: { caseId: target.id } });
    await tx.case.update({ where: { id: target.id }, data: { firstInformantTipId } });
    await recomputeCaseCentre(tx, target.id);

    const movedTipIds = moved.map((tip) => tip.id);
    await recordAuditEvent(tx, {
      actor,
      action: 'case.merged',
      target: { type: 'case', id: target.id },
      detail: { sourceCaseId: source.id, sourceReference: source.reference, movedTipIds, firstInformantTipId, firstInformantChanged: firstInformantTipId !== target.firstInformantTipId },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'case.merged',
      target: { type: 'case', id: source.id },
      detail: { mergedIntoId: target.id, mergedIntoReference: target.reference, from: source.status, to: 'CLOSED', movedTipIds },
    });
  });
}

async function earlierInformant(tx: Tx, targetTipId: string | null, sourceTipId: string | null): Promise<string | null> {
  if (!targetTipId || !sourceTipId) return targetTipId ?? sourceTipId;
  const tips = await tx.tip.findMany({ where: { id: { in: [targetTipId, sourceTipId] } }, select: { id: true, receivedAt: true } });
  const at = (id: string) => tips.find((tip) => tip.id === id)!.receivedAt.getTime();
  return at(sourceTipId) < at(targetTipId) ? sourceTipId : targetTipId;
}
