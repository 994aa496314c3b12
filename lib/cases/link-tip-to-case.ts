/**
 * Adds a tip to an existing case (the tip detail's "merge into a case"): the tip moves to
 * LINKED (tip workflow) and the case takes it in (case workflow `takeTip`: a merged or closed
 * case takes no new tips), each move audited; the tip becomes the first informant when it
 * was received strictly earlier than the current one (a tie keeps the informant already
 * marked). Both the tip and the case must be within the actor's provinces (404 otherwise,
 * nothing changed). Linking a tip already in this case is a no-op.
 */
import { z } from 'zod';
import { type Actor, provinceScope } from '@/lib/auth/permissions';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';
import { recomputeCaseCentre } from './case-access';
import { caseWorkflow, lockCaseForMove } from './case-workflow';
import { markTipLinked } from './mark-tip-linked';
import { checkActor, defineUseCase } from '@/lib/use-case';

export const linkTipToCase = defineUseCase({
  name: 'linkTipToCase',
  permission: 'cases.manage',
  input: z.object({ tipId: anyId, caseId: anyId }),
  run: async (actor, options, client: Db = defaultDb): Promise<void> => {
    await client.$transaction((tx) => linkTipToCaseInTx(tx, actor, options));
  },
});

/** The body of linkTipToCase inside the caller's transaction (bulk triage runs it per tip); `detail` joins the audit rows. */
export async function linkTipToCaseInTx(tx: Tx, actor: Actor, options: { tipId: string; caseId: string }, detail?: Record<string, unknown>): Promise<void> {
  checkActor(actor, linkTipToCase.permission);
  const target = await lockCaseForMove(tx, actor, options.caseId);
  const tip = await tx.tip.findFirst({
    where: { id: idOrNotFound(options.tipId), ...provinceScope(actor) },
    select: { id: true, caseId: true, receivedAt: true },
  });
  if (!tip) throw new AppError('NOT_FOUND');
  if (tip.caseId === target.id) return;
  await markTipLinked(tx, actor, tip.id, target.id, detail);

  const current = target.firstInformantTipId
    ? await tx.tip.findUnique({ where: { id: target.firstInformantTipId }, select: { receivedAt: true } })
    : null;
  const becomesFirst = !current || tip.receivedAt < current.receivedAt;
  await caseWorkflow.move(tx, actor, target, 'takeTip', {
    data: becomesFirst ? { firstInformantTipId: tip.id } : {},
    detail: { tipId: tip.id, firstInformantTipId: becomesFirst ? tip.id : target.firstInformantTipId, firstInformantChanged: becomesFirst, ...detail },
  });
  await recomputeCaseCentre(tx, target.id);
}
