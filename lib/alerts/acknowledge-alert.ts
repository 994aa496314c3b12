/** A staff member acknowledges an alert sent to them (every channel of it), audited. */
import { recordAuditEvent } from '@/lib/audit/record-event';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';

export async function acknowledgeAlert(actor: Actor, alertId: string): Promise<boolean> {
  requirePermission(actor, 'alerts.subscribe');
  return db.$transaction(async (tx) => {
    const { count } = await tx.alertDelivery.updateMany({
      where: { alertId, staffId: actor.id, state: { in: ['PENDING', 'RETRYING', 'SENT'] } },
      data: { state: 'ACKNOWLEDGED', acknowledgedAt: new Date() },
    });
    if (count === 0) return false;
    await recordAuditEvent(tx, { actor, action: 'alert.acknowledged', target: { type: 'alert', id: alertId }, detail: { deliveries: count } });
    return true;
  });
}
