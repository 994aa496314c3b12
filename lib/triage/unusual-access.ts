/**
 * Unusual access: an account opening more than UNUSUAL_ACCESS_TIPS distinct tips within
 * UNUSUAL_ACCESS_MINUTES is flagged to supervisors with one `access.flagged` audit event per
 * window (no new flag while one from the last window stands). Counted from the tip.viewed
 * events themselves (index AuditEvent(actorId, at)), so it holds across app instances.
 */
import type { Actor } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Tx } from '@/lib/db/client';
import { env } from '@/lib/env';

export interface UnusualAccessSettings {
  tips: number;
  minutes: number;
}

export function unusualAccessSettings(): UnusualAccessSettings {
  const settings = env();
  return { tips: settings.UNUSUAL_ACCESS_TIPS, minutes: settings.UNUSUAL_ACCESS_MINUTES };
}

/** Call in the transaction that recorded the view; returns whether a flag was raised now. */
export async function checkUnusualAccess(tx: Tx, actor: Actor, settings: UnusualAccessSettings = unusualAccessSettings()): Promise<boolean> {
  const since = new Date(Date.now() - settings.minutes * 60_000);
  const [counted] = await tx.$queryRaw<{ distinct: number }[]>`
    SELECT count(DISTINCT "targetId")::int AS distinct FROM "AuditEvent"
    WHERE "actorId" = ${actor.id}::uuid AND action = 'tip.viewed' AND at >= ${since}`;
  const distinct = counted?.distinct ?? 0;
  if (distinct <= settings.tips) return false;
  const raised = await tx.auditEvent.findFirst({
    where: { action: 'access.flagged', targetType: 'staff', targetId: actor.id, at: { gte: since } },
    select: { id: true },
  });
  if (raised) return false;
  await recordAuditEvent(tx, {
    actor,
    action: 'access.flagged',
    target: { type: 'staff', id: actor.id },
    detail: { distinctTips: distinct, minutes: settings.minutes, threshold: settings.tips },
  });
  return true;
}
