/**
 * `npm run audit:verify [-- --expect HASH[,HASH]...]`: re-hashes the whole audit log; exits 1
 * at the first altered or missing link, or when a head recorded earlier is no longer in it.
 * On success prints the head to record for the next run.
 */
import { auditChainReport } from '@/lib/audit/verify-audit-chain';
import { createClient } from '@/lib/db/client';
import { openDatabase } from './lib/database';
import { expectedHashes } from './lib/expected-hashes';
import { prepareSettings } from './lib/settings';

const expectHashes = expectedHashes('audit:verify');
const database = await openDatabase(prepareSettings());
const db = createClient(database.url);
try {
  const result = await auditChainReport(db, { expectHashes });
  if (result.brokenAt) {
    console.error(`Audit log BROKEN at event ${result.brokenAt.id}: ${result.brokenAt.reason} (${result.events} events verified before it).`);
    process.exitCode = 1;
  } else if (result.missing.length > 0) {
    console.error(`Audit log BROKEN: ${result.missing.length} recorded hash(es) no longer in the chain, so events were removed or rewritten since they were recorded (${result.events} events now):`);
    for (const hash of result.missing) console.error(`  - ${hash}`);
    process.exitCode = 1;
  } else {
    const recorded = expectHashes.length > 0 ? `, ${expectHashes.length} recorded hash(es) still in it` : '';
    console.log(`Audit log intact: ${result.events} events, every hash and link verified${recorded}.`);
    console.log(result.head ? `Head: event ${result.head.id}, hash ${result.head.hash} (record it; pass it back with --expect)` : 'Head: none (empty log)');
  }
} finally {
  await db.$disconnect();
  await database.close();
}
