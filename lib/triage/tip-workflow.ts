/**
 * The tip status workflow, the one place that decides which status changes are allowed:
 *
 *   NEW -> TRIAGED -> LINKED -> CLOSED_ACTIONED | CLOSED_UNFOUNDED | CLOSED_DUPLICATE
 *
 * plus the shortcuts triage needs: a NEW tip may be linked straight into a case (merging a
 * duplicate is itself a triage decision), a TRIAGED tip may be closed as unfounded or as a
 * duplicate without a case, and a supervisor may reopen a closed tip (back to TRIAGED). A tip
 * joins one case; moving it between cases is a case merge (lib/cases), not a status change. Every status change in lib/ goes through
 * `transitionTip`, which also stamps triagedAt and writes the audit event.
 */
import type { Actor } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export const TIP_STATUSES = ['NEW', 'TRIAGED', 'LINKED', 'CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'] as const;
export type TipStatusCode = (typeof TIP_STATUSES)[number];

export const CLOSED_STATUSES: readonly TipStatusCode[] = ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'];
export const isClosed = (status: TipStatusCode) => CLOSED_STATUSES.includes(status);

/** Allowed moves, before guards. */
export const TIP_TRANSITIONS: Readonly<Record<TipStatusCode, readonly TipStatusCode[]>> = {
  NEW: ['TRIAGED', 'LINKED'],
  TRIAGED: ['LINKED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'],
  LINKED: ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'],
  CLOSED_ACTIONED: ['TRIAGED'],
  CLOSED_UNFOUNDED: ['TRIAGED'],
  CLOSED_DUPLICATE: ['TRIAGED'],
};

export interface TransitionContext {
  role: Actor['role'];
  /** The case the tip is (or, for LINKED, is about to be) part of. */
  caseId: string | null;
  /** For LINKED: the case the tip is in now, if any. */
  currentCaseId?: string | null;
}

/** Why a move is refused: an i18n key, or null when it is allowed. */
export function transitionRefusal(from: TipStatusCode, to: TipStatusCode, context: TransitionContext): string | null {
  if (!TIP_TRANSITIONS[from].includes(to)) return 'triage.errors.transition';
  if (to === 'LINKED' && !context.caseId) return 'triage.errors.needsCase';
  if (to === 'LINKED' && context.currentCaseId && context.currentCaseId !== context.caseId) return 'triage.errors.otherCase';
  // Closing as actioned means something was done about it: that happens through a case.
  if (to === 'CLOSED_ACTIONED' && !context.caseId) return 'triage.errors.needsCase';
  // Reopening a closed tip undoes a decision somebody else may rely on (a reward, a case file).
  if (isClosed(from) && context.role !== 'SUPERVISOR') return 'triage.errors.reopenSupervisor';
  return null;
}

export function canTransition(from: TipStatusCode, to: TipStatusCode, context: TransitionContext): boolean {
  return transitionRefusal(from, to, context) === null;
}

export function assertTransition(from: TipStatusCode, to: TipStatusCode, context: TransitionContext): void {
  const refusal = transitionRefusal(from, to, context);
  if (refusal) throw new AppError('INVALID_TRANSITION', refusal, { from, to });
}

/** Statuses an officer may choose by hand from `from` (LINKED is reached through a case). */
export function manualTargets(from: TipStatusCode, context: TransitionContext): TipStatusCode[] {
  return TIP_TRANSITIONS[from].filter((to) => to !== 'LINKED' && canTransition(from, to, context));
}

export interface TransitionTipOptions {
  actor: Actor;
  tipId: string;
  to: TipStatusCode;
  /** For LINKED: the case the tip joins (the caller updates Tip.caseId in the same transaction). */
  caseId?: string | null;
  /** What the audit event says besides from/to (e.g. the case, a reason). */
  detail?: Record<string, unknown>;
  now?: Date;
}

/**
 * Moves a tip along the workflow inside the caller's transaction. The update is conditional
 * on the status read, so two officers changing the same tip at once cannot both win: the
 * second gets INVALID_TRANSITION. The caller has already checked permission and scope.
 */
export async function transitionTip(tx: Tx, options: TransitionTipOptions): Promise<{ from: TipStatusCode; to: TipStatusCode }> {
  const tip = await tx.tip.findUnique({ where: { id: options.tipId }, select: { status: true, caseId: true, triagedAt: true } });
  if (!tip) throw new AppError('NOT_FOUND');
  const from = tip.status;
  const caseId = options.to === 'LINKED' ? (options.caseId ?? null) : tip.caseId;
  assertTransition(from, options.to, { role: options.actor.role, caseId, currentCaseId: tip.caseId });
  const { count } = await tx.tip.updateMany({
    where: { id: options.tipId, status: from, caseId: tip.caseId },
    data: {
      status: options.to,
      ...(options.to === 'LINKED' ? { caseId } : {}),
      ...(tip.triagedAt ? {} : { triagedAt: options.now ?? new Date() }),
    },
  });
  if (count !== 1) throw new AppError('INVALID_TRANSITION', 'triage.errors.changedMeanwhile');
  await recordAuditEvent(tx, {
    actor: options.actor,
    action: 'tip.status_changed',
    target: { type: 'tip', id: options.tipId },
    detail: { from, to: options.to, ...(options.to === 'LINKED' ? { caseId } : {}), ...options.detail },
  });
  return { from, to: options.to };
}
