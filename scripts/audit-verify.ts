/**
 * `npm run audit:verify [-- --expect HASH[,HASH]...]`: re-hashes the whole audit log; exits 1
 * at the first altered or missing link, or when a head recorded earlier is no longer in it.
 * On success prints the head to record for the next run.
 */
import { parseArgs } from 'node:util';
import { auditChainReport } from '@/lib/audit/verify-audit-chain';
import { createClient } from '@/lib/db/client';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';

const USAGE = 'Usage: npm run audit:verify -- [--expect HASH[,HASH...]]...   (HASH: a head printed by an earlier run)';

function expectedHashes(): string[] {
  try {
    const { values } = parseArgs({ options: { expect: { type: 'string', multiple: true } } });
    const hashes = (values.expect ?? []).flatMap((value) => value.split(',')).map((hash) => hash.trim().toLowerCase()).filter(Boolean);
    const malformed = hashes.filter((hash) => !/^[0-9a-f]{64}$/.test(hash));
    if (malformed.length === 0) return hashes;
    console.error(`Not a SHA-256 hash: ${malformed.join(', ')}`);
  } catch (error) {
    console.error((error as Error).message);
  }
  console.error(USAGE);
  process.exit(64);
}

const expectHashes = expectedHashes();
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
