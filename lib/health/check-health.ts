import type { Db } from '@/lib/db/client';

export interface Health {
  ok: boolean;
  database: 'up' | 'down';
  migration: string | null;
}

const TIMEOUT_MS = 3_000;

/** Database reachability and the latest applied migration; no versions, no settings. */
export async function checkHealth(db: Db): Promise<Health> {
  const query = db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name DESC LIMIT 1`;
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS).unref());
  try {
    const rows = await Promise.race([query, timeout]);
    return { ok: true, database: 'up', migration: rows[0]?.migration_name ?? null };
  } catch {
    return { ok: false, database: 'down', migration: null };
  }
}
