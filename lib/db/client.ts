/**
 * The one Prisma client of the process (driver adapter over `pg`, no native engine).
 * Created on first use so that importing a module never needs a database.
 */
import { availableParallelism } from 'node:os';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type Prisma, PrismaClient } from './generated/client';
import { requireSetting } from '@/lib/env';

export type { Prisma } from './generated/client';
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const holder = globalThis as unknown as { eyesAndEarsDb?: PrismaClient; eyesAndEarsPool?: pg.Pool };

/**
 * Pool size for the machine (decision 0301): no request holds a connection during argon2id or
 * image work, so a connection is busy for a statement's few milliseconds; a few per core
 * keep both cores and the database busy without queueing inside PostgreSQL. DATABASE_POOL_MAX
 * overrides it.
 */
export function poolSize(cores: number = availableParallelism(), override: string | undefined = process.env.DATABASE_POOL_MAX): number {
  const asked = Number(override);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.min(20, Math.max(4, cores * 2 + 2));
}

/**
 * Connections a pool keeps however long they sit idle (pg closes the others after 10 s): a new one
 * costs the next request a backend start, its catalog caches and its named statements' plans. An
 * officer reads a tip for longer than 10 s, and the next tip page's duplicate search then took
 * 60-66 ms (median) instead of 22-27 ms (decision 0162).
 */
export const KEPT_IDLE_CONNECTIONS = 2;

/**
 * For work that must not fail because the machine is busy (a job's step, an administrator's
 * reward decision): Prisma's defaults (2 s to get a connection, 5 s to finish) failed such work
 * under load, and a failed job runs again only after its retry delay, an urgent alert included.
 */
export const PATIENT_TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;

export function createClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize() }) });
}

/** The app's client over a pg pool the process also uses directly for its hottest statement (queryNamed). */
function client(): PrismaClient {
  if (!holder.eyesAndEarsDb) {
    // The connections kept idle must not keep alive a script that has done its work.
    const pool = new pg.Pool({ connectionString: requireSetting('DATABASE_URL'), max: poolSize(), min: KEPT_IDLE_CONNECTIONS, allowExitOnIdle: true });
    // An idle connection the server ends (restart, failover) must not crash the process before Prisma listens.
    pool.on('error', () => {});
    holder.eyesAndEarsPool = pool;
    // The pool is ours to end (disconnectDb): Prisma connects lazily, and a process that only ran
    // queryNamed would otherwise keep its connections open after $disconnect.
    holder.eyesAndEarsDb = new PrismaClient({ adapter: new PrismaPg(pool) });
  }
  return holder.eyesAndEarsDb;
}

const appPool = (): pg.Pool => {
  client();
  return holder.eyesAndEarsPool!;
};

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  const pool = holder.eyesAndEarsPool;
  await holder.eyesAndEarsDb?.$disconnect();
  holder.eyesAndEarsDb = undefined;
  holder.eyesAndEarsPool = undefined;
  await pool?.end();
}

/** pg sends a Date in the process's time zone; the timestamp columns hold UTC, as Prisma writes them. */
const inUtc = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(inUtc) : value);

/**
 * A statement of fixed text as a named prepared statement on a pg pool: parsed and planned once
 * per connection, without Prisma's per-query work (decisions 0114 and 0305). Rows come back as pg
 * reads them: a statement that returns times, big integers or decimals converts them itself.
 */
export async function runNamed<T>(pool: pg.Pool, name: string, text: string, values: readonly unknown[]): Promise<T[]> {
  return (await pool.query({ name, text, values: values.map(inUtc) })).rows as T[];
}

/**
 * A statement every tip runs (decision 0305): on the app's client, named on its own pool
 * (runNamed); on a transaction or another client, through Prisma with the same text and values.
 */
export async function queryNamed<T>(on: Db | Tx, name: string, sql: Prisma.Sql): Promise<T[]> {
  if (on !== db) return on.$queryRaw<T[]>(sql);
  return runNamed<T>(appPool(), name, sql.text, sql.values);
}
