/**
 * The tip status workflow (lib/workflow/define-workflow.ts), the one place that decides which
 * status changes are allowed:
 *
 *   NEW -> TRIAGED -> LINKED -> CLOSED_ACTIONED | CLOSED_UNFOUNDED | CLOSED_DUPLICATE
 *
 * plus the shortcuts triage needs: a NEW tip may be linked straight into a case (merging a
 * duplicate is itself a triage decision), a TRIAGED tip may be closed as unfounded or as a
 * duplicate without a case, and a supervisor may reopen a closed tip (back to TRIAGED). A tip
 * joins one case; moving it between cases is a case merge (lib/cases), not a status change.
 * Every status change goes through `tipWorkflow.move`, which stamps triagedAt on the first
 * one and writes the `tip.status_changed` audit event.
 */
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { defineWorkflow, type Guard, refuse } from '@/lib/workflow/define-workflow';

export const TIP_STATUSES = ['NEW', 'TRIAGED', 'LINKED', 'CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'] as const;
export type TipStatusCode = (typeof TIP_STATUSES)[number];

export const CLOSED_STATUSES: readonly TipStatusCode[] = ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'];
export const isClosed = (status: TipStatusCode) => CLOSED_STATUSES.includes(status);

/** What the tip workflow reads of a tip. */
export interface TipForMove {
  id: string;
  status: TipStatusCode;
  caseId: string | null;
  triagedAt: Date | null;
}

/** For LINKED: the case the tip joins. */
export interface TipMoveInput {
  caseId: string;
}

type TipGuard = Guard<TipForMove, TipMoveInput>;

/** A tip joins one case, named when the move is made: linking it to another is a case merge. */
const joinsOneCase: TipGuard = ({ entity, input, offering }) => {
  if (!offering && !input?.caseId) return refuse('INVALID_TRANSITION', 'triage.errors.needsCase');
  return input && entity.caseId && entity.caseId !== input.caseId ? refuse('INVALID_TRANSITION', 'triage.errors.otherCase') : null;
};
/** Closing as actioned means something was done about it: that happens through a case. */
const inACase: TipGuard = ({ entity }) => (entity.caseId ? null : refuse('INVALID_TRANSITION', 'triage.errors.needsCase'));
/** Reopening a closed tip undoes a decision somebody else may rely on (a reward, a case file). */
const supervisorOnly: TipGuard = ({ actor }) => (actor?.role === 'SUPERVISOR' ? null : refuse('INVALID_TRANSITION', 'triage.errors.reopenSupervisor'));

export const tipWorkflow = defineWorkflow<TipStatusCode, TipForMove, 'triage' | 'link' | 'closeActioned' | 'closeUnfounded' | 'closeDuplicate' | 'reopen', TipMoveInput>({
  target: 'tip',
  stateOf: (tip) => tip.status,
  invalid: refuse('INVALID_TRANSITION', 'triage.errors.transition'),
  changedMeanwhile: refuse('INVALID_TRANSITION', 'triage.errors.changedMeanwhile'),
  moves: {
    triage: { from: ['NEW'], to: 'TRIAGED', by: 'tips.triage', audit: 'tip.status_changed', manual: true },
    // Reached through a case (open one, or join one), never from the status list.
    link: { from: ['NEW', 'TRIAGED'], to: 'LINKED', by: 'cases.manage', guards: [joinsOneCase], audit: 'tip.status_changed' },
    closeActioned: { from: ['LINKED'], to: 'CLOSED_ACTIONED', by: 'tips.triage', guards: [inACase], audit: 'tip.status_changed', manual: true },
    closeUnfounded: { from: ['TRIAGED', 'LINKED'], to: 'CLOSED_UNFOUNDED', by: 'tips.triage', audit: 'tip.status_changed', manual: true },
    closeDuplicate: { from: ['TRIAGED', 'LINKED'], to: 'CLOSED_DUPLICATE', by: 'tips.triage', audit: 'tip.status_changed', manual: true },
    reopen: { from: CLOSED_STATUSES, to: 'TRIAGED', by: 'tips.triage', guards: [supervisorOnly], audit: 'tip.status_changed', manual: true },
  },
  // Conditional on the case too: a tip linked meanwhile is not closed on the strength of the old read.
  write: async (tx, tip, from, to, data) =>
    (
      await tx.tip.updateMany({
        where: { id: tip.id, status: from, caseId: tip.caseId },
        data: { ...data, status: to, ...(tip.triagedAt ? {} : { triagedAt: new Date() }) },
      })
    ).count,
});

export type TipMove = (typeof tipWorkflow.moveNames)[number];

export async function loadTipForMove(tx: Tx, tipId: string): Promise<TipForMove> {
  const tip = await tx.tip.findUnique({ where: { id: tipId }, select: { id: true, status: true, caseId: true, triagedAt: true } });
  if (!tip) throw new AppError('NOT_FOUND');
  return tip;
}

