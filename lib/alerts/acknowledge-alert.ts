/** A staff member acknowledges an alert sent to them (every channel of it), audited. */
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { anyId, isUuid } from '@/lib/ids';
import { defineUseCase } from '@/lib/use-case';

export const acknowledgeAlert = defineUseCase({
  name: 'acknowledgeAlert',
  permission: 'alerts.subscribe',
  input: anyId,
  run: async (actor, alertId): Promise<boolean> => {
    // A malformed id names no alert: nothing to acknowledge, as for an unknown one.
    if (!isUuid(alertId)) return false;
    return db.$transaction(async (tx) => {
      const { count } = await tx.alertDelivery.updateMany({
        where: { alertId, staffId: actor.id, state: { in: ['PENDING', 'RETRYING', 'SENT'] } },
        data: { state: 'ACKNOWLEDGED', acknowledgedAt: new Date() },
      });
      if (count === 0) return false;
      await recordAuditEvent(tx, { actor, action: 'alert.acknowledged', target: { type: 'alert', id: alertId }, detail: { deliveries: count } });
      return true;
    });
  },
});
