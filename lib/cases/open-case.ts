/**
 * Opens a case from one or more tips the officer can see: the earliest tip (by receivedAt,
 * then id) becomes the first informant, every tip moves to LINKED, and the case takes the
 * first informant's province (which decides which officers see it). One transaction with
 * the audit rows; a tip out of scope answers 404 and nothing is stored.
 */
import { provinceScope } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { wellFormedIds } from '@/lib/ids';
import { defineUseCase } from '@/lib/use-case';
import { recomputeCaseCentre } from './case-access';
import { freshCaseReference } from './case-reference';
import { markTipLinked } from './mark-tip-linked';
import { openCaseSchema } from './schema';

export const openCase = defineUseCase({
  name: 'openCase',
  permission: 'cases.manage',
  input: openCaseSchema,
  run: async (actor, input, client: Db = defaultDb): Promise<{ id: string; reference: string }> => {

    return client.$transaction(async (tx) => {
      const tips = await tx.tip.findMany({
        where: { id: { in: wellFormedIds(input.tipIds) }, ...provinceScope(actor) },
        select: { id: true, provinceCode: true },
        orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      });
      if (tips.length !== input.tipIds.length) throw new AppError('NOT_FOUND');
      const first = tips[0]!;

      const created = await tx.case.create({
        data: {
          reference: await freshCaseReference(tx),
          title: input.title,
          provinceCode: first.provinceCode,
          createdById: actor.id,
        },
        select: { id: true, reference: true },
      });
      for (const tip of tips) await markTipLinked(tx, actor, tip.id, created.id);
      await tx.case.update({ where: { id: created.id }, data: { firstInformantTipId: first.id } });
      await recomputeCaseCentre(tx, created.id);

      await recordAuditEvent(tx, {
        actor,
        action: 'case.created',
        target: { type: 'case', id: created.id },
        detail: { reference: created.reference, tipIds: tips.map((tip) => tip.id), firstInformantTipId: first.id },
      });
      return created;
    });
  },
});
