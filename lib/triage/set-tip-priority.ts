/** Priority of a tip (low, normal, high, critical), audited as tip.updated. */
import { z } from 'zod';
import { formEnum } from '@/lib/http/form';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { findTipInScope } from './find-tip-in-scope';

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;

export const setTipPrioritySchema = z.object({
  tipId: z.string(),
  priority: formEnum(PRIORITIES, 'triage.errors.priority'),
});

export async function setTipPriority(actor: Actor, input: z.input<typeof setTipPrioritySchema>, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'tips.triage');
  const { tipId, priority } = setTipPrioritySchema.parse(input);
  await client.$transaction((tx) => setTipPriorityInTx(tx, actor, { tipId, priority }));
}

/** The body of setTipPriority inside the caller's transaction (bulk triage runs it per tip); `detail` joins the audit row. */
export async function setTipPriorityInTx(tx: Tx, actor: Actor, input: z.output<typeof setTipPrioritySchema>, detail?: Record<string, unknown>): Promise<void> {
  requirePermission(actor, 'tips.triage');
  const tip = await findTipInScope(tx, actor, input.tipId);
  if (tip.priority === input.priority) return;
  await tx.tip.update({ where: { id: tip.id }, data: { priority: input.priority } });
  await recordAuditEvent(tx, { actor, action: 'tip.updated', target: { type: 'tip', id: tip.id }, detail: { priority: { from: tip.priority, to: input.priority }, ...detail } });
}
