/** An internal note on a tip (never shown to the tipster). The audit event names the note, not its text. */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { findTipInScope } from './find-tip-in-scope';
import { defineUseCase } from '@/lib/use-case';

export const addTipNoteSchema = z.object({
  tipId: anyId,
  body: z.string().trim().min(1, 'triage.errors.noteEmpty').max(5_000, 'triage.errors.noteLong'),
});

export const addTipNote = defineUseCase({
  name: 'addTipNote',
  permission: 'tips.triage',
  input: addTipNoteSchema,
  run: async (actor, { tipId, body }, client: Db = defaultDb): Promise<{ id: string }> => {
    return client.$transaction(async (tx) => {
      const tip = await findTipInScope(tx, actor, tipId);
      const note = await tx.note.create({ data: { tipId: tip.id, authorId: actor.id, body }, select: { id: true } });
      await recordAuditEvent(tx, { actor, action: 'tip.note_added', target: { type: 'tip', id: tip.id }, detail: { noteId: note.id } });
      return note;
    });
  },
});
