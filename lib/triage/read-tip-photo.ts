/**
 * A tip's photo for signed-in staff: permission, province scope and the photo's tip checked
 * first, the view audited (tip.photo_viewed) in the same transaction as the read. Unknown,
 * out of scope or another tip's photo: 404. The bytes are the sanitised image, decrypted.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';
import { readAttachment } from '@/lib/uploads/read-attachment';
import { findTipInScope } from './find-tip-in-scope';
import { defineUseCase } from '@/lib/use-case';

export const readTipPhoto = defineUseCase({
  name: 'readTipPhoto',
  permission: 'tips.read',
  input: z.object({ tipId: anyId, attachmentId: anyId }),
  run: async (actor, input, client: Db = defaultDb): Promise<{ data: Buffer; mimeType: string }> => {
    const attachmentId = idOrNotFound(input.attachmentId);
    return client.$transaction(async (tx) => {
      const tip = await findTipInScope(tx, actor, input.tipId);
      const attachment = await tx.attachment.findFirst({ where: { id: attachmentId, tipId: tip.id }, select: { storageKey: true, mimeType: true } });
      if (!attachment) throw new AppError('NOT_FOUND');
      await recordAuditEvent(tx, { actor, action: 'tip.photo_viewed', target: { type: 'tip', id: tip.id }, detail: { attachmentId } });
      return { data: await readAttachment(attachment.storageKey), mimeType: attachment.mimeType };
    });
  },
});
