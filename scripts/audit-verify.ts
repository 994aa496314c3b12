/** `npm run audit:verify`: re-hashes the whole audit log; exits 1 at the first altered or missing link. */
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { createClient } from '@/lib/db/client';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';

const database = await openDatabase(prepareSettings());
const db = createClient(database.url);
try {
  const result = await verifyAuditChain(db);
  if (result.brokenAt) {
    console.error(`Audit log BROKEN at event ${result.brokenAt.id}: ${result.brokenAt.reason} (${result.events} events verified before it).`);
    process.exitCode = 1;
  } else {
    console.log(`Audit log intact: ${result.events} events, every hash and link verified.`);
  }
} finally {
  await db.$disconnect();
  await database.close();
}
