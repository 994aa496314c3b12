/**
 * The intake's side of alerts, on the real job queue: an urgent tip, once stored, enqueues
 * `alerts-urgent-tip` carrying the province only; the workers deliver the alert to the
 * officer's mailbox (a real SMTP server started here).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALERT_JOBS, alertsDeliverJob, alertsUrgentTipJob } from '@/lib/alerts/jobs';
import { type MailCatcher, startMailCatcher } from '@/lib/alerts/dev/mail-catcher';
import { setAlertChoices } from '@/lib/alerts/subscriptions';
import { db } from '@/lib/db/client';
import { enqueueJob, prepareJobQueues, startJobWorkers, stopJobs } from '@/lib/jobs/queue';
import { submitTip } from '@/lib/tips/submit-tip';
import { dropQueuedAlerts } from '../../helpers/alert-backlog';
import { makeStaff } from '../../helpers/factories';

let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher({ port: 0 });
  process.env.SMTP_URL = `smtp://127.0.0.1:${mail.port}`;
  await prepareJobQueues(process.env.DATABASE_URL!, ALERT_JOBS);
});

afterAll(async () => {
  await stopJobs();
  await mail.close();
});

// Prey Veng, where no other test file puts a tip: the files run side by side on one queue, and their urgent and
// person-held tips (most in Sihanoukville and Phnom Penh) enqueue alerts too.
const PROVINCE = 'KH-14';
const fields = (marker: string, overrides: Record<string, unknown> = {}) => ({
  category: 'SCAM_COMPOUND',
  description: `Guards with rifles at the Lotusbay gate, forty workers inside. ${marker}`,
  location: { lat: 11.4868, lng: 105.3253, accuracyM: 25, source: 'GPS' },
  provinceCode: PROVINCE,
  language: 'km',
  ...overrides,
});

/** This province's jobs of the queue, oldest first. */
const jobsOf = (name: string) =>
  db.$queryRawUnsafe<{ id: string; data: unknown }[]>(`SELECT id::text, data FROM pgboss.job WHERE name = $1 AND data->>'provinceCode' = $2 ORDER BY created_on`, name, PROVINCE);

describe('an urgent tip alerts the officers of its province through the job queue', () => {
  it('enqueues the alert once the tip is stored, with the province only, and none for other tips', async () => {
    const before = (await jobsOf('alerts-urgent-tip')).map((job) => job.id);
    await submitTip({ fields: fields(`a-${Date.now()}`), photos: [], requirePow: false });
    expect((await jobsOf('alerts-urgent-tip')).filter((job) => !before.includes(job.id))).toHaveLength(0);
    await submitTip({ fields: fields(`b-${Date.now()}`, { urgent: true }), photos: [], requirePow: false });
    await submitTip({ fields: fields(`c-${Date.now()}`, { category: 'PERSON_HELD' }), photos: [], requirePow: false });
    const added = (await jobsOf('alerts-urgent-tip')).filter((job) => !before.includes(job.id));
    expect(added.map((job) => job.data)).toEqual([{ provinceCode: PROVINCE }, { provinceCode: PROVINCE }]);
  });

  it('delivers it to an opted-in officer\'s mailbox with none of the tip\'s words', { timeout: 180_000 }, async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: [PROVINCE] });
    await setAlertChoices(officer.actor, { email: true, push: false, language: 'en' });
    await dropQueuedAlerts();
    const marker = `Mangosteenlane-${Date.now()}`;
    const receipt = await submitTip({ fields: fields(marker, { urgent: true, landmark: 'Durianpalace casino' }), photos: [], requirePow: false });
    // Not the sweep: at its first run it hands back every delivery of the suite whose job the line above
    // dropped, and escalates the suite's untriaged urgent tips; a fresh clone's run caught 24 of those
    // mails in 60 s, none of them this officer's. The sweep has its own tests.
    const runs: string[] = [];
    const started = Date.now();
    const onRun = (name: string, error: unknown) => runs.push(`${Date.now() - started} ms ${name}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ''}`);
    await startJobWorkers({ url: process.env.DATABASE_URL!, jobs: [alertsUrgentTipJob, alertsDeliverJob], onRun });
    // Long enough for one retry of each job (30 s apart): delivery is at least once, not at once.
    // A miss says what the queue did, as an operator would look it up.
    const email = await mail.waitFor((m) => m.to.includes(officer.email), 100_000).catch(async (error: Error) => {
      const jobs = await db.$queryRawUnsafe<unknown[]>(`SELECT name, state, retry_count, created_on, started_on, completed_on, output FROM pgboss.job WHERE name LIKE 'alerts-%' ORDER BY created_on DESC LIMIT 10`);
      const deliveries = await db.alertDelivery.findMany({ where: { staffId: officer.id }, select: { state: true, attempts: true, lastError: true } });
      throw new Error(`${error.message}\nruns: ${JSON.stringify(runs)}\njobs: ${JSON.stringify(jobs)}\ndeliveries: ${JSON.stringify(deliveries)}`);
    });
    expect(email.subject).toBe('Urgent tip waiting');
    for (const word of ['Lotusbay', 'rifles', 'forty', marker, 'Durianpalace', receipt.code, PROVINCE]) expect(email.text).not.toContain(word);
    // The mail is out before the worker's transaction records it: wait for the record. On a
    // loaded machine the first attempt can time out after the server took the mail; delivery is
    // at least once, so the record may reach SENT only on the retry (ALERT_RETRY_SECONDS, 30 s).
    const delivery = await vi.waitFor(
      async () => {
        const row = await db.alertDelivery.findFirstOrThrow({ where: { staffId: officer.id } });
        if (row.state !== 'SENT') throw new Error(`delivery is ${row.state}`);
        return row;
      },
      { timeout: 50_000, interval: 200 },
    );
    expect(delivery.state).toBe('SENT');
    expect(await db.auditEvent.count({ where: { action: 'alert.sent', targetId: delivery.alertId } })).toBeGreaterThan(0);
  });

  it('delivers a new urgent tip\'s alert before a backlog of deliveries queued earlier', { timeout: 180_000 }, async () => {
    await stopJobs();
    await dropQueuedAlerts();
    const officer = await makeStaff('OFFICER', { provinceCodes: [PROVINCE] });
    await setAlertChoices(officer.actor, { email: true, push: false, language: 'en' });
    // The backlog a first sweep leaves: escalations to a supervisor, three batches of them, queued before the tip.
    const supervisor = await makeStaff('SUPERVISOR');
    const alerts = await db.alert.createManyAndReturn({ data: Array.from({ length: 60 }, () => ({ kind: 'ESCALATION' as const, provinceCode: PROVINCE })), select: { id: true } });
    const backlog = await db.alertDelivery.createManyAndReturn({ data: alerts.map((alert) => ({ alertId: alert.id, staffId: supervisor.id, channel: 'EMAIL' as const })), select: { id: true } });
    for (let start = 0; start < backlog.length; start += 20) {
      await enqueueJob(alertsDeliverJob, { deliveryIds: backlog.slice(start, start + 20).map((delivery) => delivery.id) });
    }
    await alertsUrgentTipJob.handler({ provinceCode: PROVINCE });
    await startJobWorkers({ url: process.env.DATABASE_URL!, jobs: [alertsDeliverJob] });
    const alert = await mail.waitFor((m) => m.to.includes(officer.email), 120_000);
    const backlogFirst = mail.mails.slice(0, mail.mails.indexOf(alert)).filter((m) => m.to.includes(supervisor.email));
    // One worker takes one job at a time: first in, first out, all sixty would have gone before it.
    expect(backlogFirst.length).toBeLessThan(20);
    await vi.waitFor(() => expect(mail.mails.filter((m) => m.to.includes(supervisor.email))).toHaveLength(60), { timeout: 120_000, interval: 200 });
  });
});
