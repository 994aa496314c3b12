/**
 * The one place a tip's status becomes LINKED when it joins a case. The tip status workflow
 * belongs to lib/triage/tip-workflow.ts (branch console-tips); until it is merged, the
 * transition is made here directly, guarded the same way (only NEW or TRIAGED tips, and only
 * a tip in no other case). When the workflow lands, this body becomes one call to it.
 */
import type { Actor } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

const LINKABLE = ['NEW', 'TRIAGED'] as const;

export async function markTipLinked(tx: Tx, actor: Actor, tipId: string, caseId: string): Promise<void> {
  const before = await tx.tip.findUnique({ where: { id: tipId }, select: { status: true, caseId: true, triagedAt: true } });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.caseId && before.caseId !== caseId) throw new AppError('CONFLICT', 'cases.errors.tipInOtherCase');
  // Conditional update: a concurrent change of the tip makes this match nothing.
  const { count } = await tx.tip.updateMany({
    where: { id: tipId, status: { in: [...LINKABLE] }, caseId: null },
    data: { status: 'LINKED', caseId, triagedAt: before.triagedAt ?? new Date() },
  });
  if (count !== 1) throw new AppError('INVALID_TRANSITION', 'cases.errors.tipNotLinkable', { status: before.status });
  await recordAuditEvent(tx, {
    actor,
    action: 'tip.status_changed',
    target: { type: 'tip', id: tipId },
    detail: { from: before.status, to: 'LINKED', caseId },
  });
}
