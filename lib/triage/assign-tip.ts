/**
 * Assign a tip to an officer who covers its province (or to a supervisor, who covers all),
 * or clear the assignment. Audited as tip.assigned.
 */
import { z } from 'zod';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { findTipInScope } from './find-tip-in-scope';

export const assignTipSchema = z.object({
  tipId: z.string(),
  /** Empty: nobody. */
  assigneeId: z.union([z.uuid('triage.errors.assignee'), z.literal('')]),
});

/** Staff a tip of this province may be assigned to. */
export function assigneeWhere(provinceCode: string | null) {
  return {
    active: true,
    OR: [{ role: 'SUPERVISOR' as const }, ...(provinceCode ? [{ role: 'OFFICER' as const, provinceCodes: { has: provinceCode } }] : [])],
  };
}

export async function listAssignees(client: Db | Tx, provinceCode: string | null) {
  return client.staffUser.findMany({ where: assigneeWhere(provinceCode), orderBy: { name: 'asc' }, take: 200, select: { id: true, name: true, role: true } });
}

export async function assignTip(actor: Actor, input: z.input<typeof assignTipSchema>, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'tips.triage');
  const { tipId, assigneeId } = assignTipSchema.parse(input);
  await client.$transaction((tx) => assignTipInTx(tx, actor, { tipId, assigneeId }));
}

/** The body of assignTip inside the caller's transaction (bulk triage runs it per tip); `detail` joins the audit row. */
export async function assignTipInTx(tx: Tx, actor: Actor, input: z.output<typeof assignTipSchema>, detail?: Record<string, unknown>): Promise<void> {
  requirePermission(actor, 'tips.triage');
  const tip = await findTipInScope(tx, actor, input.tipId);
  const to = input.assigneeId || null;
  if (to) {
    const eligible = await tx.staffUser.count({ where: { id: to, ...assigneeWhere(tip.provinceCode) } });
    if (!eligible) throw new AppError('BAD_REQUEST', 'triage.errors.assignee');
  }
  if (tip.assignedToId === to) return;
  await tx.tip.update({ where: { id: tip.id }, data: { assignedToId: to } });
  await recordAuditEvent(tx, { actor, action: 'tip.assigned', target: { type: 'tip', id: tip.id }, detail: { from: tip.assignedToId, to, ...detail } });
}
