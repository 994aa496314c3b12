/**
 * The alert jobs on the PostgreSQL job queue (lib/jobs):
 * - alerts-urgent-tip: enqueued right after an urgent or person-held tip is stored, with the
 *   province only; fans out one delivery per opted-in recipient and channel, taken before any
 *   delivery already waiting (decision 0503).
 * - alerts-deliver: one attempt at one delivery; a failure is tried again after
 *   ALERT_RETRY_SECONDS up to ALERT_MAX_ATTEMPTS, then marked failed and shown to supervisors.
 * - alerts-sweep: every minute, escalates urgent tips left untriaged and hands back
 *   deliveries whose job was lost.
 * Each alert's deliveries are enqueued in the transaction that creates them.
 */
import { env } from '@/lib/env';
import { defineJob } from '@/lib/jobs/define-job';
import { mapInParallel } from '@/lib/jobs/in-parallel';
import { enqueueJob } from '@/lib/jobs/queue';
import { db, PATIENT_TRANSACTION, type Tx } from '@/lib/db/client';
import { createAlert } from './create-alert';
import { deliverAlert } from './deliver-alert';
import { staleDeliveries, sweepEscalations } from './sweep-escalations';

/** One job per batch of deliveries: they go out side by side, not one queue poll apart. */
async function enqueueDeliveries(tx: Tx | undefined, deliveryIds: string[], options: { startAfterSeconds?: number; priority?: number } = {}): Promise<void> {
  for (let start = 0; start < deliveryIds.length; start += DELIVERY_BATCH) {
    await enqueueJob(alertsDeliverJob, { deliveryIds: deliveryIds.slice(start, start + DELIVERY_BATCH) }, { tx, ...options });
  }
}

/**
 * A new urgent tip's alert is taken before deliveries already waiting: escalations, failure notices, retries and
 * deliveries the sweep hands back are late already, and a backlog of them (a first sweep over a day's untriaged
 * tips) kept an officer's alert of a person held waiting past a minute behind them.
 */
export const FRESH_ALERT_PRIORITY = 1;

const DELIVERY_BATCH = 50;
/**
 * Deliveries of one batch in flight at once: each ends in a transaction, and fifty at once on a
 * pool of four to twenty connections waited past Prisma's limit for starting one (seen under the
 * e2e server's load), failing the job after its mail had gone, so that its retry mailed again.
 */
export const DELIVERIES_AT_ONCE = 4;

export const alertsDeliverJob = defineJob<{ deliveryIds: string[] }>({
  name: 'alerts-deliver',
  retryLimit: 2,
  handler: async ({ deliveryIds }) => {
    const results = await mapInParallel(deliveryIds, DELIVERIES_AT_ONCE, (id) => deliverAlert(id, { onFollowUp: (tx, ids) => enqueueDeliveries(tx, ids) }));
    const retry = deliveryIds.filter((_id, index) => results[index]!.outcome === 'retry');
    if (retry.length) await enqueueDeliveries(undefined, retry, { startAfterSeconds: env().ALERT_RETRY_SECONDS });
    return { outcomes: results.map((result) => result.outcome) };
  },
});

export const alertsUrgentTipJob = defineJob<{ provinceCode: string | null }>({
  name: 'alerts-urgent-tip',
  retryLimit: 5,
  handler: async ({ provinceCode }) =>
    db.$transaction(async (tx) => {
      const created = await createAlert(tx, 'URGENT_TIP', { provinceCode: provinceCode ?? null });
      if (created) await enqueueDeliveries(tx, created.deliveryIds, { priority: FRESH_ALERT_PRIORITY });
      return { deliveries: created?.deliveryIds.length ?? 0 };
    }, PATIENT_TRANSACTION),
});

export const alertsSweepJob = defineJob({
  name: 'alerts-sweep',
  schedule: '* * * * *',
  handler: async () => {
    const now = new Date();
    const escalated = await sweepEscalations(now, { onCreated: (tx, ids) => enqueueDeliveries(tx, ids) });
    const stale = await staleDeliveries(now, env().ALERT_RETRY_SECONDS);
    await enqueueDeliveries(undefined, stale, { startAfterSeconds: 1 });
    return { escalated: escalated.escalatedTipIds.length, requeued: stale.length };
  },
});

export const ALERT_JOBS = [alertsUrgentTipJob, alertsDeliverJob, alertsSweepJob] as const;

/**
 * For the resident's intake, right after the tip is stored (not in its statement: decision
 * 0301): the alert job with the province only. If the queue cannot take it, the tip is still
 * stored (the sweep escalates it when due) and nothing is logged (a log line would date the tip).
 */
export async function enqueueUrgentTipAlert(provinceCode: string | null): Promise<void> {
  try {
    await enqueueJob(alertsUrgentTipJob, { provinceCode });
  } catch {
    // Left to the sweep, as said above.
  }
}
