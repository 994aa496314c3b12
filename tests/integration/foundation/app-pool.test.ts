import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { db, disconnectDb, KEPT_IDLE_CONNECTIONS, queryNamed } from '@/lib/db/client';
import { dedupPool } from '@/lib/dedup/pool';
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

  it("keeps KEPT_IDLE_CONNECTIONS of its connections, and dedup's pool of its own, past pg's 10 s idle timeout (decision 0162)", async () => {
    await disconnectDb();
    const dedup = dedupPool(`${requireSetting('DATABASE_URL')}${requireSetting('DATABASE_URL').includes('?') ? '&' : '?'}kept=idle-test`);
    const pools = [
      (sql: string) => queryNamed<{ pid: number }>(db, 'app_pool_kept', Prisma.raw(sql)),
      (sql: string) => dedup.query<{ pid: number }>(sql).then((result) => result.rows),
    ];
    for (const run of pools) {
      // pg's idle timers only: the connections' own I/O stays real.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      let opened: Set<number>;
      try {
        // Three at once, each held a moment by the server, open three connections.
        const rows = await Promise.all([1, 2, 3].map(() => run('SELECT pg_backend_pid() AS pid, pg_sleep(0.2)')));
        opened = new Set(rows.map(([row]) => row!.pid));
        expect(opened.size).toBe(3);
        vi.advanceTimersByTime(60_000);
      } finally {
        vi.useRealTimers();
      }
      const alive = async () => (await Promise.all([...opened].map(backendAlive))).filter(Boolean).length;
      expect(await waitUntil(async () => (await alive()) === KEPT_IDLE_CONNECTIONS)).toBe(true);
      // The next requests meet the kept backends, not new ones.
      const again = await Promise.all([1, 2].map(() => run('SELECT pg_backend_pid() AS pid, pg_sleep(0.2)')));
      for (const [row] of again) expect(opened.has(row!.pid)).toBe(true);
    }
    await dedup.end();
  });
});
