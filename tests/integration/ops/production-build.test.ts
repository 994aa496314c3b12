/**
 * The production build (`next start`) as operators run it; one file, because its instances
 * use this test run's two ports (E2E_PORT, PORT) one after the other.
 * - Issue 10 point 2: two app instances on one database share tipster throttling,
 *   proof-of-work replay protection, staff sessions and their revocation, and scheduled jobs
 *   (each slot runs once).
 * - Issue 10 point 1, as it will be checked: tips with photos are sent over HTTP while the
 *   app is killed with SIGKILL three times and restarted; every acknowledged tip is stored
 *   with its photos and the upload folder holds nothing else once the restarted instance
 *   serves (its start-up sweep runs before it does).
 * - Issue 9 point 1: a fresh instance warms itself up before it reports healthy, storing nothing
 *   (decision 0303).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { solveChallenge } from 'altcha-lib/v1';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../../scripts/lib/build';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { startStaffSession } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db/client';
import { JOB_SCHEMA, prepareJobQueues } from '@/lib/jobs/queue';
import { WARM_UP_SAMPLES } from '@/lib/perf/warm-up';
import { changeStaffMember } from '@/lib/staff/manage-staff';
import { makeStaff } from '../../helpers/factories';
import { jpegOf } from '../../helpers/images';
import { type AppInstance, startAppInstance } from '../../helpers/ops/app-instance';

const PORT_A = Number(process.env.E2E_PORT ?? 3210);
const PORT_B = Number(process.env.PORT ?? 3211);

beforeAll(async () => {
  await ensureBuild(() => {});
}, 900_000);

describe('two app instances on one database', () => {
  let a: AppInstance;
  let b: AppInstance;
  const uploads = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-two-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL!;
    await prepareJobQueues(url);
    const env = { POW_DIFFICULTY: '2000', UPLOAD_DIR: uploads, LOG_LEVEL: 'warn' };
    [a, b] = await Promise.all([startAppInstance(PORT_A, env), startAppInstance(PORT_B, env)]);
    // For this test only (after the instances prepared their queues), the statistics job runs
    // every two minutes, so a slot passes in the test's time.
    const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: false });
    await boss.start();
    await boss.schedule('stats-refresh', '*/2 * * * *', {}, { tz: 'UTC', singletonKey: 'stats-refresh' });
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


  it('each instance reported healthy only once warmed up, and its warm-up stored nothing', async () => {
    for (const instance of [a, b]) expect(await (await fetch(`${instance.url}/api/health`)).json()).toMatchObject({ ok: true, warmedUp: true });
    expect(await db.tip.count({ where: { description: { in: WARM_UP_SAMPLES.map((sample) => sample.description) } } })).toBe(0);
  });

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
    const cookie = await mintSessionCookie({ id: supervisor.id, role: supervisor.role, sessionVersion: 0, sessionId: await startStaffSession(db, supervisor.id) });
    const open = (instance: AppInstance) => fetch(`${instance.url}/console/dashboard`, { headers: { Cookie: `${cookie.name}=${cookie.value}` }, redirect: 'manual' });
    expect((await open(a)).status).toBe(200);
    expect((await open(b)).status).toBe(200);
    await changeStaffMember(admin.actor, { staffId: supervisor.id, change: 'revokeSessions' });
    expect((await open(a)).status).not.toBe(200);
    expect((await open(b)).status).not.toBe(200);
  });

  it('a scheduled job runs once per slot, not once per instance', { timeout: 300_000 }, async () => {
    // A run is created when an instance's cron check (every 30 s) first sees its slot's time,
    // plus the few seconds pg-boss takes to pass it on: within 60 s and a delay of the slot's
    // start. With a slot every two minutes, a run falls in its own slot's two minutes; with
    // a slot every minute, two slots' runs can share a minute and be taken for a repeat.
    const SLOT_SECONDS = 120;
    const started = Date.now();
    const firstWholeSlot = Math.ceil(started / (SLOT_SECONDS * 1000)) * SLOT_SECONDS * 1000;
    type Slot = { slot: Date; jobs: number; completed: number };
    const slots = async () =>
      db.$queryRawUnsafe<Slot[]>(
        `SELECT to_timestamp(floor(extract(epoch FROM created_on) / ${SLOT_SECONDS}) * ${SLOT_SECONDS}) AS slot, count(*)::int AS jobs,
                count(*) FILTER (WHERE state = 'completed')::int AS completed
           FROM (SELECT created_on, state FROM ${JOB_SCHEMA}.job WHERE name = 'stats-refresh'
                 UNION ALL SELECT created_on, state FROM ${JOB_SCHEMA}.archive WHERE name = 'stats-refresh') runs
          WHERE created_on >= $1 GROUP BY 1 ORDER BY 1`,
        new Date(started),
      );
    const wholeSlotDone = (seen: Slot[]) => seen.some((slot) => slot.slot.getTime() === firstWholeSlot && slot.completed > 0);
    // Until the first slot seen from its start has run, and its cron checks are past.
    let seen: Slot[] = [];
    while (Date.now() < firstWholeSlot + 150_000 && (!wholeSlotDone(seen) || Date.now() < firstWholeSlot + 80_000)) {
      seen = await slots();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    seen = await slots();
    expect(wholeSlotDone(seen)).toBe(true);
    for (const slot of seen) expect(slot.jobs, `slot ${slot.slot.toISOString()}`).toBe(1);
  });
});

const KILLS = 3;
const uploadDir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-crash-app-${process.pid}-${Date.now()}`;
const MARKER = `crash-app-${process.pid}-${Date.now()}`;

const files = () =>
  existsSync(uploadDir)
    ? readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir, path.join(entry.parentPath, entry.name)))
    : [];

describe('crash safety of the production build', () => {
  it(`keeps every acknowledged tip with its photos and nothing else through ${KILLS} kill -9`, { timeout: 900_000 }, async () => {
    const photos = await Promise.all([21, 22, 23].map((seed) => jpegOf(seed)));
    const acknowledged = new Map<string, number>();
    let sent = 0;

    const send = async (url: string): Promise<void> => {
      sent += 1;
      const count = 1 + (sent % 3);
      const form = new FormData();
      form.set('data', JSON.stringify({ category: 'SCAM_COMPOUND', description: `Guards and high walls, buses at night. ${MARKER} #${sent}`, location: { lat: 10.63, lng: 103.52, accuracyM: 25, source: 'GPS' }, provinceCode: 'KH-18', language: 'en' }));
      for (const photo of photos.slice(0, count)) form.append('photos', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
      const response = await fetch(`${url}/api/v1/tips`, { method: 'POST', body: form });
      if (response.status === 201) {
        const { code } = (await response.json()) as { code: string };
        acknowledged.set(code, count);
      }
    };

    for (let kill = 0; kill < KILLS; kill += 1) {
      const app = await startAppInstance(PORT_B, { UPLOAD_DIR: uploadDir, POW_DIFFICULTY: '0', LOG_LEVEL: 'warn' });
      const before = acknowledged.size;
      let running = true;
      const loops = Array.from({ length: 4 }, async () => {
        while (running) await send(app.url).catch(() => {});
      });
      // Kill it in full flight, once this run has had some tips acknowledged.
      while (acknowledged.size < before + 8) await new Promise((resolve) => setTimeout(resolve, 20));
      app.process.kill('SIGKILL');
      running = false;
      await Promise.all(loops);
      await app.stop();
    }
    const rowsBefore = await db.attachment.findMany({ where: { tip: { description: { contains: MARKER } } }, select: { storageKey: true } });
    const known = new Set(rowsBefore.map((row) => `${row.storageKey}.bin`));
    const leftBehind = files().filter((name) => !known.has(name)).length;

    const restarted = await startAppInstance(PORT_B, { UPLOAD_DIR: uploadDir, POW_DIFFICULTY: '0', LOG_LEVEL: 'warn' });
    try {
      const tips = await db.tip.findMany({ where: { code: { in: [...acknowledged.keys()] } }, select: { code: true, _count: { select: { attachments: true } } } });
      const lost = [...acknowledged].filter(([code, count]) => tips.find((tip) => tip.code === code)?._count.attachments !== count);
      expect(lost).toEqual([]);
      const rows = await db.attachment.findMany({ where: { tip: { description: { contains: MARKER } } }, select: { storageKey: true } });
      expect(files().sort()).toEqual(rows.map((row) => `${row.storageKey}.bin`).sort());
      console.log(`crash test (next start): ${KILLS} kills, ${acknowledged.size} tips acknowledged, ${lost.length} lost, ${leftBehind} stray files left by the kills, ${files().length - rows.length} after the restart`);
    } finally {
      await restarted.stop();
    }
  });
});
