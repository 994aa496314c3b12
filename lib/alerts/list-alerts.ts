/** What the alerts page shows: a supervisor every delivery of the last week; anyone their own. */
import { db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';

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

export const listAlertDeliveries = defineUseCase({
  name: 'listAlertDeliveries',
  permission: 'alerts.oversee',
  run: async (_actor, now: Date = new Date()) => {
    const rows = await db.alertDelivery.findMany({ where: { createdAt: { gte: new Date(now.getTime() - WEEK_MS) } }, orderBy: { createdAt: 'desc' }, take: 500, select });
    // Failed first: they are what a supervisor must act on.
    return [...rows.filter((row) => row.state === 'FAILED'), ...rows.filter((row) => row.state !== 'FAILED')];
  },
});

export const listMyAlerts = defineUseCase({
  name: 'listMyAlerts',
  permission: 'alerts.subscribe',
  run: async (actor) => {
    return db.alertDelivery.findMany({ where: { staffId: actor.id }, orderBy: { createdAt: 'desc' }, take: 20, select });
  },
});
