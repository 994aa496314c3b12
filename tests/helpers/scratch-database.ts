/** A database of its own for a test that needs an empty one (migrations, drift, tampering). */
import { randomBytes } from 'node:crypto';
import { createClient, type Db } from '@/lib/db/client';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';

export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('DATABASE_URL is not set: run the tests with `npm test`');
  const url = databaseUrl(server, `ee_scratch_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(url);
  try {
    return await work(url);
  } finally {
    await dropDatabase(url);
  }
}

/** A migrated scratch database and a client on it. */
export function withMigratedScratch<T>(work: (db: Db, url: string) => Promise<T>): Promise<T> {
  return withScratchDatabase(async (url) => {
    await applyMigrations(url);
    const scratch = createClient(url);
    try {
      return await work(scratch, url);
    } finally {
      await scratch.$disconnect();
    }
  });
}
