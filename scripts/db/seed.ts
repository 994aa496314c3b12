/** `npm run db:seed`: demo data into a database that has no staff yet (demo mode only). */
import { createClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/seed-demo';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const settings = prepareSettings();
if (!settings.DEMO_MODE) {
  console.error('Demo mode is off (production with DATABASE_URL): refusing to add demo accounts. Set DEMO_MODE=true to force.');
  process.exit(1);
}
const database = await openDatabase(settings);
const db = createClient(database.url);
try {
  await applyMigrations(database.url);
  const result = await seedDemo(db);
  console.log(result.seeded ? `Seeded ${result.staff} staff and ${result.tips} tips.` : 'The database already has staff: nothing seeded.');
  for (const receipt of result.sampleReceipts) console.log(`  demo tip receipt: code ${receipt.code}  passphrase ${receipt.passphrase}`);
  if (result.seeded) console.log('  (open them at /status: the first has a reward voucher waiting, the others an officer\'s question)');
} finally {
  await db.$disconnect();
  await database.close();
}
