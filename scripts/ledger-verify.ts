/**
 * `npm run ledger:verify [-- --expect HASH[,HASH]...]`: re-hashes the journal and checks every
 * invariant of the books (docs/REWARDS.md, "How an auditor verifies"), and that each head
 * recorded earlier is still in the journal; prints each break and exits 1 on any. On success
 * prints the head to record for the next run.
 */
import { createClient } from '@/lib/db/client';
import { ledgerBalances } from '@/lib/ledger/balances';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { openDatabase } from './lib/database';
import { expectedHashes } from './lib/expected-hashes';
import { prepareSettings } from './lib/settings';

const expectHashes = expectedHashes('ledger:verify');
const database = await openDatabase(prepareSettings());
const db = createClient(database.url);
try {
  const report = await verifyLedger(db, { expectHashes });
  if (report.problems.length > 0) {
    console.error(`Ledger BROKEN: ${report.problems.length} problem(s) in ${report.entries} journal entries and ${report.rewards} rewards:`);
    for (const problem of report.problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  } else {
    const recorded = expectHashes.length > 0 ? `; ${expectHashes.length} recorded hash(es) still in the journal` : '';
    console.log(`Ledger intact: ${report.entries} journal entries and ${report.rewards} rewards verified; chain, balance and reward states hold; trial balance nets to zero${recorded}.`);
    console.log(report.head ? `Head: journal entry ${report.head.id}, hash ${report.head.hash} (record it; pass it back with --expect)` : 'Head: none (empty journal)');
    for (const balance of await ledgerBalances(db)) {
      console.log(`  ${balance.currency}: funded ${balance.fundedMinor}, committed ${balance.committedMinor}, paid ${balance.paidMinor}, available ${balance.availableMinor} (minor units)`);
    }
  }
} finally {
  await db.$disconnect();
  await database.close();
}
