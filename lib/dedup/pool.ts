/**
 * A small pg pool of duplicate search's own, beside Prisma's: findDuplicates runs on every
 * tip page, and through pg directly its statement is a named prepared statement (parsed
 * and planned once per connection, not per call) without Prisma's per-query work
 * (docs/decisions/0114-dedup-prepared-statements.md).
 */
import pg from 'pg';
import { KEPT_IDLE_CONNECTIONS } from '@/lib/db/client';

export type DedupPool = pg.Pool;

export const DEDUP_APPLICATION_NAME = 'eyes-and-ears-dedup';

const holder = globalThis as unknown as { eyesAndEarsDedupPools?: Map<string, pg.Pool> };

/** One pool per database URL for the life of the process (idle connections do not keep it alive). */
export function dedupPool(connectionString: string): pg.Pool {
  const pools = (holder.eyesAndEarsDedupPools ??= new Map());
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({
      connectionString,
      max: 4,
      min: KEPT_IDLE_CONNECTIONS,
      allowExitOnIdle: true,
      // Operators (and the console test) tell dedup's connections apart in pg_stat_activity.
      application_name: DEDUP_APPLICATION_NAME,
      // Its one statement is planned once per connection: PostgreSQL would otherwise plan it on
      // every call, its generic plan looking dearer on paper than a custom one (decision 0115).
      // JIT compiles for a statement the planner thinks dear; this one reads a few dozen rows by
      // index, and compiling cost 0.9 s a call when an estimate went wrong.
      options: '-c plan_cache_mode=force_generic_plan -c jit=off',
    });
    // An idle connection the server ends (restart, drop) must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    pools.set(connectionString, pool);
  }
  return pool;
}

export async function closeDedupPools(): Promise<void> {
  const pools = holder.eyesAndEarsDedupPools;
  if (!pools) return;
  holder.eyesAndEarsDedupPools = undefined;
  await Promise.all([...pools.values()].map((pool) => pool.end()));
}
