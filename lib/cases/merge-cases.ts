/**
 * Merges case B (source) into case A (target): B's tips move to A, A's first informant
 * becomes the earliest tip of both (a tie keeps A's), and B is closed and kept read-only
 * with mergedIntoId pointing at A. Both cases are locked (in id order, so two merges never
 * deadlock) and both move through the case workflow (B `mergeAway`, A `takeMerged`), each
 * audited in the move, in one transaction (a refusal of either rolls back both). Refused: a case into itself, and whatever the
 * workflow refuses (into or from a merged case, into a closed case, a source with a raid).
 */
import { z } from 'zod';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId } from '@/lib/ids';
import { recomputeCaseCentre } from './case-access';
import { caseWorkflow, lockCaseForMove } from './case-workflow';
import { defineUseCase } from '@/lib/use-case';
import { caseIdByReference } from './get-case';

export const mergeCases = defineUseCase({
  name: 'mergeCases',
  permission: 'cases.manage',
  input: z.object({ targetCaseId: anyId, sourceCaseId: anyId }),
  run: async (actor, { targetCaseId, sourceCaseId }, client: Db = defaultDb): Promise<void> => {
    if (targetCaseId === sourceCaseId) throw new AppError('CONFLICT', 'cases.errors.mergeSelf');

    await client.$transaction(async (tx) => {
      const locked = new Map<string, Awaited<ReturnType<typeof lockCaseForMove>>>();
      for (const id of [targetCaseId, sourceCaseId].sort()) locked.set(id, await lockCaseForMove(tx, actor, id));
      const target = locked.get(targetCaseId)!;
      const source = locked.get(sourceCaseId)!;
      const moved = await tx.tip.findMany({ where: { caseId: source.id }, select: { id: true } });
      const movedTipIds = moved.map((tip) => tip.id);
      const firstInformantTipId = await earlierInformant(tx, target.firstInformantTipId, source.firstInformantTipId);

      // B gives up its first informant first: the column is unique across cases.
      await caseWorkflow.move(tx, actor, source, 'mergeAway', {
        data: { firstInformantTipId: null, mergedIntoId: target.id },
        detail: { mergedIntoId: target.id, mergedIntoReference: target.reference, movedTipIds },
      });
      await tx.tip.updateMany({ where: { caseId: source.id }, data: { caseId: target.id } });
      await caseWorkflow.move(tx, actor, target, 'takeMerged', {
        data: { firstInformantTipId },
        detail: { sourceCaseId: source.id, sourceReference: source.reference, movedTipIds, firstInformantTipId, firstInformantChanged: firstInformantTipId !== target.firstInformantTipId },
      });
      await recomputeCaseCentre(tx, target.id);
    });
  },
});

async function earlierInformant(tx: Tx, targetTipId: string | null, sourceTipId: string | null): Promise<string | null> {
  if (!targetTipId || !sourceTipId) return targetTipId ?? sourceTipId;
  const tips = await tx.tip.findMany({ where: { id: { in: [targetTipId, sourceTipId] } }, select: { id: true, receivedAt: true } });
  const at = (id: string) => tips.find((tip) => tip.id === id)!.receivedAt.getTime();
  return at(sourceTipId) < at(targetTipId) ? sourceTipId : targetTipId;
}

/** The merge as the case page asks for it: the other case named by its reference. */
export const mergeCasesByReference = defineUseCase({
  name: 'mergeCasesByReference',
  permission: 'cases.manage',
  input: z.object({ targetCaseId: z.string(), sourceReference: z.string() }),
  run: async (actor, { targetCaseId, sourceReference }, client: Db = defaultDb): Promise<void> =>
    mergeCases(actor, { targetCaseId, sourceCaseId: await caseIdByReference(actor, sourceReference, client) }, client),
});
