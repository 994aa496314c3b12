/**
 * The one Prisma client of the process (driver adapter over `pg`, no native engine).
 * Created on first use so that importing a module never needs a database.
 */
import { availableParallelism } from 'node:os';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { requireSetting } from '@/lib/env';

export type { Prisma } from './generated/client';
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const holder = globalThis as unknown as { eyesAndEarsDb?: PrismaClient };

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

export function createClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize() }) });
}

function client(): PrismaClient {
  holder.eyesAndEarsDb ??= createClient(requireSetting('DATABASE_URL'));
  return holder.eyesAndEarsDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await holder.eyesAndEarsDb?.$disconnect();
  holder.eyesAndEarsDb = undefined;
}
