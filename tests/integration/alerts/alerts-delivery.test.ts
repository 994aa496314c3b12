/**
 * Alerts end to end below the queue: real mail to an SMTP server this test starts, real
 * web push to a local HTTPS endpoint (decrypted here), retries, failure shown to
 * supervisors, escalation of untriaged urgent tips, acknowledgement, and the audit trail.
 */
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeAlert } from '@/lib/alerts/acknowledge-alert';
import { createAlert } from '@/lib/alerts/create-alert';
import { deliverAlert } from '@/lib/alerts/deliver-alert';
import { alertsDeliverJob, DELIVERIES_AT_ONCE } from '@/lib/alerts/jobs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { type MailCatcher, readMailbox, startMailCatcher } from '@/lib/alerts/dev/mail-catcher';
import { listAlertDeliveries } from '@/lib/alerts/list-alerts';
import { addPushSubscription, setAlertChoices } from '@/lib/alerts/subscriptions';
import { staleDeliveries, sweepEscalations } from '@/lib/alerts/sweep-escalations';
import { db } from '@/lib/db/client';
import { makeStaff, makeTip } from '../../helpers/factories';
import { type PushSink, startPushSink } from '../../helpers/push-sink';

let mail: MailCatcher;
let push: PushSink;

beforeAll(async () => {
  mail = await startMailCatcher({ port: 0, refuse: (address) => address.startsWith('bounce-') });
  push = await startPushSink();
  const vapid = webpush.generateVAPIDKeys();
  // Before anything reads the settings (lib/env caches them per process).
  Object.assign(process.env, {
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    ALERT_FROM: 'Eyes & Ears <alerts@test.local>',
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    ALERT_MAX_ATTEMPTS: '2',
    ALERT_RETRY_SECONDS: '5',
    TRIAGE_DUE_URGENT_MINUTES: '60',
  });
});

afterAll(async () => {
  await mail.close();
  await push.close();
});

const tipWords = (description: string) => description.split(/\W+/).filter((word) => word.length > 3);

async function auditOf(alertId: string) {
  return db.auditEvent.findMany({ where: { targetType: 'alert', targetId: alertId }, orderBy: { id: 'asc' }, select: { action: true, detail: true } });
}

describe('alerts to duty officers', () => {
  it('reach every opted-in officer of the province by email and push, saying only that an urgent tip waits', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const elsewhere = await makeStaff('OFFICER', { provinceCodes: ['KH-12'] });
    const notOptedIn = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    await setAlertChoices(officer.actor, { email: true, push: false, language: 'en' });
    await addPushSubscription(officer.actor, { subscription: push.subscribe(`/officer-${officer.id}`), language: 'en' });
    await setAlertChoices(elsewhere.actor, { email: true, push: false, language: 'en' });
    const description = 'Zebracrossing warehouse: Narinvictim locked behind bluegate fences, Kampotroad, Tuesdaynight';
    const tip = await makeTip({ category: 'PERSON_HELD', description, provinceCode: 'KH-18', landmark: 'Goldencasino tower' });

    const created = await db.$transaction((tx) => createAlert(tx, 'URGENT_TIP', { provinceCode: 'KH-18' }));
    const mine = await db.alertDelivery.findMany({ where: { alertId: created!.alertId, staffId: { in: [officer.id, elsewhere.id, notOptedIn.id] } }, select: { staffId: true, channel: true } });
    expect(mine.map((row) => `${row.staffId === officer.id ? 'officer' : 'other'}:${row.channel}`).sort()).toEqual(['officer:EMAIL', 'officer:PUSH']);
    expect((await db.alert.findUniqueOrThrow({ where: { id: created!.alertId } })).tipId).toBeNull();

    const mineIds = (await db.alertDelivery.findMany({ where: { alertId: created!.alertId, staffId: officer.id }, select: { id: true } })).map((row) => row.id);
    for (const id of mineIds) expect(await deliverAlert(id)).toEqual({ outcome: 'sent' });
    const email = await mail.waitFor((m) => m.to.includes(officer.email));
    expect(email.subject).toBe('Urgent tip waiting');
    expect(email.from).toBe('alerts@test.local');
    expect(email.text).toContain('An urgent tip is waiting');
    expect(email.text).toContain(`/console/alerts?ack=${created!.alertId}`);
    const received = await push.waitFor((p) => p.path === `/officer-${officer.id}`);
    const payload = JSON.parse(received.payload) as { title: string; body: string; url: string };
    expect(payload.title).toBe('Urgent tip waiting');
    expect(payload.url).toContain(`/console/alerts?ack=${created!.alertId}`);
    expect(String(received.headers.authorization)).toMatch(/^vapid t=/);
    for (const text of [email.subject, email.text, received.payload]) {
      for (const word of [...tipWords(description), 'Goldencasino', tip.code, 'PERSON_HELD', 'KH-18', 'Sihanouk']) expect(text).not.toContain(word);
    }
    expect(mail.mails.some((m) => m.to.includes(elsewhere.email) || m.to.includes(notOptedIn.email))).toBe(false);

    const audit = await auditOf(created!.alertId);
    expect(audit.filter((event) => event.action === 'alert.sent' && (event.detail as { staffId?: string }).staffId === officer.id)).toHaveLength(2);
    // Delivering again is a no-op: each delivery goes out once.
    expect(await deliverAlert(mineIds[0]!)).toEqual({ outcome: 'skipped' });

    expect(await acknowledgeAlert(officer.actor, created!.alertId)).toBe(true);
    expect(await db.alertDelivery.count({ where: { alertId: created!.alertId, staffId: officer.id, state: 'ACKNOWLEDGED' } })).toBe(2);
    expect((await auditOf(created!.alertId)).at(-1)?.action).toBe('alert.acknowledged');
  });

  it('writes the alert in the staff member\'s language', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-2'] });
    await setAlertChoices(officer.actor, { email: true, push: false, language: 'km' });
    const created = await db.$transaction((tx) => createAlert(tx, 'URGENT_TIP', { provinceCode: 'KH-2' }));
    const id = (await db.alertDelivery.findFirstOrThrow({ where: { alertId: created!.alertId, staffId: officer.id } })).id;
    expect(await deliverAlert(id)).toEqual({ outcome: 'sent' });
    const email = await mail.waitFor((m) => m.to.includes(officer.email));
    expect(email.subject).toBe('ព័ត៌មានបន្ទាន់កំពុងរង់ចាំ');
  });

  it('retries an alert that cannot be delivered, then marks it failed, audits each step and tells supervisors', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-9'] });
    await db.staffUser.update({ where: { id: officer.id }, data: { email: `bounce-${officer.id}@test.local` } });
    await setAlertChoices(officer.actor, { email: true, push: false, language: 'en' });
    await addPushSubscription(officer.actor, { subscription: push.subscribe(`/broken-${officer.id}`), language: 'en' });
    push.answer(`/broken-${officer.id}`, 500);
    const supervisor = await makeStaff('SUPERVISOR');
    await setAlertChoices(supervisor.actor, { email: true, push: false, language: 'en' });

    const created = await db.$transaction((tx) => createAlert(tx, 'URGENT_TIP', { provinceCode: 'KH-9' }));
    const mine = await db.alertDelivery.findMany({ where: { alertId: created!.alertId, staffId: officer.id }, select: { id: true, channel: true } });
    expect(mine).toHaveLength(2);
    for (const delivery of mine) {
      expect(await deliverAlert(delivery.id)).toEqual({ outcome: 'retry', afterSeconds: 5 });
      const second = await deliverAlert(delivery.id);
      expect(second.outcome).toBe('failed');
      const followUp = second.outcome === 'failed' ? second.followUpDeliveryIds : [];
      const toSupervisor = await db.alertDelivery.findFirstOrThrow({ where: { id: { in: followUp }, staffId: supervisor.id } });
      await deliverAlert(toSupervisor.id);
      await mail.waitFor((m) => m.to.includes(supervisor.email) && m.subject === 'A staff alert could not be delivered');
    }
    const rows = await db.alertDelivery.findMany({ where: { alertId: created!.alertId, staffId: officer.id } });
    expect(rows.map((row) => [row.state, row.attempts])).toEqual([['FAILED', 2], ['FAILED', 2]]);
    expect(rows.find((row) => row.channel === 'PUSH')?.lastError).toBe('push service answered 500');
    const actions = (await auditOf(created!.alertId)).filter((event) => (event.detail as { staffId?: string }).staffId === officer.id).map((event) => event.action);
    expect(actions).toEqual(['alert.retried', 'alert.failed', 'alert.retried', 'alert.failed']);
    expect(push.received.filter((p) => p.path === `/broken-${officer.id}`)).toHaveLength(2);

    const seen = await listAlertDeliveries(supervisor.actor);
    expect(seen[0]?.state).toBe('FAILED');
    expect(seen.filter((row) => row.alertId === created!.alertId && row.state === 'FAILED')).toHaveLength(2);
    await expect(listAlertDeliveries(officer.actor)).rejects.toThrow();
  });

  it('sends a batch a few deliveries at a time, so that a burst does not wait past the transactions\' limit', async () => {
    const officers = await Promise.all(Array.from({ length: 10 }, () => makeStaff('OFFICER', { provinceCodes: ['KH-21'] })));
    for (const officer of officers) {
      await setAlertChoices(officer.actor, { email: false, push: false, language: 'en' });
      await addPushSubscription(officer.actor, { subscription: push.subscribe(`/batch-${officer.id}`), language: 'en' });
    }
    const created = await db.$transaction((tx) => createAlert(tx, 'URGENT_TIP', { provinceCode: 'KH-21' }));
    const deliveryIds = (await db.alertDelivery.findMany({ where: { alertId: created!.alertId, staffId: { in: officers.map((officer) => officer.id) } }, select: { id: true } })).map((row) => row.id);
    expect(deliveryIds).toHaveLength(10);

    const release = push.hold();
    const running = alertsDeliverJob.handler({ deliveryIds });
    try {
      await expect.poll(() => push.waiting()).toBe(DELIVERIES_AT_ONCE);
      // The rest are not even claimed while those wait.
      expect(await db.alertDelivery.count({ where: { id: { in: deliveryIds }, attempts: { gt: 0 } } })).toBe(DELIVERIES_AT_ONCE);
    } finally {
      release();
    }
    expect(await running).toEqual({ outcomes: Array(10).fill('sent') });
    expect(await db.alertDelivery.count({ where: { id: { in: deliveryIds }, state: 'SENT', attempts: 1 } })).toBe(10);
  });

  it('forgets a browser whose push subscription is gone', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-10'] });
    await addPushSubscription(officer.actor, { subscription: push.subscribe(`/gone-${officer.id}`), language: 'en' });
    push.answer(`/gone-${officer.id}`, 410);
    const created = await db.$transaction((tx) => createAlert(tx, 'URGENT_TIP', { provinceCode: 'KH-10' }));
    const delivery = await db.alertDelivery.findFirstOrThrow({ where: { alertId: created!.alertId, staffId: officer.id } });
    expect((await deliverAlert(delivery.id)).outcome).toBe('retry');
    expect(await db.pushSubscription.count({ where: { staffId: officer.id } })).toBe(0);
  });
});

describe('escalation', () => {
  it('alerts supervisors once about an urgent tip left untriaged past TRIAGE_DUE_URGENT_MINUTES', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    await setAlertChoices(supervisor.actor, { email: true, push: false, language: 'en' });
    const now = new Date();
    const twoHoursAgo = new Date(now.getTime() - 2 * 3_600_000);
    const waiting = await makeTip({ urgent: true, description: 'Escalation waiting tip with secretword Tamarindgrove' }, { receivedAt: twoHoursAgo });
    const triaged = await makeTip({ urgent: true }, { receivedAt: twoHoursAgo });
    await db.tip.update({ where: { id: triaged.tipId }, data: { status: 'TRIAGED', triagedAt: now } });
    const notUrgent = await makeTip({}, { receivedAt: twoHoursAgo });
    const fresh = await makeTip({ urgent: true }, { receivedAt: now });

    const first = await sweepEscalations(now);
    expect(first.escalatedTipIds).toContain(waiting.tipId);
    for (const other of [triaged, notUrgent, fresh]) expect(first.escalatedTipIds).not.toContain(other.tipId);
    // Two sweeps (two instances, or the next minute) escalate it once.
    const [again, concurrent] = await Promise.all([sweepEscalations(now), sweepEscalations(now)]);
    expect([...again.escalatedTipIds, ...concurrent.escalatedTipIds]).not.toContain(waiting.tipId);
    expect(await db.alert.count({ where: { kind: 'ESCALATION', tipId: waiting.tipId } })).toBe(1);

    const alert = await db.alert.findFirstOrThrow({ where: { kind: 'ESCALATION', tipId: waiting.tipId }, include: { deliveries: true } });
    const toSupervisor = alert.deliveries.find((delivery) => delivery.staffId === supervisor.id)!;
    expect(await deliverAlert(toSupervisor.id)).toEqual({ outcome: 'sent' });
    const email = await mail.waitFor((m) => m.to.includes(supervisor.email) && m.subject === 'Urgent tip not yet triaged');
    expect(email.text).toContain('longer than 60 minutes');
    expect(email.text).not.toContain('Tamarindgrove');
    expect(email.text).not.toContain(waiting.code);
  });
});

describe('demo mailbox', () => {
  it('keeps each caught mail as a file that /console/alerts/mailbox reads, newest first, accepting a login', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'demo-mailbox-'));
    const demo = await startMailCatcher({ port: 0, dir });
    try {
      const transport = nodemailer.createTransport(`smtp://demo:secret@127.0.0.1:${demo.port}`);
      await transport.sendMail({ from: 'a@test.local', to: 'officer@demo.test', subject: 'first', text: 'one' });
      await transport.sendMail({ from: 'a@test.local', to: 'supervisor@demo.test', subject: 'second', text: 'two' });
      transport.close();
      const mails = readMailbox(dir);
      expect(mails.map((m) => [m.subject, m.to[0]])).toEqual([['second', 'supervisor@demo.test'], ['first', 'officer@demo.test']]);
      expect(readMailbox(path.join(dir, 'missing'))).toEqual([]);
    } finally {
      await demo.close();
    }
  });
});

describe('lost jobs', () => {
  it('hands back deliveries left waiting longer than a retry should take, and not fresh or finished ones', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-21'] });
    await setAlertChoices(officer.actor, { email: true, push: false, language: 'en' });
    const now = new Date();
    const make = async () => {
      const created = await db.$transaction((tx) => createAlert(tx, 'URGENT_TIP', { provinceCode: 'KH-21' }));
      return db.alertDelivery.findFirstOrThrow({ where: { alertId: created!.alertId, staffId: officer.id } });
    };
    const [lost, fresh, retrying, sent] = await Promise.all([make(), make(), make(), make()]);
    const tenMinutesAgo = new Date(now.getTime() - 10 * 60_000);
    await db.alertDelivery.update({ where: { id: lost.id }, data: { createdAt: tenMinutesAgo } });
    await db.alertDelivery.update({ where: { id: retrying.id }, data: { createdAt: tenMinutesAgo, state: 'RETRYING', lastAttemptAt: tenMinutesAgo } });
    await db.alertDelivery.update({ where: { id: sent.id }, data: { createdAt: tenMinutesAgo, state: 'SENT' } });
    const stale = await staleDeliveries(now, 30);
    expect(stale).toEqual(expect.arrayContaining([lost.id, retrying.id]));
    expect(stale).not.toContain(fresh.id);
    expect(stale).not.toContain(sent.id);
  });
});
