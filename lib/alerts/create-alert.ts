/**
 * Creates an alert and one delivery per recipient and channel, in the caller's transaction.
 * Who is alerted:
 * - URGENT_TIP: every active, opted-in staff member who may see tips of the tip's province
 *   (officers assigned to it; supervisors see every province).
 * - ESCALATION and DELIVERY_FAILED: opted-in supervisors; if none has opted in, every active
 *   supervisor by email, so that an escalation never goes nowhere.
 * The caller enqueues one `alerts-deliver` job per returned delivery.
 */
import type { Tx } from '@/lib/db/client';
import type { AlertChannel, AlertKind } from '@/lib/db/generated/client';

export interface CreatedAlert {
  alertId: string;
  deliveryIds: string[];
}

interface Recipient {
  staffId: string;
  channels: AlertChannel[];
}

async function optedIn(tx: Tx, where: object): Promise<Recipient[]> {
  const rows = await tx.alertSubscription.findMany({
    where: { OR: [{ email: true }, { push: true }], staff: { active: true, ...where } },
    select: { staffId: true, email: true, push: true, staff: { select: { _count: { select: { pushSubscriptions: true } } } } },
  });
  return rows
    .map((row) => ({
      staffId: row.staffId,
      channels: [
        ...(row.email ? (['EMAIL'] as const) : []),
        ...(row.push && row.staff._count.pushSubscriptions > 0 ? (['PUSH'] as const) : []),
      ],
    }))
    .filter((recipient) => recipient.channels.length > 0);
}

export async function recipientsFor(tx: Tx, kind: AlertKind, provinceCode: string | null): Promise<Recipient[]> {
  if (kind === 'URGENT_TIP') {
    const officers = provinceCode ? await optedIn(tx, { role: 'OFFICER', provinceCodes: { has: provinceCode } }) : [];
    return [...officers, ...(await optedIn(tx, { role: 'SUPERVISOR' }))];
  }
  const supervisors = await optedIn(tx, { role: 'SUPERVISOR' });
  if (supervisors.length > 0) return supervisors;
  const everyone = await tx.staffUser.findMany({ where: { role: 'SUPERVISOR', active: true }, select: { id: true } });
  return everyone.map((staff) => ({ staffId: staff.id, channels: ['EMAIL'] }));
}

/**
 * null when an escalation for this tip already exists (two instances sweeping at once):
 * the unique (kind, tipId) makes the second insert a no-op rather than an error.
 */
export async function createAlert(
  tx: Tx,
  kind: AlertKind,
  target: { provinceCode: string | null; tipId?: string },
): Promise<CreatedAlert | null> {
  const [alert] = await tx.alert.createManyAndReturn({
    data: [{ kind, provinceCode: target.provinceCode, tipId: target.tipId ?? null }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!alert) return null;
  const recipients = await recipientsFor(tx, kind, target.provinceCode);
  const deliveries = await tx.alertDelivery.createManyAndReturn({
    data: recipients.flatMap((recipient) => recipient.channels.map((channel) => ({ alertId: alert.id, staffId: recipient.staffId, channel }))),
    select: { id: true },
  });
  return { alertId: alert.id, deliveryIds: deliveries.map((delivery) => delivery.id) };
}
