/**
 * The one place a tip becomes LINKED when it joins a case. The move itself belongs to the
 * tip workflow (lib/triage/tip-workflow.ts: which statuses may be linked, the conditional
 * update, triagedAt, the tip.status_changed audit row); cases add one rule of their own: a
 * tip already in another case is not silently moved (merge the cases instead).
 */
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { loadTipForMove, tipWorkflow } from '@/lib/triage/tip-workflow';

export async function markTipLinked(tx: Tx, actor: Actor, tipId: string, caseId: string, detail?: Record<string, unknown>): Promise<void> {
  const tip = await loadTipForMove(tx, tipId);
  if (tip.caseId && tip.caseId !== caseId) throw new AppError('CONFLICT', 'cases.errors.tipInOtherCase');
  await tipWorkflow.move(tx, actor, tip, 'link', { input: { caseId }, data: { caseId }, detail: { caseId, ...detail } });
}
