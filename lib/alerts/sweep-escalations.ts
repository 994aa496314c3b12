/**
 * Escalation (run every minute by the `alerts-sweep` job): an urgent tip still NEW after
 * TRIAGE_DUE_URGENT_MINUTES (lib/triage/triage-due.ts, counted from its coarse time) alerts
 * the supervisors, once per tip even when several instances sweep at the same moment.
 * Tips that became overdue more than a day ago are left to the inbox's overdue badge: a
 * first start on an old database does not page supervisors about its whole backlog.
 */
import { db, PATIENT_TRANSACTION, type Tx } from '@/lib/db/client';
import { triageDueSettings } from '@/lib/triage/triage-due';
import { createAlert } from './create-alert';

export const ESCALATION_LOOKBACK_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

export async function sweepEscalations(
  now: Date = new Date(),
  hooks: { onCreated?: (tx: Tx, deliveryIds: string[]) => Promise<void> } = {},
): Promise<{ escalatedTipIds: string[]; deliveryIds: string[] }> {
  const dueBefore = new Date(now.getTime() - triageDueSettings().urgentMinutes * 60_000);
  const overdue = await db.tip.findMany({
    where: { status: 'NEW', urgent: true, receivedAt: { lt: dueBefore, gte: new Date(dueBefore.getTime() - ESCALATION_LOOKBACK_MS) } },
    select: { id: true, provinceCode: true },
    orderBy: { receivedAt: 'asc' },
  });
  if (overdue.length === 0) return { escalatedTipIds: [], deliveryIds: [] };
  const done = new Set(
    (await db.alert.findMany({ where: { kind: 'ESCALATION', tipId: { in: overdue.map((tip) => tip.id) } }, select: { tipId: true } })).map((alert) => alert.tipId),
  );
  const escalatedTipIds: string[] = [];
  const deliveryIds: string[] = [];
  for (const tip of overdue.filter((candidate) => !done.has(candidate.id)).slice(0, BATCH)) {
    const created = await db.$transaction(async (tx) => {
      const alert = await createAlert(tx, 'ESCALATION', { provinceCode: tip.provinceCode, tipId: tip.id });
      if (alert && hooks.onCreated) await hooks.onCreated(tx, alert.deliveryIds);
      return alert;
    }, PATIENT_TRANSACTION);
    if (!created) continue;
    escalatedTipIds.push(tip.id);
    deliveryIds.push(...created.deliveryIds);
  }
  return { escalatedTipIds, deliveryIds };
}

/**
 * Deliveries left PENDING or RETRYING for longer than a retry should take (their job was
 * lost, e.g. an instance died between two steps): handed back to the queue by the sweep.
 */
export async function staleDeliveries(now: Date, retrySeconds: number): Promise<string[]> {
  const before = new Date(now.getTime() - (retrySeconds + 120) * 1000);
  const rows = await db.alertDelivery.findMany({
    where: {
      createdAt: { gte: new Date(now.getTime() - ESCALATION_LOOKBACK_MS) },
      OR: [
        { state: 'PENDING', createdAt: { lt: before } },
        { state: 'RETRYING', lastAttemptAt: { lt: before } },
      ],
    },
    select: { id: true },
    take: BATCH,
  });
  return rows.map((row) => row.id);
}
