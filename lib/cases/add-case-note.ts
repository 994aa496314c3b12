/** An internal note on a case (never shown to a tipster); the audit row names the note, not its text. */
import { anyId } from '@/lib/ids';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';
import { assertNotMerged, lockCaseInScope } from './case-access';
import { caseNoteSchema } from './schema';

export const addCaseNote = defineUseCase({
  name: 'addCaseNote',
  permission: 'cases.manage',
  // A malformed case id is an unknown case (404 from lockCaseInScope), not a bad field.
  input: caseNoteSchema.extend({ caseId: anyId }),
  run: async (actor, { caseId, body }, client: Db = defaultDb): Promise<{ id: string }> =>
    client.$transaction(async (tx) => {
      const target = await lockCaseInScope(tx, actor, caseId);
      assertNotMerged(target);
      const note = await tx.note.create({ data: { caseId: target.id, authorId: actor.id, body }, select: { id: true } });
      // Touch the case so the list shows recent activity first.
      await tx.case.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
      await recordAuditEvent(tx, { actor, action: 'case.note_added', target: { type: 'case', id: target.id }, detail: { noteId: note.id } });
      return note;
    }),
});
