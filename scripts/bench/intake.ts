/**
 * `npm run bench:intake [-- --tips=240 --pow-tips=300 --port=3282 --connections=32,128 --skip=photo,pow]`: tips per second over
 * HTTP against the production build (`next build` when stale, then `next start`), with
 * autocannon at 32 and 128 connections, and in the same run the irreducible work of a tip
 * (read the JSON, one argon2id with the same parameters, one pg INSERT;
 * lib/perf/baseline-intake.ts) on plain node:http and as /api/bench/baseline in the same build
 * (BENCH_BASELINE_ROUTE=true, 404 otherwise). Prints tips/s, p50/p99, errors, each server's
 * own CPU time per tip (from /proc on Linux) and the ratio app / baseline, without a photo,
 * with one ~1 MB photo, and with proof of work at the default difficulty (challenges fetched
 * and solved before the timed run). Scratch database
 * and upload folder, removed afterwards. `--other=DIR`: a project folder holding another
 * production build (say main's, with its node_modules), whose intake is measured in the same
 * interleaved runs (JSON, no proof of work) for a before/after in the same conditions.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import sharp from 'sharp';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { loadEnv } from '@/lib/env';
import { openDatabase } from '../lib/database';
import { ensureBuild, NEXT_BIN } from '../lib/build';
import { prepareSettings } from '../lib/settings';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TIPS = option('tips', 240);
const POW_TIPS = option('pow-tips', 300);
const APP_PORT = option('port', 3282);
const list = (name: string, fallback: string) => (process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback).split(',').filter(Boolean);
/** `--connections=32` for a shorter run; `--skip=photo,pow` leaves parts out. */
const CONNECTIONS = list('connections', '32,128').map(Number);
const SKIP = new Set(list('skip', ''));
const BASELINE_PORT = APP_PORT + 1;
const OTHER_DIR = process.argv.find((arg) => arg.startsWith('--other='))?.split('=')[1];
const OTHER_PORT = APP_PORT + 2;
const say = (line: string) => console.log(`[bench:intake] ${line}`);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

const settings = prepareSettings();
const server = await openDatabase(settings);
const scratch = databaseUrl(server.url, `intake_bench_${randomBytes(6).toString('hex')}`);
// The default difficulty as lib/env.ts has it, whatever this shell sets.
const DEFAULT_POW_DIFFICULTY = loadEnv({ ...process.env, POW_DIFFICULTY: undefined }).POW_DIFFICULTY;
const uploads = mkdtempSync(path.join(tmpdir(), 'intake-bench-'));

/** A noisy 1600x1200 JPEG near 1 MB, like a phone photo of a street at dusk. */
async function phonePhoto(): Promise<Buffer> {
  const width = 1600;
  const height = 1200;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = ((i * 2654435761) >>> 24) ^ (i % 97);
  return sharp(pixels, { raw: { width, height, channels: 3 } }).blur(0.5).jpeg({ quality: 84 }).toBuffer();
}

const FIELDS = {
  category: 'SCAM_COMPOUND',
  description: 'Bench tip: high walls with barbed wire, guards at the gate, buses arriving at night.',
  location: { lat: 10.6301, lng: 103.5202, accuracyM: 20, source: 'GPS' },
  indicators: ['guards', 'buses_at_night'],
  language: 'km',
};
const JSON_BODY = JSON.stringify(FIELDS);

function multipart(photo: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field('data', JSON_BODY) +
    `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="street.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return { body: Buffer.concat([Buffer.from(head), photo, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const children: ChildProcess[] = [];
function startChild(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
async function waitFor(url: string, init?: RequestInit): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

function appEnv(powDifficulty: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: scratch,
    UPLOAD_DIR: uploads,
    POW_DIFFICULTY: String(powDifficulty),
    LOG_LEVEL: 'warn',
    BENCH_BASELINE_ROUTE: 'true',
    NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
    PORT: String(APP_PORT),
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

async function startApp(powDifficulty: number, dir = '.', port = APP_PORT): Promise<ChildProcess> {
  const child = startChild([NEXT_BIN, 'start', dir, '-p', String(port), '-H', '127.0.0.1'], { ...appEnv(powDifficulty), PORT: String(port) });
  await waitFor(`http://127.0.0.1:${port}/api/health`);
  return child;
}

interface Row {
  label: string;
  connections: number;
  tipsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were: `500 x3`, `timeout x2`, ... */
  errorKinds: string;
  ok: number;
  /** The server process's own CPU time per answer (user + system, from /proc), when known. */
  cpuMsPerTip: number | null;
}
const rows: Row[] = [];

/**
 * A process's CPU time so far in ms, from /proc (Linux; null elsewhere): what a request costs
 * the server whatever else the machine is doing, where tips/s also moves with the other load.
 * The PostgreSQL backend's time is not in it; app and baselines make the same one INSERT.
 */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks of 10 ms (USER_HZ on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function errorKinds(result: Result): string {
  const statuses = (result as Result & { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const kinds = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status} x${count}`);
  if (result.timeouts) kinds.push(`timeout x${result.timeouts}`);
  if (result.errors > result.timeouts) kinds.push(`connection error x${result.errors - result.timeouts}`);
  return kinds.join(', ');
}

async function measure(
  label: string,
  connections: number,
  options: { url: string; body: string | Buffer; contentType: string; server: ChildProcess; bodies?: string[]; warmBodies?: string[] },
): Promise<Row> {
  const base = { url: options.url, connections, method: 'POST', timeout: 30, headers: { 'content-type': options.contentType } };
  const each = (bodies: string[]) => {
    let next = 0;
    return { amount: bodies.length, requests: [{ method: 'POST', headers: base.headers, setupRequest: (request: object) => ({ ...request, body: bodies[next++ % bodies.length] }) }] };
  };
  // Warm-up (JIT, pools, the build's route chunks), not counted.
  if (options.warmBodies) await autocannon({ ...base, ...each(options.warmBodies) });
  else await autocannon({ ...base, body: options.body, amount: Math.max(connections, 16) });
  // A fixed number of tips, timed to the last answer: nothing is left queued in the server to
  // slow the next run down (a timed run would leave up to `connections` tips in flight).
  const cpuBefore = cpuMs(options.server.pid);
  const started = performance.now();
  let lastAnswer = started;
  const result = await new Promise<Result>((resolve, reject) => {
    const run = options.bodies ? { ...base, ...each(options.bodies) } : { ...base, body: options.body, amount: Math.max(TIPS, connections * 3) };
    const instance = autocannon(run, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', () => {
      lastAnswer = performance.now();
    });
  });
  // Timed from the first request to the last answer: autocannon ends a run on its one-second
  // tick, so its own duration (whole seconds) made every rate the tip count over an integer.
  const seconds = (lastAnswer - started) / 1000;
  const cpuAfter = cpuMs(options.server.pid);
  const ok = result['2xx'];
  const row: Row = {
    label,
    connections,
    tipsPerSecond: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts a time-out among its errors too.
    errors: result.errors + result.non2xx,
    errorKinds: errorKinds(result),
    ok,
    cpuMsPerTip: cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null,
  };
  rows.push(row);
  say(`${label.padEnd(44)} ${String(connections).padStart(3)} conns: ${row.tipsPerSecond.toFixed(1).padStart(6)} tips/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}${row.errorKinds ? ` (${row.errorKinds})` : ''}  (${ok} stored)${row.cpuMsPerTip === null ? '' : `  server CPU ${row.cpuMsPerTip.toFixed(1)} ms/tip`}`);
  return row;
}

/** Solves altcha v1 challenges from the app (SHA-256(salt + n) = challenge), before timing. */
async function solvedChallenges(count: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const challenge = (await (await fetch(`http://127.0.0.1:${APP_PORT}/api/v1/pow`)).json()) as { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number };
    let number = 0;
    for (; number <= challenge.maxnumber; number++) {
      if (createHash('sha256').update(challenge.salt + number).digest('hex') === challenge.challenge) break;
    }
    const payload = { algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature };
    out.push(JSON.stringify({ ...FIELDS, pow: Buffer.from(JSON.stringify(payload)).toString('base64') }));
  }
  return out;
}

try {
  await ensureDatabase(scratch);
  await applyMigrations(scratch);
  await ensureBuild(say);
  const photo = await phonePhoto();
  const withPhoto = multipart(photo);
  say(`${new Date().toISOString()}; ${availableParallelism()} cores shared with other work (load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}); ${TIPS} tips per run (at least 3 per connection); photo ${(photo.byteLength / 1024 / 1024).toFixed(2)} MB`);

  const baseline = startChild(['--import', 'tsx', 'scripts/bench/baseline-server.ts'], { ...process.env, DATABASE_URL: scratch, BASELINE_PORT: String(BASELINE_PORT) });
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/`, { method: 'POST', body: JSON_BODY });
  let app = await startApp(0);
  const other = OTHER_DIR ? await startApp(0, OTHER_DIR, OTHER_PORT) : null;
  const otherUrl = `http://127.0.0.1:${OTHER_PORT}/api/v1/tips`;
  const otherLabel = `POST /api/v1/tips, other build (${OTHER_DIR})`;
  const json = { body: JSON_BODY, contentType: 'application/json' };
  const ratios: string[] = [];
  const plainUrl = `http://127.0.0.1:${BASELINE_PORT}/`;
  const tipsUrl = `http://127.0.0.1:${APP_PORT}/api/v1/tips`;
  const routeUrl = `http://127.0.0.1:${APP_PORT}/api/bench/baseline`;
  for (const connections of CONNECTIONS) {
    // Interleaved (plain, app, route, app, plain) so that a change in the machine's other load
    // during the run weighs on both sides of each ratio alike; the ratio uses the means.
    const plain = [await measure('baseline, plain node:http', connections, { url: plainUrl, server: baseline, ...json })];
    const tips = [await measure('POST /api/v1/tips, JSON, no photo, no PoW', connections, { url: tipsUrl, server: app, ...json })];
    const others = other ? [await measure(otherLabel, connections, { url: otherUrl, server: other, ...json })] : [];
    const route = await measure('baseline route in the build', connections, { url: routeUrl, server: app, ...json });
    if (other) others.push(await measure(otherLabel, connections, { url: otherUrl, server: other, ...json }));
    tips.push(await measure('POST /api/v1/tips, JSON, no photo, no PoW', connections, { url: tipsUrl, server: app, ...json }));
    plain.push(await measure('baseline, plain node:http', connections, { url: plainUrl, server: baseline, ...json }));
    const plainRate = mean(plain.map((row) => row.tipsPerSecond));
    const tipsRate = mean(tips.map((row) => row.tipsPerSecond));
    ratios.push(
      `${connections} conns: app ${tipsRate.toFixed(1)} tips/s / plain baseline ${plainRate.toFixed(1)} = ${(tipsRate / plainRate).toFixed(2)}; app / route baseline ${route.tipsPerSecond.toFixed(1)} = ${(tipsRate / route.tipsPerSecond).toFixed(2)}`,
    );
    const cpu = (measured: Row[]) => {
      const known = measured.map((row) => row.cpuMsPerTip).filter((value): value is number => value !== null);
      return known.length === measured.length ? mean(known) : null;
    };
    const [plainCpu, tipsCpu, routeCpu] = [cpu(plain), cpu(tips), cpu([route])];
    if (plainCpu !== null && tipsCpu !== null && routeCpu !== null) {
      ratios.push(`${connections} conns: server CPU per tip: app ${tipsCpu.toFixed(1)} ms, route baseline ${routeCpu.toFixed(1)} ms, plain baseline ${plainCpu.toFixed(1)} ms (plain / app = ${(plainCpu / tipsCpu).toFixed(2)})`);
    }
    if (other) {
      const otherRate = mean(others.map((row) => row.tipsPerSecond));
      ratios.push(`${connections} conns: other build ${otherRate.toFixed(1)} tips/s / plain baseline = ${(otherRate / plainRate).toFixed(2)}; app / other build = ${(tipsRate / otherRate).toFixed(2)}`);
    }
    if (SKIP.has('photo')) continue;
    const photoRow = await measure('POST /api/v1/tips, multipart, one 1 MB photo', connections, { url: tipsUrl, server: app, ...withPhoto });
    ratios.push(`${connections} conns: with a photo ${photoRow.tipsPerSecond.toFixed(1)} tips/s / plain baseline (no photo) = ${(photoRow.tipsPerSecond / plainRate).toFixed(2)}`);
  }
  await stopChild(app);
  if (other) await stopChild(other);

  if (!SKIP.has('pow')) {
    app = await startApp(DEFAULT_POW_DIFFICULTY);
    say(`solving ${POW_TIPS} challenges at the default difficulty (${DEFAULT_POW_DIFFICULTY}) before the timed run…`);
    const bodies = await solvedChallenges(POW_TIPS);
    const warmBodies = await solvedChallenges(32);
    const pow = await measure('POST /api/v1/tips, JSON, PoW at default', 32, { url: `http://127.0.0.1:${APP_PORT}/api/v1/tips`, body: '', contentType: 'application/json', server: app, bodies, warmBodies });
    const plainRate = mean(rows.filter((row) => row.label.startsWith('baseline, plain') && row.connections === 32).map((row) => row.tipsPerSecond));
    ratios.push(`32 conns: with PoW ${pow.tipsPerSecond.toFixed(1)} tips/s / plain baseline = ${(pow.tipsPerSecond / plainRate).toFixed(2)}`);
    await stopChild(app);
  }
  await stopChild(baseline);
  for (const line of ratios) say(`ratio ${line}`);
  mkdirSync('.data/bench', { recursive: true });
  writeFileSync('.data/bench/intake.json', JSON.stringify({ at: new Date().toISOString(), loadavg: loadavg(), rows, ratios }, null, 2));
} finally {
  for (const child of children) await stopChild(child).catch(() => {});
  await dropDatabase(scratch).catch(() => {});
  rmSync(uploads, { recursive: true, force: true });
  await server.close();
}
