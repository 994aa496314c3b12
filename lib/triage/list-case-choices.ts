/** Open cases a tip could be merged into: in the actor's scope, not merged away, not closed. */
import { provinceScope } from '@/lib/auth/permissions';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';

export const listCaseChoices = defineUseCase({
  name: 'listCaseChoices',
  permission: 'cases.read',
  run: async (actor, client: Db = defaultDb) => {
    return client.case.findMany({
      where: { mergedIntoId: null, status: { not: 'CLOSED' }, ...provinceScope(actor) },
      orderBy: { updatedAt: 'desc' },
      take: 100,
      select: { id: true, reference: true, title: true },
    });
  },
});
