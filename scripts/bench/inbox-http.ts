/**
 * `npm run bench:inbox-http -- --db=URL [--runs=20] [--port=3286]`: the rendered inbox page
 * (/console/tips) over HTTP against `next start` of the existing build (never builds), on a
 * database seeded earlier (`npm run bench:seed`). Signs in as the seed's supervisor with a
 * session cookie minted as sign-in would (lib/auth/auth-options.ts); requests one page at a
 * time and prints median and p95 for the first page, a filter and four searches. Background
 * jobs are off on the measured instance (JOBS_ENABLED=false).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { NEXT_BIN } from '../lib/build';
import { reportFaultsInOneLine } from '../lib/settings';

const arg = (name: string) => process.argv.find((entry) => entry.startsWith(`--${name}=`))?.slice(name.length + 3);
const DB = arg('db');
const RUNS = Number(arg('runs') ?? 20);
const PORT = Number(arg('port') ?? 3286);
const say = (line: string) => console.log(`[bench:inbox-http] ${line}`);
reportFaultsInOneLine(() => DB);
if (!DB) {
  console.error('Usage: npm run bench:inbox-http -- --db=URL [--runs=20] [--port=3286] (a database seeded by npm run bench:seed)');
  process.exit(1);
}

process.env.AUTH_SECRET ??= 'bench-auth-secret-0123456789abcdef0123456789';
process.env.DATA_KEY ??= Buffer.alloc(32, 9).toString('base64');
// The page, not the instance's background jobs: a job run at start-up (after a FEATURES_VERSION
// change, the duplicate keys of every tip: ~20 minutes at 1M) would share the cores with the requests.
const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: DB, NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' } as NodeJS.ProcessEnv;
const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${PORT}`;
try {
  const client = new pg.Client({ connectionString: DB });
  await client.connect();
  const staff = (await client.query(`SELECT id FROM "StaffUser" WHERE email = 'seed-bench@eyes-and-ears.invalid'`)).rows[0] as { id: string } | undefined;
  // A server-side session row, as sign-in would write (lib/auth/staff-sessions.ts).
  const sessionId = randomBytes(32).toString('base64url');
  if (staff) await client.query(`INSERT INTO "StaffSession" ("id", "staffId", "expiresAt") VALUES ($1, $2, now() + interval '8 hours')`, [sessionId, staff.id]);
  const english = (await client.query(`SELECT description FROM "Tip" WHERE language = 'en' AND description LIKE '% compound: %' LIMIT 1`)).rows[0].description as string;
  const khmer = (await client.query(`SELECT description FROM "Tip" WHERE language = 'km' AND description LIKE 'អគារ%' LIMIT 1`)).rows[0].description as string;
  await client.end();
  if (!staff) throw new Error('no seed supervisor: seed the database with `npm run bench:seed` first');
  const cookie = await mintSessionCookie({ id: staff.id, role: 'SUPERVISOR', sessionVersion: 0, sessionId });
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      await fetch(`${base}/api/health`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const englishName = english.split(' ').slice(0, 2).join(' ');
  const khmerName = khmer.split(' ')[0]!;
  const pages: [string, string][] = [
    ['first page', ''],
    ['filtered: NEW, no proof of work, KH-12', 'status=NEW&noPow=1&province=KH-12'],
    ['search English short (name)', `q=${encodeURIComponent(englishName)}`],
    ['search English long (typo)', `q=${encodeURIComponent(`${englishName.slice(0, -1)}x ${englishName.split(' ')[1]} compund high walls`)}`],
    ['search Khmer short (name)', `q=${encodeURIComponent(khmerName)}`],
    ['search Khmer long (phrase)', `q=${encodeURIComponent(`${khmerName} អគារខ្ពស់មានរបង`)}`],
  ];
  for (const [label, query] of pages) {
    const url = `${base}/console/tips${query ? `?${query}` : ''}`;
    const first = await fetch(url, { headers, redirect: 'manual' });
    if (first.status !== 200) throw new Error(`${label}: HTTP ${first.status} (signed in?)`);
    await first.text();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await (await fetch(url, { headers })).text();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    say(`${label.padEnd(40)} median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.ceil(times.length * 0.95) - 1]!.toFixed(1)} ms`);
  }
} finally {
  process.kill(-child.pid!);
}
process.exit(0);
