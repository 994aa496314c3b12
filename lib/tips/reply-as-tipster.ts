/**
 * The tipster writes to the officers (an answer, more information, more photos), behind the
 * same credential check and lockout as the status page. The message's time is floored to
 * the hour (docs/decisions/0002) and, like the tip itself, it is not in the audit log.
 */
import { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import { createAttachments, sanitisePhotos, withStoredPhotos } from '@/lib/uploads/store-photos';
import { coarseTime } from './coarse-time';
import { hasControlCharacters } from './plain-text';
import { DESCRIPTION_MAX } from './schema';
import { checkTipsterCredentials } from './tipster-credentials';

export const replyBodySchema = z
  .string()
  .trim()
  .max(DESCRIPTION_MAX, 'intake.errors.messageLong')
  .refine((text) => !hasControlCharacters(text), 'intake.errors.controlCharacters');

/**
 * The hour, but always after the last message of the conversation: an answer floored to
 * the hour would otherwise sort before the question it answers. That only tells what the
 * conversation itself tells (the answer came after the question).
 */
export async function replyTime(tx: Tx, tipId: string): Promise<Date> {
  const coarse = coarseTime();
  const last = await tx.message.findFirst({ where: { tipId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  return last && last.createdAt >= coarse ? new Date(last.createdAt.getTime() + 1) : coarse;
}

export async function replyAsTipster(options: { code: string; passphrase: string; body: string; photos: Uint8Array[] }): Promise<void> {
  const tip = await checkTipsterCredentials(options);
  const body = z
    .object({ body: replyBodySchema })
    .refine((value) => value.body.length > 0 || options.photos.length > 0, { message: 'intake.errors.messageEmpty', path: ['body'] })
    .parse({ body: options.body ?? '' }).body;
  const images = await sanitisePhotos(options.photos);
  await withStoredPhotos(images, async (tx, photos) => {
    const at = await replyTime(tx, tip.id);
    const message = await tx.message.create({ data: { tipId: tip.id, direction: 'FROM_TIPSTER', body, createdAt: at, unread: true }, select: { id: true } });
    await createAttachments(tx, tip.id, photos, at, message.id);
  });
}
