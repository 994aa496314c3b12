/** What the alerts page shows: a supervisor every delivery of the last week; anyone their own. */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const select = {
  id: true,
  alertId: true,
  channel: true,
  state: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
  failedAt: true,
  acknowledgedAt: true,
  alert: { select: { kind: true } },
  staff: { select: { name: true, email: true } },
} as const;

export async function listAlertDeliveries(actor: Actor, now = new Date()) {
  requirePermission(actor, 'alerts.oversee');
  const rows = await db.alertDelivery.findMany({ where: { createdAt: { gte: new Date(now.getTime() - WEEK_MS) } }, orderBy: { createdAt: 'desc' }, take: 500, select });
  // Failed first: they are what a supervisor must act on.
  return [...rows.filter((row) => row.state === 'FAILED'), ...rows.filter((row) => row.state !== 'FAILED')];
}

export async function listMyAlerts(actor: Actor) {
  requirePermission(actor, 'alerts.subscribe');
  return db.alertDelivery.findMany({ where: { staffId: actor.id }, orderBy: { createdAt: 'desc' }, take: 20, select });
}
