/** A database of its own for a test that needs an empty one (migrations, drift). */
import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';

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
