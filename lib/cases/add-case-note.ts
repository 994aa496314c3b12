/** An internal note on a case (never shown to a tipster); the audit row names the note, not its text. */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { assertNotMerged, lockCaseInScope } from './case-access';
import { caseNoteSchema } from './schema';

export async function addCaseNote(actor: Actor, options: { caseId: string; body: string }, client: Db = defaultDb): Promise<{ id: string }> {
  requirePermission(actor, 'cases.manage');
  const { body } = caseNoteSchema.parse({ body: options.body });
  return client.$transaction(async (tx) => {
    const target = await lockCaseInScope(tx, actor, options.caseId);
    assertNotMerged(target);
    const note = await tx.note.create({ data: { caseId: target.id, authorId: actor.id, body }, select: { id: true } });
    // Touch the case so the list shows recent activity first.
    await tx.case.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
    await recordAuditEvent(tx, { actor, action: 'case.note_added', target: { type: 'case', id: target.id }, detail: { noteId: note.id } });
    return note;
  });
}
