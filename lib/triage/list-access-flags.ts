/**
 * Unusual-access flags for supervisors: the access.flagged events of the last
 * ACCESS_FLAG_OPEN_DAYS days, newest first, with who was flagged and what they opened.
 */
import { db as defaultDb, type Db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';

export const ACCESS_FLAG_OPEN_DAYS = 7;

export interface AccessFlag {
  id: string;
  at: Date;
  staffId: string;
  staffName: string | null;
  staffRole: string | null;
  distinctTips: number;
  minutes: number;
}

export const listAccessFlags = defineUseCase({
  name: 'listAccessFlags',
  permission: 'audit.read',
  run: async (_actor, client: Db = defaultDb): Promise<AccessFlag[]> => {
    const events = await client.auditEvent.findMany({
      where: { action: 'access.flagged', at: { gte: new Date(Date.now() - ACCESS_FLAG_OPEN_DAYS * 86_400_000) } },
      orderBy: { id: 'desc' },
      take: 200,
      select: { id: true, at: true, targetId: true, actorRole: true, detail: true },
    });
    const ids = [...new Set(events.map((event) => event.targetId).filter((id): id is string => !!id))];
    const names = new Map((await client.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
    return events.map((event) => {
      const detail = (event.detail ?? {}) as { distinctTips?: number; minutes?: number };
      return {
        id: event.id.toString(),
        at: event.at,
        staffId: event.targetId ?? '',
        staffName: names.get(event.targetId ?? '') ?? null,
        staffRole: event.actorRole,
        distinctTips: Number(detail.distinctTips ?? 0),
        minutes: Number(detail.minutes ?? 0),
      };
    });
  },
});
