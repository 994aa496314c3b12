/**
 * Who handled a tip or its case, and so may neither propose nor approve its reward: the
 * people assigned to the tip or the case, who opened the case, wrote a note on either,
 * wrote to the tipster, recorded a raid of the case, or did anything else to the tip, the
 * case or its raids that the audit log records (views aside). Read from the rows and from
 * the audit log, since a row only keeps the latest assignee while the log keeps everyone.
 */
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export async function handlersOf(tx: Tx, target: { tipId: string; caseId: string | null }): Promise<Set<string>> {
  const handlers = new Set<string>();
  const add = (id: string | null | undefined) => id && handlers.add(id);
  const tip = await tx.tip.findUnique({ where: { id: target.tipId }, select: { assignedToId: true } });
  add(tip?.assignedToId);
  const targetIds = [target.tipId];
  const noteWhere = target.caseId ? { OR: [{ tipId: target.tipId }, { caseId: target.caseId }] } : { tipId: target.tipId };
  for (const note of await tx.note.findMany({ where: noteWhere, select: { authorId: true } })) add(note.authorId);
  for (const message of await tx.message.findMany({ where: { tipId: target.tipId, authorId: { not: null } }, select: { authorId: true } })) add(message.authorId);
  if (target.caseId) {
    const kase = await tx.case.findUnique({ where: { id: target.caseId }, select: { assignedToId: true, createdById: true, raids: { select: { id: true, recordedById: true } } } });
    add(kase?.assignedToId);
    add(kase?.createdById);
    targetIds.push(target.caseId);
    for (const raid of kase?.raids ?? []) {
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

export async function refuseIfHandler(tx: Tx, actorId: string, target: { tipId: string; caseId: string | null }): Promise<void> {
  if ((await handlersOf(tx, target)).has(actorId)) throw new AppError('FORBIDDEN', 'rewards.errors.conflictOfInterest');
}
