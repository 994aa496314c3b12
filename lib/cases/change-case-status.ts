/** An officer moves a case along the workflow by hand (lib/cases/case-workflow.ts); audited in the move. */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { caseWorkflow, lockCaseForMove } from './case-workflow';
import { caseStatusChangeSchema } from './schema';

export async function changeCaseStatus(actor: Actor, options: { caseId: string; status: string }, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'cases.manage');
  const { status } = caseStatusChangeSchema.parse({ status: options.status });
  await client.$transaction(async (tx) => {
    const target = await lockCaseForMove(tx, actor, options.caseId);
    await caseWorkflow.moveTo(tx, actor, target, status);
  });
}
