/**
 * Assign a tip to someone who may work it (lib/staff/assignees.ts: an officer who covers its
 * province, or a supervisor, who covers all), or clear the assignment. Audited as tip.assigned.
 */
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId } from '@/lib/ids';
import { assigneesFor, mayBeAssigned } from '@/lib/staff/assignees';
import { checkActor, defineUseCase } from '@/lib/use-case';
import { findTipInScope } from './find-tip-in-scope';

export const assignTipSchema = z.object({
  tipId: anyId,
  /** Empty: nobody. */
  assigneeId: anyId,
});

export const assignTip = defineUseCase({
  name: 'assignTip',
  permission: 'tips.triage',
  input: assignTipSchema,
  run: async (actor, input, client: Db = defaultDb): Promise<void> => {
    await client.$transaction((tx) => assignTipInTx(tx, actor, input));
  },
});

/** The body of assignTip inside the caller's transaction (bulk triage runs it per tip); `detail` joins the audit row. */
export async function assignTipInTx(tx: Tx, actor: Actor, input: z.output<typeof assignTipSchema>, detail?: Record<string, unknown>): Promise<void> {
  checkActor(actor, assignTip.permission);
  const tip = await findTipInScope(tx, actor, input.tipId);
  const to = input.assigneeId || null;
  if (to && !(await mayBeAssigned(tx, to, tip.provinceCode))) throw new AppError('BAD_REQUEST', 'triage.errors.assignee');
  if (tip.assignedToId === to) return;
  await tx.tip.update({ where: { id: tip.id }, data: { assignedToId: to } });
  await recordAuditEvent(tx, { actor, action: 'tip.assigned', target: { type: 'tip', id: tip.id }, detail: { from: tip.assignedToId, to, ...detail } });
}

/** People a tip of this province can be assigned to, for the form. */
export const listAssignees = defineUseCase({
  name: 'listAssignees',
  permission: 'tips.triage',
  input: z.object({ provinceCode: z.string().nullable() }),
  run: async (_actor, { provinceCode }, client: Db | Tx = defaultDb) => assigneesFor(client, provinceCode),
});
