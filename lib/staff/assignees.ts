/**
 * Who may be assigned a tip or a case of a province: an active supervisor, or an active officer
 * who covers the province. Written once; the assignment use cases and the forms' lists of
 * names (lib/triage/assign-tip.ts, lib/cases/assign-case.ts) read it.
 */
import type { Db, Tx } from '@/lib/db/client';
import { isUuid } from '@/lib/ids';

export function assigneeWhere(provinceCode: string | null) {
  return {
    active: true,
    OR: [{ role: 'SUPERVISOR' as const }, ...(provinceCode ? [{ role: 'OFFICER' as const, provinceCodes: { has: provinceCode } }] : [])],
  };
}

/** Whether this staff member may be assigned work of the province (a malformed id names nobody). */
export async function mayBeAssigned(client: Db | Tx, staffId: string, provinceCode: string | null): Promise<boolean> {
  if (!isUuid(staffId)) return false;
  return (await client.staffUser.count({ where: { id: staffId, ...assigneeWhere(provinceCode) } })) > 0;
}

/** The names for an assignment form, by name. */
export async function assigneesFor(client: Db | Tx, provinceCode: string | null) {
  return client.staffUser.findMany({ where: assigneeWhere(provinceCode), orderBy: { name: 'asc' }, take: 200, select: { id: true, name: true, role: true } });
}
