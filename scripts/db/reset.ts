/** `npm run db:reset`: drops and recreates a local development database, then migrates and seeds. */
import { createClient } from '@/lib/db/client';
import { dropDatabase, ensureDatabase, isLocalDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { prepareJobQueues } from '@/lib/jobs/queue';
import { seedDemo } from '@/lib/seed/seed-demo';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const settings = prepareSettings();
if (settings.NODE_ENV === 'production' || !settings.DEMO_MODE) {
  console.error('db:reset refuses to run in production or with demo mode off.');
  process.exit(1);
}
const database = await openDatabase(settings);
try {
  if (!isLocalDatabase(database.url)) {
    console.error(`db:reset only wipes a database on this machine, not ${new URL(database.url).hostname}.`);
    process.exitCode = 1;
  } else {
    await dropDatabase(database.url);
    await ensureDatabase(database.url);
    const applied = await applyMigrations(database.url);
    await prepareJobQueues(database.url);
    const db = createClient(database.url);
    const result = await seedDemo(db);
    await db.$disconnect();
    console.log(`Reset: ${applied.length} migrations applied, ${result.staff} staff and ${result.tips} tips seeded.`);
  }
} finally {
  await database.close();
}
