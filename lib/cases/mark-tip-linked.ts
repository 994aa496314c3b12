/**
 * The one place a tip becomes LINKED when it joins a case. The move itself belongs to the
 * tip status workflow (lib/triage/tip-workflow.ts: which statuses may be linked, the
 * conditional update, triagedAt, the tip.status_changed audit row); cases add one rule of
 * their own: a tip already in another case is not silently moved (merge the cases instead).
 */
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { transitionTip } from '@/lib/triage/tip-workflow';

export async function markTipLinked(tx: Tx, actor: Actor, tipId: string, caseId: string, detail?: Record<string, unknown>): Promise<void> {
  const before = await tx.tip.findUnique({ where: { id: tipId }, select: { caseId: true } });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.caseId && before.caseId !== caseId) throw new AppError('CONFLICT', 'cases.errors.tipInOtherCase');
  await transitionTip(tx, { actor, tipId, to: 'LINKED', caseId, ...(detail ? { detail } : {}) });
}
