/**
 * My queue (issue 14): the open tips and cases assigned to the signed-in officer, the most
 * pressing first; for supervisors, each officer's load. Open means not closed (tips) and
 * not closed or merged away (cases).
 */
import { provinceScope } from '@/lib/auth/permissions';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { tipRef } from '@/lib/tips/staff-ref';
import { NO_REPLY_FLAGS, replyFlags } from '@/lib/triage/reply-flags';
import { CLOSED_STATUSES } from '@/lib/triage/tip-workflow';
import { defineUseCase } from '@/lib/use-case';

export const QUEUE_LIMIT = 200;
const PRIORITY_RANK: Record<string, number> = { CRITICAL: 0, HIGH: 1, NORMAL: 2, LOW: 3 };

export const myQueue = defineUseCase({
  name: 'myQueue',
  permission: 'tips.read',
  run: async (actor, client: Db = defaultDb) => {
    const [tips, cases] = await Promise.all([
      client.tip.findMany({
        where: { assignedToId: actor.id, status: { notIn: [...CLOSED_STATUSES] }, ...provinceScope(actor) },
        orderBy: [{ urgent: 'desc' }, { receivedAt: 'asc' }],
        take: QUEUE_LIMIT,
        select: { id: true, status: true, priority: true, urgent: true, category: true, provinceCode: true, receivedAt: true },
      }),
      client.case.findMany({
        where: { assignedToId: actor.id, status: { not: 'CLOSED' }, mergedIntoId: null },
        orderBy: { updatedAt: 'desc' },
        take: QUEUE_LIMIT,
        select: { id: true, reference: true, title: true, status: true, provinceCode: true, updatedAt: true, _count: { select: { tips: true } } },
      }),
    ]);
    // Urgent first, then priority, then the oldest: a stable sort keeps the database's order within a rank.
    tips.sort((a, b) => Number(b.urgent) - Number(a.urgent) || PRIORITY_RANK[a.priority]! - PRIORITY_RANK[b.priority]!);
    const flags = await replyFlags(client, tips.map((tip) => tip.id));
    return { tips: tips.map((tip) => ({ ...tip, ref: tipRef(tip.id), ...(flags.get(tip.id) ?? NO_REPLY_FLAGS) })), cases };
  },
});

export interface OfficerLoad {
  id: string;
  name: string;
  role: string;
  provinceCodes: string[];
  openTips: number;
  urgentTips: number;
  openCases: number;
}

export const officerLoads = defineUseCase({
  name: 'officerLoads',
  permission: 'workload.read',
  run: async (_actor, client: Db = defaultDb): Promise<{ officers: OfficerLoad[]; unassignedTips: number }> => {
    const open = { status: { notIn: [...CLOSED_STATUSES] } };
    const [staff, tips, urgent, cases, unassignedTips] = await Promise.all([
      client.staffUser.findMany({ where: { active: true, role: { in: ['OFFICER', 'SUPERVISOR'] } }, orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true, role: true, provinceCodes: true } }),
      client.tip.groupBy({ by: ['assignedToId'], where: { ...open, assignedToId: { not: null } }, _count: { _all: true } }),
      client.tip.groupBy({ by: ['assignedToId'], where: { ...open, urgent: true, assignedToId: { not: null } }, _count: { _all: true } }),
      client.case.groupBy({ by: ['assignedToId'], where: { status: { not: 'CLOSED' }, mergedIntoId: null, assignedToId: { not: null } }, _count: { _all: true } }),
      client.tip.count({ where: { ...open, assignedToId: null } }),
    ]);
    const count = (rows: { assignedToId: string | null; _count: { _all: number } }[]) => new Map(rows.map((row) => [row.assignedToId, row._count._all]));
    const [tipCount, urgentCount, caseCount] = [count(tips), count(urgent), count(cases)];
    const officers = staff.map((member) => ({
      ...member,
      openTips: tipCount.get(member.id) ?? 0,
      urgentTips: urgentCount.get(member.id) ?? 0,
      openCases: caseCount.get(member.id) ?? 0,
    }));
    officers.sort((a, b) => b.openTips + b.openCases - (a.openTips + a.openCases) || a.name.localeCompare(b.name));
    return { officers, unassignedTips };
  },
});
