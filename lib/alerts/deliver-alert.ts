/**
 * One attempt at one delivery (one staff member, one channel). Safe to run twice: only a
 * PENDING or RETRYING delivery is attempted, claimed by a conditional update, so two
 * workers never both send it. Every outcome is audited (alert.sent, alert.retried,
 * alert.failed); the last failed attempt raises a DELIVERY_FAILED alert to supervisors.
 */
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db, PATIENT_TRANSACTION, type Tx } from '@/lib/db/client';
import { env } from '@/lib/env';
import { composeAlert } from './compose';
import { createAlert } from './create-alert';
import { sendAlertEmail } from './send-email';
import { sendAlertPush } from './send-push';

export type DeliveryOutcome =
  | { outcome: 'sent' }
  | { outcome: 'skipped' }
  | { outcome: 'retry'; afterSeconds: number }
  | { outcome: 'failed'; followUpDeliveryIds: string[] };

async function attempt(delivery: { staffId: string; channel: 'EMAIL' | 'PUSH'; email: string; language: string; kind: Parameters<typeof composeAlert>[0]; alertId: string }): Promise<string | null> {
  const message = composeAlert(delivery.kind, delivery.language, delivery.alertId);
  if (delivery.channel === 'EMAIL') {
    try {
      await sendAlertEmail(delivery.email, message);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message.slice(0, 200) : 'email failed';
    }
  }
  const targets = await db.pushSubscription.findMany({ where: { staffId: delivery.staffId }, select: { id: true, endpoint: true, p256dh: true, auth: true } });
  let sent = false;
  let lastError = 'no browser is subscribed';
  for (const target of targets) {
    const outcome = await sendAlertPush(target, message);
    if (outcome === 'sent') sent = true;
    else if (outcome === 'gone') await db.pushSubscription.deleteMany({ where: { id: target.id } });
    else lastError = outcome.error;
  }
  return sent ? null : lastError;
}

export interface DeliverHooks {
  /** Called in the transaction that creates a DELIVERY_FAILED alert, to enqueue its deliveries. */
  onFollowUp?: (tx: Tx, deliveryIds: string[]) => Promise<void>;
}

export async function deliverAlert(deliveryId: string, hooks: DeliverHooks = {}): Promise<DeliveryOutcome> {
  const claimed = await db.alertDelivery.updateManyAndReturn({
    where: { id: deliveryId, state: { in: ['PENDING', 'RETRYING'] } },
    data: { attempts: { increment: 1 }, lastAttemptAt: new Date() },
    select: {
      id: true,
      alertId: true,
      staffId: true,
      channel: true,
      attempts: true,
      alert: { select: { kind: true } },
      staff: { select: { email: true, role: true, alertSubscription: { select: { language: true } } } },
    },
  });
  const delivery = claimed[0];
  if (!delivery) return { outcome: 'skipped' };
  const error = await attempt({
    staffId: delivery.staffId,
    channel: delivery.channel,
    email: delivery.staff.email,
    language: delivery.staff.alertSubscription?.language ?? 'en',
    kind: delivery.alert.kind,
    alertId: delivery.alertId,
  });
  const settings = env();
  const detail = { deliveryId: delivery.id, kind: delivery.alert.kind, channel: delivery.channel, staffId: delivery.staffId, attempts: delivery.attempts };
  const target = { type: 'alert', id: delivery.alertId };
  // The message has gone: wait for a connection, as other background work does, rather than fail
  // the job and send it again on its retry.
  return db.$transaction(async (tx) => {
    if (error === null) {
      // Acknowledged meanwhile (from an earlier channel's link): keep it acknowledged.
      await tx.alertDelivery.updateMany({ where: { id: delivery.id, state: { not: 'ACKNOWLEDGED' } }, data: { state: 'SENT', sentAt: new Date(), lastError: null } });
      await recordAuditEvent(tx, { actor: null, action: 'alert.sent', target, detail });
      return { outcome: 'sent' } as const;
    }
    if (delivery.attempts < settings.ALERT_MAX_ATTEMPTS) {
      await tx.alertDelivery.updateMany({ where: { id: delivery.id, state: { not: 'ACKNOWLEDGED' } }, data: { state: 'RETRYING', lastError: error } });
      await recordAuditEvent(tx, { actor: null, action: 'alert.retried', target, detail: { ...detail, error, retryInSeconds: settings.ALERT_RETRY_SECONDS } });
      return { outcome: 'retry', afterSeconds: settings.ALERT_RETRY_SECONDS } as const;
    }
    await tx.alertDelivery.updateMany({ where: { id: delivery.id, state: { not: 'ACKNOWLEDGED' } }, data: { state: 'FAILED', failedAt: new Date(), lastError: error } });
    await recordAuditEvent(tx, { actor: null, action: 'alert.failed', target, detail: { ...detail, error } });
    // A failed failure-notice is shown on the supervisors' page but not announced again (no loop).
    const followUp = delivery.alert.kind === 'DELIVERY_FAILED' ? null : await createAlert(tx, 'DELIVERY_FAILED', { provinceCode: null });
    if (followUp && hooks.onFollowUp) await hooks.onFollowUp(tx, followUp.deliveryIds);
    return { outcome: 'failed', followUpDeliveryIds: followUp?.deliveryIds ?? [] } as const;
  }, PATIENT_TRANSACTION);
}
