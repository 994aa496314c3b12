/**
 * For a test file that must see only its own rows (retention deletes old tips wherever they
 * come from; a backup's verification covers the whole database): a migrated database of its
 * own, made the process's DATABASE_URL for the whole file, dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { disconnectDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';

export function usePrivateDatabase(label: string): { url: string } {
  const serverUrl = process.env.DATABASE_URL!;
  const url = databaseUrl(serverUrl, `ee_${label}_${randomBytes(6).toString('hex')}`);
  beforeAll(async () => {
    await ensureDatabase(url);
    await applyMigrations(url);
    await disconnectDb();
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = serverUrl;
    await dropDatabase(url);
  });
  return { url };
}
