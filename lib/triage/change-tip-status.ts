/** An officer moves a tip along the workflow by hand (LINKED is reached through a case). */
import { z } from 'zod';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { findTipInScope } from './find-tip-in-scope';
import { TIP_STATUSES, transitionTip } from './tip-workflow';

export const changeTipStatusSchema = z.object({
  tipId: z.string(),
  status: z.enum(TIP_STATUSES, { error: 'triage.errors.status' }),
});

export async function changeTipStatus(actor: Actor, input: z.input<typeof changeTipStatusSchema>, client: Db = defaultDb) {
  requirePermission(actor, 'tips.triage');
  const { tipId, status } = changeTipStatusSchema.parse(input);
  return client.$transaction(async (tx) => {
    const tip = await findTipInScope(tx, actor, tipId);
    return transitionTip(tx, { actor, tipId: tip.id, to: status, caseId: tip.caseId });
  });
}
