/** An officer moves a tip along the workflow by hand (LINKED is reached through a case). */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { formEnum } from '@/lib/http/form';
import type { Actor } from '@/lib/auth/permissions';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { checkActor, defineUseCase } from '@/lib/use-case';
import { findTipInScope } from './find-tip-in-scope';
import { loadTipForMove, TIP_STATUSES, tipWorkflow } from './tip-workflow';

export const changeTipStatusSchema = z.object({
  tipId: anyId,
  status: formEnum(TIP_STATUSES, 'triage.errors.status'),
});

export const changeTipStatus = defineUseCase({
  name: 'changeTipStatus',
  permission: 'tips.triage',
  input: changeTipStatusSchema,
  run: (actor, input, client: Db = defaultDb) => client.$transaction((tx) => changeTipStatusInTx(tx, actor, input)),
});

/** The body of changeTipStatus inside the caller's transaction (bulk triage runs it per tip); `detail` joins the audit row. */
export async function changeTipStatusInTx(tx: Tx, actor: Actor, input: z.output<typeof changeTipStatusSchema>, detail?: Record<string, unknown>) {
  checkActor(actor, changeTipStatus.permission);
  const tip = await loadTipForMove(tx, (await findTipInScope(tx, actor, input.tipId)).id);
  const options = detail ? { detail } : {};
  // LINKED is not on the status list: asked for here, the link move refuses it for want of a case.
  return input.status === 'LINKED' ? tipWorkflow.move(tx, actor, tip, 'link', options) : tipWorkflow.moveTo(tx, actor, tip, input.status, options);
}
