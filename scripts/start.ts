/**
 * `npm start` (and `npm run dev` with --dev: no build, `next dev` with reloading): database
 * (embedded unless DATABASE_URL) -> migrations -> demo data on a fresh database -> build if
 * stale -> serve. Ctrl-C or SIGTERM stops the app, then PostgreSQL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describeFault } from '@/lib/ops/faults';
import { createClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { prepareJobQueues } from '@/lib/jobs/queue';
import { DEMO_STAFF } from '@/lib/seed/demo-staff';
import { seedDemo } from '@/lib/seed/seed-demo';
import { ensureBuild, NEXT_BIN } from './lib/build';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';
import { appEnvironment } from './lib/app-env';
import { startDemoAlerts } from './lib/demo-alerts';

const development = process.argv.includes('--dev');
const settings = prepareSettings();
const say = (line: string) => console.log(`[eyes-and-ears] ${line}`);

async function migrateAndSeed(url: string): Promise<void> {
  const applied = await applyMigrations(url);
  say(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  await prepareJobQueues(url);
  if (!settings.DEMO_MODE) return;
  const db = createClient(url);
  try {
    const result = await seedDemo(db);
    if (!result.seeded) return;
    say(`demo data: ${result.staff} staff accounts, ${result.tips} tips`);
    for (const receipt of result.sampleReceipts) say(`  demo tip receipt: code ${receipt.code}  passphrase ${receipt.passphrase}`);
    say('  (open them at /status: the first has a reward voucher waiting, the others an officer\'s question)');
  } finally {
    await db.$disconnect();
  }
}

function printWelcome(url: string): void {
  say(`Eyes & Ears is running at ${url}`);
  say(`staff console: ${url}/console`);
  if (!settings.DEMO_MODE) return;
  say('demo staff accounts (email, password, TOTP secret for any authenticator app):');
  for (const staff of DEMO_STAFF) say(`  ${staff.role.padEnd(13)} ${staff.email}  ${staff.password}  ${staff.totpSecret}`);
  if (!settings.SMTP_URL) say(`demo alerts (urgent tips, escalations) to the officers and the supervisor: read them at ${url}/console/alerts/mailbox (files in ${settings.DEMO_MAILBOX_DIR})`);
}

/** Whether the app's port is free, checked before anything starts so a clash is one clear line. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  if (!(await portIsFree(settings.PORT))) {
    say(`could not start: port ${settings.PORT} is taken by another program (another npm start?): stop it or set PORT to a free port.`);
    process.exit(1);
  }
  const database = await openDatabase(settings);
  let app: ChildProcess | undefined = undefined;
  let stopping = false;

  const stop = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${reason}: stopping…`);
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once('exit', resolve));
      app.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await database.close();
    say(database.embedded ? 'app and embedded PostgreSQL stopped.' : 'app stopped.');
    process.exit(exitCode);
  };
  const demoAlerts = settings.DEMO_MODE ? await startDemoAlerts(settings, say) : undefined;
  process.on('exit', () => void demoAlerts?.close());
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  say(
    !database.embedded
      ? 'using DATABASE_URL'
      : database.reused
        ? `embedded PostgreSQL already running on port ${settings.EMBEDDED_PG_PORT}: using it (it keeps running when this app stops)`
        : `embedded PostgreSQL running (port ${settings.EMBEDDED_PG_PORT})`,
  );
  try {
    await migrateAndSeed(database.url);
    if (!development && !stopping) await ensureBuild(say);
  } catch (error) {
    say(`could not start: ${describeFault(error, { databaseUrl: database.url })}`);
    await stop('error', 1);
    return;
  }
  if (stopping) return;

  const url = settings.APP_URL ?? `http://localhost:${settings.PORT}`;
  app = spawn(process.execPath, [NEXT_BIN, development ? 'dev' : 'start', '-p', String(settings.PORT)], {
    stdio: 'inherit',
    env: appEnvironment(settings, { databaseUrl: database.url, url, development, extra: demoAlerts?.env }),
  });
  app.on('exit', (code) => void stop(`the app exited (${code})`, code ?? 1));
  printWelcome(url);
}

main().catch((error) => {
  console.error(`[eyes-and-ears] could not start: ${describeFault(error, { databaseUrl: settings.DATABASE_URL })}`);
  process.exit(1);
});
