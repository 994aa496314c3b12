/** A staff member's alert choices: email on/off, web push on/off and their browsers. Audited. */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';

export const alertChoicesSchema = z.object({
  email: z.boolean(),
  push: z.boolean(),
  language: z.enum(['km', 'en']),
});

export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/ }).max(2_000),
  keys: z.object({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,24}={0,2}$/),
  }),
});

export async function getAlertChoices(actor: Actor) {
  requirePermission(actor, 'alerts.subscribe');
  const [subscription, pushDevices, staff] = await Promise.all([
    db.alertSubscription.findUnique({ where: { staffId: actor.id }, select: { email: true, push: true, language: true } }),
    db.pushSubscription.count({ where: { staffId: actor.id } }),
    db.staffUser.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } }),
  ]);
  return { email: subscription?.email ?? false, push: subscription?.push ?? false, language: subscription?.language ?? 'en', pushDevices, address: staff.email };
}

export async function setAlertChoices(actor: Actor, input: z.input<typeof alertChoicesSchema>): Promise<void> {
  requirePermission(actor, 'alerts.subscribe');
  const choices = alertChoicesSchema.parse(input);
  await db.$transaction(async (tx) => {
    await tx.alertSubscription.upsert({ where: { staffId: actor.id }, create: { staffId: actor.id, ...choices }, update: choices });
    await recordAuditEvent(tx, { actor, action: 'alert.subscription_changed', target: { type: 'staff', id: actor.id }, detail: choices });
  });
}

/** Adds this browser's PushManager subscription (or moves an endpoint to this account) and turns push on. */
export async function addPushSubscription(actor: Actor, input: unknown, language: 'km' | 'en'): Promise<void> {
  requirePermission(actor, 'alerts.subscribe');
  const subscription = pushSubscriptionSchema.parse(input);
  await db.$transaction(async (tx) => {
    const row = { staffId: actor.id, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth };
    await tx.pushSubscription.upsert({ where: { endpoint: subscription.endpoint }, create: { endpoint: subscription.endpoint, ...row }, update: row });
    await tx.alertSubscription.upsert({ where: { staffId: actor.id }, create: { staffId: actor.id, push: true, language }, update: { push: true } });
    await recordAuditEvent(tx, { actor, action: 'alert.subscription_changed', target: { type: 'staff', id: actor.id }, detail: { push: true, browserAdded: true } });
  });
}

export async function removePushSubscriptions(actor: Actor): Promise<void> {
  requirePermission(actor, 'alerts.subscribe');
  await db.$transaction(async (tx) => {
    await tx.pushSubscription.deleteMany({ where: { staffId: actor.id } });
    await tx.alertSubscription.updateMany({ where: { staffId: actor.id }, data: { push: false } });
    await recordAuditEvent(tx, { actor, action: 'alert.subscription_changed', target: { type: 'staff', id: actor.id }, detail: { push: false, browsersRemoved: true } });
  });
}
