/**
 * The one Prisma client of the process (driver adapter over `pg`, no native engine).
 * Created on first use so that importing a module never needs a database.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { requireSetting } from '@/lib/env';

export type { Prisma } from './generated/client';
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const holder = globalThis as unknown as { eyesAndEarsDb?: PrismaClient };

export function createClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
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
