/** An officer moves a case along the workflow by hand (lib/cases/case-workflow.ts); audited in the move. */
import { z } from 'zod';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';
import { formEnum } from '@/lib/http/form';
import { CASE_STATUSES, caseWorkflow, lockCaseForMove } from './case-workflow';

export const changeCaseStatus = defineUseCase({
  name: 'changeCaseStatus',
  permission: 'cases.manage',
  // Any case id: one that is not a uuid is simply not found. The status as a form sends it.
  input: z.object({ caseId: z.string(), status: formEnum(CASE_STATUSES, 'cases.errors.status') }),
  run: async (actor, { caseId, status }, client: Db = defaultDb): Promise<void> => {
    await client.$transaction(async (tx) => {
      const target = await lockCaseForMove(tx, actor, caseId);
      await caseWorkflow.moveTo(tx, actor, target, status);
    });
  },
});
