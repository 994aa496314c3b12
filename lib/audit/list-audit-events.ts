/**
 * The audit log as supervisors and administrators browse it: filtered, newest first, keyset
 * pages by id. Looking at the log is itself audited; those `audit.viewed` rows are left out
 * unless asked for (`withViews`, or the action filter naming them), or each visit would push
 * its own rows to the top. A tip or case is named by the reference staff use (T-…, C-…).
 */
import { z } from 'zod';
import { dayMonthYear } from '@/lib/dates/day-month-year';
import { db } from '@/lib/db/client';
import { anyId, isUuid } from '@/lib/ids';
import type { Prisma } from '@/lib/db/generated/client';
import { defineUseCase } from '@/lib/use-case';
import { AUDIT_ACTIONS } from './actions';
import { recordAuditEvent } from './record-event';
import { tipRef } from '@/lib/tips/staff-ref';

export const auditFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: anyId.optional(),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(100).optional(),
  from: dayMonthYear('consolePhone.dateInvalid').optional(),
  to: dayMonthYear('consolePhone.dateInvalid').optional(),
  before: z.coerce.bigint().positive().optional(),
  withViews: z.literal('1').optional(),
});

export type AuditFilter = z.input<typeof auditFilterSchema>;
export const AUDIT_PAGE_SIZE = 50;

export const listAuditEvents = defineUseCase({
  name: 'listAuditEvents',
  permission: 'audit.read',
  input: auditFilterSchema,
  run: async (actor, filter) => {
    const where: Prisma.AuditEventWhereInput = {
      ...(filter.action ? { action: filter.action } : filter.withViews ? {} : { action: { not: 'audit.viewed' } }),
      // A malformed actor id names nobody: no events, as for an unknown one.
      ...(filter.actorId ? { actorId: isUuid(filter.actorId) ? filter.actorId : { in: [] } } : {}),
      ...(filter.targetType ? { targetType: filter.targetType } : {}),
      ...(filter.targetId ? { targetId: filter.targetId } : {}),
      ...(filter.from || filter.to
        ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
        : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    };
    const rows = await db.auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      take: AUDIT_PAGE_SIZE + 1,
      select: { id: true, at: true, actorId: true, actorRole: true, action: true, targetType: true, targetId: true, detail: true },
    });
    const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => !!id))];
    const names = new Map((await db.staffUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
    const caseIds = [...new Set(rows.filter((row) => row.targetType === 'case' && row.targetId && isUuid(row.targetId)).map((row) => row.targetId!))];
    const caseRefs = new Map((await db.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, reference: true } })).map((kase) => [kase.id, kase.reference]));
    const targetRef = (row: { targetType: string | null; targetId: string | null }): string | null => {
      if (!row.targetId) return null;
      if (row.targetType === 'tip' && isUuid(row.targetId)) return tipRef(row.targetId);
      if (row.targetType === 'case') return caseRefs.get(row.targetId) ?? null;
      return null;
    };
    await db.$transaction((tx) =>
      recordAuditEvent(tx, { actor, action: 'audit.viewed', detail: Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, String(value)])) }),
    );
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return {
      events: page.map((row) => ({ ...row, id: row.id.toString(), actorName: row.actorId ? (names.get(row.actorId) ?? null) : null, targetRef: targetRef(row) })),
      nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id.toString() : null,
    };
  },
});
