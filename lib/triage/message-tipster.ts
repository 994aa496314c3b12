/**
 * A message to the tipster through the anonymous mailbox (Message TO_TIPSTER): they read it
 * on the status page with their code and passphrase. Any language; officers are asked to
 * write in the tipster's (Tip.language). Audited as tip.message_sent, without the text.
 */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { findTipInScope } from './find-tip-in-scope';
import { defineUseCase } from '@/lib/use-case';

export const MESSAGE_MAX = 2_000;

export const messageTipsterSchema = z.object({
  tipId: anyId,
  body: z.string().trim().min(1, 'triage.errors.messageEmpty').max(MESSAGE_MAX, 'triage.errors.messageLong'),
});

export const messageTipster = defineUseCase({
  name: 'messageTipster',
  permission: 'tips.message',
  input: messageTipsterSchema,
  run: async (actor, { tipId, body }, client: Db = defaultDb): Promise<{ id: string }> => {
    return client.$transaction(async (tx) => {
      const tip = await findTipInScope(tx, actor, tipId);
      const message = await tx.message.create({
        data: { tipId: tip.id, direction: 'TO_TIPSTER', body: body.normalize('NFC'), authorId: actor.id, createdAt: new Date() },
        select: { id: true },
      });
      await recordAuditEvent(tx, { actor, action: 'tip.message_sent', target: { type: 'tip', id: tip.id }, detail: { messageId: message.id, chars: [...body].length } });
      return message;
    });
  },
});
