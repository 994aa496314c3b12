/** A staff member's alert choices: email on/off, web push on/off and their browsers. Audited. */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';

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

export const getAlertChoices = defineUseCase({
  name: 'getAlertChoices',
  permission: 'alerts.subscribe',
  run: async (actor) => {
    const [subscription, pushDevices, staff] = await Promise.all([
      db.alertSubscription.findUnique({ where: { staffId: actor.id }, select: { email: true, push: true, language: true } }),
      db.pushSubscription.count({ where: { staffId: actor.id } }),
      db.staffUser.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } }),
    ]);
    return { email: subscription?.email ?? false, push: subscription?.push ?? false, language: subscription?.language ?? 'en', pushDevices, address: staff.email };
  },
});

export const setAlertChoices = defineUseCase({
  name: 'setAlertChoices',
  permission: 'alerts.subscribe',
  input: alertChoicesSchema,
  run: async (actor, choices): Promise<void> => {
    await db.$transaction(async (tx) => {
      await tx.alertSubscription.upsert({ where: { staffId: actor.id }, create: { staffId: actor.id, ...choices }, update: choices });
      await recordAuditEvent(tx, { actor, action: 'alert.subscription_changed', target: { type: 'staff', id: actor.id }, detail: choices });
    });
  },
});

/** Adds this browser's PushManager subscription (or moves an endpoint to this account) and turns push on. */
export const addPushSubscription = defineUseCase({
  name: 'addPushSubscription',
  permission: 'alerts.subscribe',
  // The subscription comes from the browser's script as it is: the schema checks it.
  input: z.object({ subscription: z.unknown().pipe(pushSubscriptionSchema), language: alertChoicesSchema.shape.language }),
  run: async (actor, { subscription, language }): Promise<void> => {
    await db.$transaction(async (tx) => {
      const row = { staffId: actor.id, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth };
      await tx.pushSubscription.upsert({ where: { endpoint: subscription.endpoint }, create: { endpoint: subscription.endpoint, ...row }, update: row });
      await tx.alertSubscription.upsert({ where: { staffId: actor.id }, create: { staffId: actor.id, push: true, language }, update: { push: true } });
      await recordAuditEvent(tx, { actor, action: 'alert.subscription_changed', target: { type: 'staff', id: actor.id }, detail: { push: true, browserAdded: true } });
    });
  },
});

export const removePushSubscriptions = defineUseCase({
  name: 'removePushSubscriptions',
  permission: 'alerts.subscribe',
  run: async (actor): Promise<void> => {
    await db.$transaction(async (tx) => {
      await tx.pushSubscription.deleteMany({ where: { staffId: actor.id } });
      await tx.alertSubscription.updateMany({ where: { staffId: actor.id }, data: { push: false } });
      await recordAuditEvent(tx, { actor, action: 'alert.subscription_changed', target: { type: 'staff', id: actor.id }, detail: { push: false, browsersRemoved: true } });
    });
  },
});
