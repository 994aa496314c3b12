/**
 * A message to the tipster through the anonymous mailbox (Message TO_TIPSTER): they read it
 * on the status page with their code and passphrase. Any language; officers are asked to
 * write in the tipster's (Tip.language). Audited as tip.message_sent, without the text.
 */
import { z } from 'zod';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { findTipInScope } from './find-tip-in-scope';

export const MESSAGE_MAX = 2_000;

export const messageTipsterSchema = z.object({
  tipId: z.string(),
  body: z.string().trim().min(1, 'triage.errors.messageEmpty').max(MESSAGE_MAX, 'triage.errors.messageLong'),
});

export async function messageTipster(actor: Actor, input: z.input<typeof messageTipsterSchema>, client: Db = defaultDb): Promise<{ id: string }> {
  requirePermission(actor, 'tips.message');
  const { tipId, body } = messageTipsterSchema.parse(input);
  return client.$transaction(async (tx) => {
    const tip = await findTipInScope(tx, actor, tipId);
    const message = await tx.message.create({
      data: { tipId: tip.id, direction: 'TO_TIPSTER', body: body.normalize('NFC'), authorId: actor.id, createdAt: new Date() },
      select: { id: true },
    });
    await recordAuditEvent(tx, { actor, action: 'tip.message_sent', target: { type: 'tip', id: tip.id }, detail: { messageId: message.id, chars: [...body].length } });
    return message;
  });
}
