/**
 * Who handled a tip or its case, and so may neither propose nor approve its reward: the
 * people assigned to the tip or the case, who opened the case, wrote a note on either,
 * wrote to the tipster, recorded a raid of the case, or did anything else to the tip, the
 * case or its raids that the audit log records (views aside). Read from the rows and from
 * the audit log, since a row only keeps the latest assignee while the log keeps everyone.
 * A case merged into the tip's case counts as that case: whoever handled it handled the tip.
 */
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { type Refusal, refuse } from '@/lib/workflow/define-workflow';

export async function handlersOf(tx: Tx, target: { tipId: string; caseId: string | null }): Promise<Set<string>> {
  const handlers = new Set<string>();
  const add = (id: string | null | undefined) => id && handlers.add(id);
  const tip = await tx.tip.findUnique({ where: { id: target.tipId }, select: { assignedToId: true } });
  add(tip?.assignedToId);
  const targetIds = [target.tipId];
  const caseIds = target.caseId ? await withMergedCases(tx, target.caseId) : [];
  const noteWhere = caseIds.length ? { OR: [{ tipId: target.tipId }, { caseId: { in: caseIds } }] } : { tipId: target.tipId };
  for (const note of await tx.note.findMany({ where: noteWhere, select: { authorId: true } })) add(note.authorId);
  for (const message of await tx.message.findMany({ where: { tipId: target.tipId, authorId: { not: null } }, select: { authorId: true } })) add(message.authorId);
  for (const kase of await tx.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, assignedToId: true, createdById: true, raids: { select: { id: true, recordedById: true } } } })) {
    add(kase.assignedToId);
    add(kase.createdById);
    targetIds.push(kase.id);
    for (const raid of kase.raids) {
      add(raid.recordedById);
      targetIds.push(raid.id);
    }
  }
  const events = await tx.auditEvent.findMany({
    where: { targetId: { in: targetIds }, actorId: { not: null }, NOT: { action: { endsWith: 'viewed' } } },
    select: { actorId: true, action: true },
  });
  for (const event of events) if (!event.action.startsWith('reward.')) add(event.actorId);
  return handlers;
}

/** The case and every case merged into it, directly or through another merged case. */
async function withMergedCases(tx: Tx, caseId: string): Promise<string[]> {
  const ids = [caseId];
  for (let frontier = [caseId]; frontier.length > 0; ) {
    const merged = await tx.case.findMany({ where: { mergedIntoId: { in: frontier }, id: { notIn: ids } }, select: { id: true } });
    frontier = merged.map((kase) => kase.id);
    ids.push(...frontier);
  }
  return ids;
}

const CONFLICT_OF_INTEREST = refuse('FORBIDDEN', 'rewards.errors.conflictOfInterest');

/** The refusal a handler gets (a workflow guard), or null. */
export async function refusalIfHandler(tx: Tx, actorId: string, target: { tipId: string; caseId: string | null }): Promise<Refusal | null> {
  return (await handlersOf(tx, target)).has(actorId) ? CONFLICT_OF_INTEREST : null;
}

/** For a proposal, which is no workflow move (it creates the reward). */
export async function refuseIfHandler(tx: Tx, actorId: string, target: { tipId: string; caseId: string | null }): Promise<void> {
  if (await refusalIfHandler(tx, actorId, target)) throw new AppError(CONFLICT_OF_INTEREST.code, CONFLICT_OF_INTEREST.key);
}
