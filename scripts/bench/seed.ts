/**
 * `npm run bench:seed -- N [--db=URL]`: fills a database with N realistic tips (scripts/lib/seed-tips.ts:
 * eight languages, compounds around real towns, near and exact duplicates, messages, cases,
 * raids). Into --db when given (created and migrated if needed), else into DATABASE_URL's
 * database (or the embedded one). Prints the time taken.
 */
import { createClient } from '@/lib/db/client';
import { ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { openDatabase } from '../lib/database';
import { seedTips } from '../lib/seed-tips';
import { prepareSettings } from '../lib/settings';

const say = (line: string) => console.log(`[bench:seed] ${line}`);
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const target = process.argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);

const settings = prepareSettings();
const server = target ? null : await openDatabase(settings);
const url = target ?? server!.url;
try {
  await ensureDatabase(url);
  await applyMigrations(url);
  const client = createClient(url);
  try {
    await seedTips(client, count, { log: say });
  } finally {
    await client.$disconnect();
  }
} finally {
  await server?.close();
}
