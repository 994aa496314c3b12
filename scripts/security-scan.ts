/**
 * `npm run security:scan [-- --port=3240] [--level=1 --risk=1]`: sqlmap (Debian package
 * `sqlmap`) against a local production instance on a database of its own, over the public
 * endpoints that take parameters: POST /api/v1/tips (JSON), the /status sign-in form, the
 * report form without JavaScript, and the staff console's sign-in form. Batch mode, only
 * 127.0.0.1. Prints per target `injectable: no|yes` and a final line; exits 1 if any target
 * is injectable or could not be scanned (docs/SECURITY.md, "Figures").
 *
 * Proof of work is off on this instance (POW_DIFFICULTY=0) so injected values reach the
 * database rather than stopping at the proof-of-work check.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { createClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { prepareJobQueues } from '@/lib/jobs/queue';
import { seedDemo } from '@/lib/seed/seed-demo';
import { ensureBuild } from './lib/build';
import { openDatabase } from './lib/database';
import { freePort, type NextServer, startNextServer } from './lib/next-server';
import { prepareSettings } from './lib/settings';

const arg = (name: string) => process.argv.find((entry) => entry.startsWith(`--${name}=`))?.slice(name.length + 3);
const say = (line: string) => console.log(`[security:scan] ${line}`);
const settings = prepareSettings();

if (spawnSync('sqlmap', ['--version'], { encoding: 'utf8' }).status !== 0) {
  console.error('sqlmap was not found: install it (Debian: apt-get install sqlmap), then run npm run security:scan again.');
  process.exit(1);
}

interface Target {
  name: string;
  args: string[];
}

function targets(base: string, receipt: { code: string; passphrase: string }): Target[] {
  const tip = {
    category: 'SCAM_COMPOUND',
    description: 'High walls and guards near the port; buses arrive at night with new workers.',
    landmark: 'Behind the casino',
    observedOn: '2026-11-30',
    provinceCode: 'KH-18',
    language: 'en',
    location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
    pow: 'x',
  };
  return [
    { name: 'POST /api/v1/tips (JSON)', args: ['-u', `${base}/api/v1/tips`, '--method=POST', `--data=${JSON.stringify(tip)}`, '--headers=Content-Type: application/json'] },
    // Wrong guesses answer 401, then 423/429 once the code is throttled: still compared for injection.
    { name: 'POST /api/v1/tips/status (JSON)', args: ['-u', `${base}/api/v1/tips/status`, '--method=POST', `--data=${JSON.stringify(receipt)}`, '--headers=Content-Type: application/json', '--ignore-code=401,423,429'] },
    { name: '/status sign-in form', args: ['-u', `${base}/status`, '--forms'] },
    { name: '/report form without JavaScript', args: ['-u', `${base}/report`, '--forms'] },
    { name: 'console sign-in form', args: ['-u', `${base}/console/sign-in`, '--forms'] },
  ];
}

/** sqlmap's verdict from its output: `yes` when it found an injection point. */
function runSqlmap(target: Target, outputDir: string, logFile: string): Promise<{ verdict: 'yes' | 'no' | 'error'; parameters: number; detail: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'sqlmap',
      [
        ...target.args,
        '--batch',
        `--level=${arg('level') ?? '1'}`,
        `--risk=${arg('risk') ?? '1'}`,
        '--dbms=PostgreSQL',
        '--threads=4',
        '--disable-coloring',
        '--flush-session',
        '--skip-waf',
        `--output-dir=${outputDir}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      writeFileSync(logFile, output);
      const parameters = new Set([...output.matchAll(/(?:GET|POST|\(custom\) POST|JSON) parameter '([^']+)'/g)].map((match) => match[1])).size;
      if (/sqlmap identified the following injection point|is vulnerable\. Do you want to keep testing/.test(output)) {
        resolve({ verdict: 'yes', parameters, detail: output.match(/Parameter: .*/)?.[0] ?? '' });
      } else if (/all tested parameters do not appear to be injectable|do not appear to be injectable/.test(output)) {
        resolve({ verdict: 'no', parameters, detail: '' });
      } else {
        const critical = output.split('\n').filter((line) => /\[CRITICAL\]|\[ERROR\]/.test(line)).slice(-1)[0];
        resolve({ verdict: 'error', parameters, detail: critical?.trim() ?? `sqlmap exited ${code}` });
      }
    });
  });
}

async function main(): Promise<void> {
  const database = await openDatabase(settings);
  const scratch = databaseUrl(database.url, `ee_security_scan_${randomBytes(6).toString('hex')}`);
  const outputDir = path.resolve('.data/sqlmap');
  let app: NextServer | undefined;
  let failed = 0;
  try {
    await ensureDatabase(scratch);
    await applyMigrations(scratch);
    await prepareJobQueues(scratch);
    const db = createClient(scratch);
    const seeded = await seedDemo(db).finally(() => db.$disconnect());
    const receipt = seeded.sampleReceipts[0] ?? { code: '1234-5678-9012', passphrase: '1234-5678-9012-3456' };
    await ensureBuild(say);

    const port = Number(arg('port') ?? (await freePort()));
    const base = `http://127.0.0.1:${port}`;
    app = await startNextServer({
      port,
      probe: '/api/health',
      env: { DATABASE_URL: scratch, NEXTAUTH_URL: base, POW_DIFFICULTY: '0', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', UPLOAD_DIR: path.resolve('.data/sqlmap-uploads') },
      timeoutMs: 60_000,
    });
    say(`sqlmap ${spawnSync('sqlmap', ['--version'], { encoding: 'utf8' }).stdout.trim()} against ${base} (database ${scratch.split('/').pop()})`);
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    let parameters = 0;
    const list = targets(base, receipt);
    for (const [index, target] of list.entries()) {
      const result = await runSqlmap(target, outputDir, path.join(outputDir, `target-${index + 1}.log`));
      parameters += result.parameters;
      if (result.verdict !== 'no') failed += 1;
      const verdict = result.verdict === 'error' ? `not scanned (${result.detail})` : result.verdict;
      say(`${target.name.padEnd(34)} injectable: ${verdict}${result.verdict === 'yes' ? ` (${result.detail})` : ` (${result.parameters} parameters tested)`}`);
    }
    console.log(
      failed === 0
        ? `security:scan: ${list.length} targets, ${parameters} parameters, none injectable (sqlmap logs in .data/sqlmap)`
        : `security:scan: ${failed} of ${list.length} targets injectable or not scanned (sqlmap logs in .data/sqlmap)`,
    );
  } finally {
    app?.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await dropDatabase(scratch).catch(() => {});
    await database.close();
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
