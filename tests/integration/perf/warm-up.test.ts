import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createClient, db } from '@/lib/db/client';
import { warmHttpPath, warmTipPath } from '@/lib/perf/warm-up';

const counts = async () => ({ tips: await db.tip.count(), keys: await db.dedupKey.count() });

describe('the instance warm-up (decision 0303)', () => {
  it('runs the tip statement on the database and stores nothing', { timeout: 60_000 }, async () => {
    const before = await counts();
    // The warm-up must write to "Tip": held off by a lock, it waits until the lock goes. Its
    // connections carry a name of their own, so another test's insert waiting too is not counted.
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set('application_name', 'warm-up-under-test');
    const warmUpClient = createClient(url.toString());
    // Connected before the lock is taken: here a fresh client's first use did not reach the
    // server while the lock was held (cause not found); the warm-up itself meets no such lock.
    await warmUpClient.$queryRaw`SELECT 1`;
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Tip" IN EXCLUSIVE MODE');
      let finished = false;
      const warming = warmTipPath(12, warmUpClient).then(() => (finished = true));
      await expect
        .poll(async () => (await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name = 'warm-up-under-test'`)).rows[0].n, { timeout: 20_000 })
        .toBeGreaterThan(0);
      expect(finished).toBe(false);
      await locker.query('COMMIT');
      await warming;
    } finally {
      await locker.end();
      await warmUpClient.$disconnect();
    }
    expect(await counts()).toEqual(before);
  });

  it('sends refused tips to the instance’s own intake, nothing that could be stored', async () => {
    const seen: { method: string; url: string; type: string; body: string }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method!, url: request.url!, type: request.headers['content-type'] ?? '', body });
        response.writeHead(400).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await warmHttpPath(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 30);
    } finally {
      server.close();
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen.map((request) => JSON.stringify({ ...request })))).toEqual(
      new Set([JSON.stringify({ method: 'POST', url: '/api/v1/tips', type: 'application/json', body: '{}' })]),
    );
  });
});
