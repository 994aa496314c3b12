/**
 * Issue 10 point 2: two app instances (`next start` of the production build) on one
 * database share tipster throttling, proof-of-work replay protection and scheduled jobs
 * (each slot runs once).
 */
import { solveChallenge } from 'altcha-lib/v1';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../../scripts/lib/build';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { db } from '@/lib/db/client';
import { changeStaffMember } from '@/lib/staff/manage-staff';
import { makeStaff } from '../../helpers/factories';
import { JOB_SCHEMA, prepareJobQueues } from '@/lib/jobs/queue';
import { type AppInstance, startAppInstance } from '../../helpers/ops/app-instance';

const PORT_A = Number(process.env.E2E_PORT ?? 3210);
const PORT_B = Number(process.env.PORT ?? 3211);

let a: AppInstance;
let b: AppInstance;
const uploads = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-two-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  await ensureBuild(() => {});
  const url = process.env.DATABASE_URL!;
  await prepareJobQueues(url);
  const env = { POW_DIFFICULTY: '2000', UPLOAD_DIR: uploads, LOG_LEVEL: 'warn' };
  [a, b] = await Promise.all([startAppInstance(PORT_A, env), startAppInstance(PORT_B, env)]);
  // For this test only (after the instances prepared their queues), the statistics job runs
  // every minute, so two slots pass in two minutes.
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: false });
  await boss.start();
  await boss.schedule('stats-refresh', '* * * * *', {}, { tz: 'UTC', singletonKey: 'stats-refresh' });
  await boss.stop({ graceful: false, wait: true });
}, 900_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await prepareJobQueues(process.env.DATABASE_URL!); // the schedules as registered again
});

const post = (instance: AppInstance, path: string, body: unknown) =>
  fetch(`${instance.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function solvedPow(instance: AppInstance): Promise<string> {
  const challenge = (await (await fetch(`${instance.url}/api/v1/pow`)).json()) as { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number };
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  return Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64');
}

const tip = (pow: string) => ({
  category: 'SCAM_COMPOUND',
  description: 'High walls and guards near the port; buses arrive at night. Two-instance test.',
  location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
  provinceCode: 'KH-18',
  language: 'en',
  pow,
});

describe('two app instances on one database', () => {
  it('a proof of work spent on one instance is refused on the other', { timeout: 60_000 }, async () => {
    const pow = await solvedPow(a);
    const first = await post(a, '/api/v1/tips', tip(pow));
    expect(first.status).toBe(201);
    const replay = await post(b, '/api/v1/tips', tip(pow));
    expect(replay.status).toBe(400);
  });

  it('wrong passphrases guessed on B throttle the same code on A', { timeout: 60_000 }, async () => {
    const created = (await (await post(a, '/api/v1/tips', tip(await solvedPow(a)))).json()) as { code: string; passphrase: string };
    const wrong = { code: created.code, passphrase: 'wrong wrong wrong wrong' };
    // Guess on B until B throttles the code (it answers 401 until then).
    const onB: number[] = [];
    while (onB.length < 12 && ![423, 429].includes(onB.at(-1) ?? 0)) onB.push((await post(b, '/api/v1/tips/status', wrong)).status);
    expect(onB[0]).toBe(401);
    expect([423, 429]).toContain(onB.at(-1));
    // The guesser moves to instance A: still throttled there.
    const onA = (await post(a, '/api/v1/tips/status', wrong)).status;
    expect([423, 429]).toContain(onA);
  });

  it('a staff session opens the console on both instances, and its revocation closes it on both', { timeout: 60_000 }, async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const admin = await makeStaff('SYSTEM_ADMIN');
    const cookie = await mintSessionCookie({ id: supervisor.id, role: supervisor.role, sessionVersion: 0 });
    const open = (instance: AppInstance) => fetch(`${instance.url}/console/dashboard`, { headers: { Cookie: `${cookie.name}=${cookie.value}` }, redirect: 'manual' });
    expect((await open(a)).status).toBe(200);
    expect((await open(b)).status).toBe(200);
    await changeStaffMember(admin.actor, supervisor.id, { change: 'revokeSessions' });
    expect((await open(a)).status).not.toBe(200);
    expect((await open(b)).status).not.toBe(200);
  });

  it('a scheduled job runs once per slot, not once per instance', { timeout: 240_000 }, async () => {
    const started = new Date();
    type Slot = { minute: string; jobs: number; completed: number };
    const slots = async () =>
      db.$queryRawUnsafe<Slot[]>(
        `SELECT to_char(date_trunc('minute', created_on), 'HH24:MI') AS minute, count(*)::int AS jobs,
                count(*) FILTER (WHERE state = 'completed')::int AS completed
           FROM (SELECT created_on, state FROM ${JOB_SCHEMA}.job WHERE name = 'stats-refresh'
                 UNION ALL SELECT created_on, state FROM ${JOB_SCHEMA}.archive WHERE name = 'stats-refresh') runs
          WHERE created_on >= $1 GROUP BY 1 ORDER BY 1`,
        started,
      );
    let seen: Slot[] = [];
    for (let attempt = 0; attempt < 900; attempt += 1) {
      seen = await slots();
      if (seen.filter((slot) => slot.completed > 0).length >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(seen.filter((slot) => slot.completed > 0).length).toBeGreaterThanOrEqual(2);
    for (const slot of seen) expect(slot.jobs, `minute ${slot.minute}`).toBe(1);
  });
});
