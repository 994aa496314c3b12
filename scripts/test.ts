/**
 * `npm test`: a database of its own on PostgreSQL (DATABASE_URL's server, else the embedded
 * one) -> migrations -> unit + integration tests (vitest) -> build if stale -> browser tests
 * (Playwright, Chromium) -> drop the database. Ends with one line `N passed, N failed`.
 * `--only=unit|integration|e2e` runs one layer; paths given replace the layer's folder (see
 * scripts/lib/test-args.ts); other arguments go to the runner.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrate';
import { prepareJobQueues } from '@/lib/jobs/queue';
import { loadEnv } from '@/lib/env';
import { TEST_SETTINGS } from '../tests/helpers/test-env';
import { ensureBuild } from './lib/build';
import { findChromium } from './lib/chromium';
import { loadDotEnv } from './lib/settings';
import { planTests, type Layer } from './lib/test-args';
import { playwrightFailures, playwrightTally, type Tally, vitestFailures, vitestTally } from './lib/test-tally';

const say = (line: string) => console.log(`[test] ${line}`);
const secondsSince = (started: number) => `${Math.round((performance.now() - started) / 1000)} s`;
const RESULTS = '.data/test-results';

const layerFiles = (layer: Layer) =>
  existsSync(`tests/${layer}`) ? readdirSync(`tests/${layer}`, { recursive: true, encoding: 'utf8' }).map((file) => `tests/${layer}/${file}`) : [];

function runner(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const plan = planTests(process.argv.slice(2), layerFiles);
  loadDotEnv();
  const settings = loadEnv(process.env);
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });

  let serverUrl = settings.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({ dataDir: `${settings.EMBEDDED_PG_DIR}-test`, port: settings.EMBEDDED_PG_PORT + 1 });
    serverUrl = server.url;
    stopEmbedded = server.stop;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void server.stop().finally(() => process.exit(130)));
    }
    say('using the embedded PostgreSQL (set DATABASE_URL to use another server)');
  }
  const testDatabase = databaseUrl(serverUrl, `ee_test_${randomBytes(6).toString('hex')}`);
  const tally: Tally = { passed: 0, failed: 0 };
  const failures: string[] = [];
  const add = (part: Tally, label: string, started: number, failed: () => string[]) => {
    say(`${label}: ${part.passed} passed, ${part.failed} failed, in ${secondsSince(started)}`);
    tally.passed += part.passed;
    tally.failed += part.failed;
    if (part.failed === 0) return;
    const named = failed();
    failures.push(...(named.length > 0 ? named : [`${label}: the runner failed outside any test, or ran none`]));
  };

  try {
    await ensureDatabase(testDatabase);
    await applyMigrations(testDatabase);
    await prepareJobQueues(testDatabase);
    const env = { ...process.env, ...TEST_SETTINGS, DATABASE_URL: testDatabase };

    if (plan.vitest) {
      const started = performance.now();
      const file = `${RESULTS}/vitest.json`;
      const exitCode = await runner(['node_modules/vitest/vitest.mjs', 'run', ...plan.vitest, '--reporter=default', '--reporter=json', `--outputFile=${file}`], env);
      add(vitestTally(file, exitCode), plan.layers.filter((layer) => layer !== 'e2e').join(' + '), started, () => vitestFailures(file));
    }

    if (plan.playwright) {
      const chromium = findChromium(say);
      const buildStarted = performance.now();
      if (await ensureBuild(say)) say(`built in ${secondsSince(buildStarted)}`);
      const started = performance.now();
      const file = `${RESULTS}/e2e.json`;
      const port = process.env.E2E_PORT ?? '3100';
      const exitCode = await runner(['node_modules/@playwright/test/cli.js', 'test', ...plan.playwright], {
        ...env,
        NODE_ENV: 'production',
        CHROMIUM_PATH: chromium,
        E2E_PORT: port,
        E2E_JSON_REPORT: file,
        NEXTAUTH_URL: `http://localhost:${port}`,
      });
      add(playwrightTally(file, exitCode), 'e2e', started, () => playwrightFailures(file));
    }
  } finally {
    await dropDatabase(testDatabase).catch(() => {});
    await stopEmbedded?.();
  }
  for (const line of failures) say(`FAILED ${line}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed > 0 || tally.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
