/**
 * Assigns a case to someone who may work it: an active officer assigned to the case's
 * province, or an active supervisor. null unassigns. Audited as case.updated.
 */
import { type Actor, can, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertNotMerged, isUuid, lockCaseInScope } from './case-access';

export async function assignCase(actor: Actor, options: { caseId: string; assigneeId: string | null }, client: Db = defaultDb): Promise<void> {
  requirePermission(actor, 'cases.manage');
  await client.$transaction(async (tx) => {
    const target = await lockCaseInScope(tx, actor, options.caseId);
    assertNotMerged(target);
    const assigneeId = options.assigneeId || null;
    if (assigneeId) {
      const assignee = isUuid(assigneeId)
        ? await tx.staffUser.findUnique({ where: { id: assigneeId }, select: { id: true, role: true, active: true, provinceCodes: true } })
        : null;
      if (!assignee || !assignee.active || !mayWork(assignee, target.provinceCode)) throw new AppError('BAD_REQUEST', 'cases.errors.assignee');
    }
    if (assigneeId === target.assignedToId) return;
    await tx.case.update({ where: { id: target.id }, data: { assignedToId: assigneeId } });
    await recordAuditEvent(tx, {
      actor,
      action: 'case.updated',
      target: { type: 'case', id: target.id },
      detail: { field: 'assignee', from: target.assignedToId, to: assigneeId },
    });
  });
}

function mayWork(staff: { id: string; role: Actor['role']; provinceCodes: string[] }, provinceCode: string | null): boolean {
  if (!can(staff, 'cases.manage')) return false;
  return staff.role !== 'OFFICER' || (provinceCode !== null && staff.provinceCodes.includes(provinceCode));
}

/** People the case can be assigned to, for the form. */
export async function listCaseAssignees(actor: Actor, provinceCode: string | null, client: Db = defaultDb): Promise<{ id: string; name: string; role: Actor['role'] }[]> {
  requirePermission(actor, 'cases.manage');
  const staff = await client.staffUser.findMany({
    where: { active: true, role: { in: ['OFFICER', 'SUPERVISOR'] } },
    select: { id: true, name: true, role: true, provinceCodes: true },
    orderBy: { name: 'asc' },
  });
  return staff.filter((member) => mayWork(member, provinceCode)).map(({ id, name, role }) => ({ id, name, role }));
}
