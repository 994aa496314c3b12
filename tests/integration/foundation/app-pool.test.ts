import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { db, disconnectDb, queryNamed } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { requireSetting } from '@/lib/env';

/** Whether a backend is still connected, asked from a connection of its own. */
async function backendAlive(pid: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: requireSetting('DATABASE_URL') });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount === 1;
  } finally {
    await client.end();
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe("the app's pg pool (decision 0305)", () => {
  it('is ended by disconnectDb even when only queryNamed used it (Prisma connects lazily)', async () => {
    await disconnectDb();
    const [row] = await queryNamed<{ pid: number }>(db, 'app_pool_probe', Prisma.sql`SELECT pg_backend_pid() AS pid`);
    expect(await backendAlive(row!.pid)).toBe(true);
    await disconnectDb();
    expect(await waitUntil(async () => !(await backendAlive(row!.pid)))).toBe(true);
  });

  it('serves queryNamed again after disconnectDb, and Prisma beside it', async () => {
    await disconnectDb();
    const [named] = await queryNamed<{ answer: number }>(db, 'app_pool_answer', Prisma.sql`SELECT ${41}::int + 1 AS answer`);
    expect(named!.answer).toBe(42);
    expect(await db.$queryRaw<{ answer: number }[]>`SELECT 42::int AS answer`).toEqual([{ answer: 42 }]);
  });
});
