/** Every vitest worker: settings for tests; the database comes from scripts/test.ts. */
import { afterAll } from 'vitest';
import { disconnectDb } from '@/lib/db/client';

afterAll(async () => {
  await disconnectDb();
});
