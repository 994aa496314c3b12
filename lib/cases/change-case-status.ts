/** An officer moves a case along the workflow by hand (lib/cases/case-workflow.ts); audited in the move. */
import { db as defaultDb, type Db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';
import { caseWorkflow, lockCaseForMove } from './case-workflow';
import { caseStatusChangeSchema } from './schema';

export const changeCaseStatus = defineUseCase({
  name: 'changeCaseStatus',
  permission: 'cases.manage',
  input: caseStatusChangeSchema,
  run: async (actor, { caseId, status }, client: Db = defaultDb): Promise<void> => {
    await client.$transaction(async (tx) => {
      const target = await lockCaseForMove(tx, actor, caseId);
      await caseWorkflow.moveTo(tx, actor, target, status);
    });
  },
});
