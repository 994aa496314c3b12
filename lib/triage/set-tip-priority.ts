/** Priority of a tip (low, normal, high, critical), audited as tip.updated. */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { formEnum } from '@/lib/http/form';
import type { Actor } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { checkActor, defineUseCase } from '@/lib/use-case';
import { findTipInScope } from './find-tip-in-scope';

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;

export const setTipPrioritySchema = z.object({
  tipId: anyId,
  priority: formEnum(PRIORITIES, 'triage.errors.priority'),
});

export const setTipPriority = defineUseCase({
  name: 'setTipPriority',
  permission: 'tips.triage',
  input: setTipPrioritySchema,
  run: async (actor, input, client: Db = defaultDb): Promise<void> => {
    await client.$transaction((tx) => setTipPriorityInTx(tx, actor, input));
  },
});

/** The body of setTipPriority inside the caller's transaction (bulk triage runs it per tip); `detail` joins the audit row. */
export async function setTipPriorityInTx(tx: Tx, actor: Actor, input: z.output<typeof setTipPrioritySchema>, detail?: Record<string, unknown>): Promise<void> {
  checkActor(actor, setTipPriority.permission);
  const tip = await findTipInScope(tx, actor, input.tipId);
  if (tip.priority === input.priority) return;
  await tx.tip.update({ where: { id: tip.id }, data: { priority: input.priority } });
  await recordAuditEvent(tx, { actor, action: 'tip.updated', target: { type: 'tip', id: tip.id }, detail: { priority: { from: tip.priority, to: input.priority }, ...detail } });
}
