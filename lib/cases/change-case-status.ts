/** An officer moves a case along the workflow (lib/cases/case-workflow.ts); audited. */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { assertNotMerged, lockCaseInScope } from './case-access';
import { assertTransition } from './case-workflow';
import { caseStatusChangeSchema } from './schema';

export async function changeCaseStatus(actor: Actor, options: { caseId: string; status: string }, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'cases.manage');
  const { status } = caseStatusChangeSchema.parse({ status: options.status });
  await client.$transaction(async (tx) => {
    const target = await lockCaseInScope(tx, actor, options.caseId);
    assertNotMerged(target);
    assertTransition(target.status, status, 'status');
    await tx.case.update({ where: { id: target.id }, data: { status } });
    await recordAuditEvent(tx, { actor, action: 'case.status_changed', target: { type: 'case', id: target.id }, detail: { from: target.status, to: status } });
  });
}
