/**
 * Assigns a case to someone who may work it (lib/staff/assignees.ts: an active officer
 * assigned to the case's province, or an active supervisor). null unassigns. Audited as
 * case.updated.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId } from '@/lib/ids';
import { assigneesFor, mayBeAssigned } from '@/lib/staff/assignees';
import { defineUseCase } from '@/lib/use-case';
import { assertNotMerged, lockCaseInScope } from './case-access';

export const assignCase = defineUseCase({
  name: 'assignCase',
  permission: 'cases.manage',
  input: z.object({ caseId: anyId, assigneeId: anyId.nullable() }),
  run: async (actor, options, client: Db = defaultDb): Promise<void> => {
    await client.$transaction(async (tx) => {
      const target = await lockCaseInScope(tx, actor, options.caseId);
      assertNotMerged(target);
      const assigneeId = options.assigneeId || null;
      if (assigneeId && !(await mayBeAssigned(tx, assigneeId, target.provinceCode))) {
        throw new AppError('BAD_REQUEST', 'cases.errors.assignee');
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
  },
});

/** People a case of this province can be assigned to, for the form. */
export const listCaseAssignees = defineUseCase({
  name: 'listCaseAssignees',
  permission: 'cases.manage',
  input: z.object({ provinceCode: z.string().nullable() }),
  run: async (_actor, { provinceCode }, client: Db = defaultDb) => assigneesFor(client, provinceCode),
});
