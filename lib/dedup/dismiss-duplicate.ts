/**
 * An officer's "these two tips are not the same place": remembered (tipAId < tipBId) so the
 * pair is not offered again, and audited in the same transaction. Both tips must be within
 * the officer's provinces; otherwise the answer is 404, as if they did not exist.
 */
import { z } from 'zod';
import { provinceScope } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, wellFormedIds } from '@/lib/ids';
import { defineUseCase } from '@/lib/use-case';

export const dismissDuplicateSchema = z
  .object({ tipId: anyId, otherTipId: anyId })
  .refine((pair) => pair.tipId !== pair.otherTipId, { message: 'dedup.errors.samePair', path: ['otherTipId'] });

/** Returns whether the pair was newly dismissed (false when it already was). */
export const dismissDuplicate = defineUseCase({
  name: 'dismissDuplicate',
  permission: 'tips.triage',
  input: dismissDuplicateSchema,
  run: async (actor, pair, client: Db = defaultDb): Promise<{ created: boolean }> => {
    const [tipAId, tipBId] = [pair.tipId, pair.otherTipId].sort() as [string, string];

    return client.$transaction(async (tx) => {
      const visible = await tx.tip.count({ where: { id: { in: wellFormedIds([tipAId, tipBId]) }, ...provinceScope(actor) } });
      if (visible !== 2) throw new AppError('NOT_FOUND');
      // ON CONFLICT DO NOTHING: two officers dismissing the same pair at once is not an error.
      const { count } = await tx.duplicateDismissal.createMany({ data: [{ tipAId, tipBId, decidedById: actor.id }], skipDuplicates: true });
      if (count === 0) return { created: false };
      await recordAuditEvent(tx, {
        actor,
        action: 'tip.not_duplicate',
        target: { type: 'tip', id: pair.tipId },
        detail: { otherTipId: pair.otherTipId },
      });
      return { created: true };
    });
  },
});
