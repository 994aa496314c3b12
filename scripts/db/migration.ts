/**
 * `npm run db:migration -- NAME`: writes the next migration from the difference between the
 * migration history and prisma/schema.prisma. `-- NAME --empty` makes an empty one to
 * hand-write database rules Prisma cannot express (triggers).
 */
import { createMigration } from '@/lib/db/migrate';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith('--'));
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error('Usage: npm run db:migration -- NAME [--empty]   (NAME: letters, digits and _)');
  process.exit(64);
}
const database = await openDatabase(prepareSettings());
try {
  const folder = await createMigration(database.url, name, { empty: args.includes('--empty') });
  console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : 'schema.prisma matches the migrations: nothing to write.');
} finally {
  await database.close();
}
