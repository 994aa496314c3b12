/**
 * Issue 10 point 1: kill -9 a real intake process (the real submitTip, the real blob store
 * and database) while tips with photos are being sent, restart it, repeat; then every
 * acknowledged tip has all its photos, readable, and the upload folder holds nothing else
 * once the start-up sweep of the restarted process has run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-crash-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/lib/db/client';
import { readAttachment } from '@/lib/uploads/read-attachment';
import { jpegOf } from '../../helpers/images';

const KILLS = 3;
const MARKER = `crash-test-${process.pid}-${Date.now()}`;

const files = () =>
  existsSync(uploadDir)
    ? readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir, path.join(entry.parentPath, entry.name)))
    : [];

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  acks: () => number;
  waitForAcks: (count: number) => Promise<void>;
  exited: Promise<void>;
}

function startChild(photosFile: string, acknowledged: Map<string, number>, concurrency = 4): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/ops/intake-child.ts'], {
    env: { ...process.env, UPLOAD_DIR: uploadDir, JOBS_ENABLED: 'false', CRASH_PHOTOS_FILE: photosFile, CRASH_MARKER: MARKER, CRASH_CONCURRENCY: String(concurrency) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let acks = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  void exited.then(() => readyResolve());
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line === 'ready') readyResolve();
    const match = /^ack (\S+) (\d+)$/.exec(line);
    if (!match) return;
    acknowledged.set(match[1]!, Number(match[2]));
    acks += 1;
    for (const waiter of waiters.filter((entry) => acks >= entry.count)) waiter.resolve();
  });
  return {
    process: child,
    ready: ready.then(() => {
      if (child.exitCode !== null) throw new Error(`intake child exited: ${errors}`);
    }),
    acks: () => acks,
    waitForAcks: (count) => (acks >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    exited,
  };
}

describe('crash safety of tips with photos', () => {
  it(`loses no acknowledged tip and leaves nothing behind after ${KILLS} kill -9`, { timeout: 240_000 }, async () => {
    const photosFile = `${uploadDir}-photos.json`;
    writeFileSync(photosFile, JSON.stringify(await Promise.all([1, 2, 3].map(async (seed) => (await jpegOf(seed)).toString('base64')))));
    const acknowledged = new Map<string, number>();

    for (let kill = 0; kill < KILLS; kill += 1) {
      const child = startChild(photosFile, acknowledged);
      await child.ready;
      // Kill it in full flight: four tips are being written when the tenth of this run is acknowledged.
      await child.waitForAcks(10 + kill * 3);
      child.process.kill('SIGKILL');
      await child.exited;
    }
    const rowsBefore = await db.attachment.findMany({ where: { tip: { description: { contains: MARKER } } }, select: { storageKey: true } });
    const known = new Set(rowsBefore.map((row) => `${row.storageKey}.bin`));
    const leftBehind = files().filter((name) => !known.has(name)).length;

    // Restart once more, sending nothing: the start-up sweep runs before the process says it is ready.
    const last = startChild(photosFile, acknowledged, 0);
    await last.ready;
    last.process.kill('SIGKILL');
    await last.exited;

    const rows = await db.attachment.findMany({ where: { tip: { description: { contains: MARKER } } }, select: { tipId: true, storageKey: true } });
    const lost = [...acknowledged].filter(([tipId, count]) => rows.filter((row) => row.tipId === tipId).length !== count);
    expect(lost).toEqual([]);
    for (const row of rows) expect((await readAttachment(row.storageKey)).byteLength).toBeGreaterThan(0);
    expect(files().sort()).toEqual(rows.map((row) => `${row.storageKey}.bin`).sort());
    console.log(`crash test: ${KILLS} kills, ${acknowledged.size} tips acknowledged, ${lost.length} lost, ${leftBehind} blobs without a row or partial files left by the kills, ${files().length - rows.length} orphans after the start-up sweep`);
  });
});
