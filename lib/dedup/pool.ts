/**
 * A small pg pool of duplicate search's own, beside Prisma's: findDuplicates runs on every
 * tip page, and through pg directly its two statements are named prepared statements (parsed
 * and planned once per connection, not per call) without Prisma's per-query work
 * (docs/decisions/0114-dedup-prepared-statements.md).
 */
import pg from 'pg';

export type DedupPool = pg.Pool;

const holder = globalThis as unknown as { eyesAndEarsDedupPools?: Map<string, pg.Pool> };

/** One pool per database URL for the life of the process (idle connections do not keep it alive). */
export function dedupPool(connectionString: string): pg.Pool {
  const pools = (holder.eyesAndEarsDedupPools ??= new Map());
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({ connectionString, max: 4, allowExitOnIdle: true });
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
