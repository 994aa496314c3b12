/**
 * `npm start` on a machine with no database: an embedded PostgreSQL in a clean folder,
 * migrations, demo data, health 200, and a clean stop on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { freePort } from '../../../scripts/lib/next-server';

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

test('starts on an embedded database from a clean folder and stops cleanly', async () => {
  test.setTimeout(180_000);
  const [appPort, pgPort] = [await freePort(), await freePort()];
  const folder = `.data/e2e-start-${appPort}`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync('.data', { recursive: true });
  // As on a fresh machine: no external database, and none of the test runner's own hooks.
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && name !== 'NODE_OPTIONS' && !name.startsWith('PW_') && !name.startsWith('PLAYWRIGHT')),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...environment, NODE_ENV: 'production', DEMO_MODE: 'true', PORT: String(appPort), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: `${folder}/postgres` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${appPort}/api/health`).catch(() => null))?.status ?? 0, { timeout: 150_000, intervals: [500] })
      .toBe(200);
    const health = await (await fetch(`http://127.0.0.1:${appPort}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, database: 'up', migration: expect.stringMatching(/^\d{14}_/) });
    expect(output).toContain('demo data: 6 staff accounts');
    expect(output).toContain('officer@demo.eyes-and-ears.local');
    expect(await portIsOpen(pgPort)).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('app and embedded PostgreSQL stopped.');
    expect(await portIsOpen(pgPort)).toBe(false);
    expect(await portIsOpen(appPort)).toBe(false);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  }
});
