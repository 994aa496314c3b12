/** Priority of a tip (low, normal, high, critical), audited as tip.updated. */
import { z } from 'zod';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { findTipInScope } from './find-tip-in-scope';

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;

export const setTipPrioritySchema = z.object({
  tipId: z.string(),
  priority: z.enum(PRIORITIES, { error: 'triage.errors.priority' }),
});

export async function setTipPriority(actor: Actor, input: z.input<typeof setTipPrioritySchema>, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'tips.triage');
  const { tipId, priority } = setTipPrioritySchema.parse(input);
  await client.$transaction(async (tx) => {
    const tip = await findTipInScope(tx, actor, tipId);
    if (tip.priority === priority) return;
    await tx.tip.update({ where: { id: tip.id }, data: { priority } });
    await recordAuditEvent(tx, { actor, action: 'tip.updated', target: { type: 'tip', id: tip.id }, detail: { priority: { from: tip.priority, to: priority } } });
  });
}
