/** `npm run db:migrate`: applies pending migrations to the configured (or embedded) database. */
import { applyMigrations } from '@/lib/db/migrate';
import { prepareJobQueues } from '@/lib/jobs/queue';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const database = await openDatabase(prepareSettings());
try {
  const applied = await applyMigrations(database.url);
  await prepareJobQueues(database.url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.');
} finally {
  await database.close();
}
