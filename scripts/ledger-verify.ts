/**
 * `npm run ledger:verify`: re-hashes the journal and checks every invariant of the books
 * (docs/REWARDS.md, "How an auditor verifies"); prints each break and exits 1 on any.
 */
import { createClient } from '@/lib/db/client';
import { ledgerBalances } from '@/lib/ledger/balances';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';

const database = await openDatabase(prepareSettings());
const db = createClient(database.url);
try {
  const report = await verifyLedger(db);
  if (report.problems.length > 0) {
    console.error(`Ledger BROKEN: ${report.problems.length} problem(s) in ${report.entries} journal entries and ${report.rewards} rewards:`);
    for (const problem of report.problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`Ledger intact: ${report.entries} journal entries and ${report.rewards} rewards verified; chain, balance and reward states hold; trial balance nets to zero.`);
    for (const balance of await ledgerBalances(db)) {
      console.log(`  ${balance.currency}: funded ${balance.fundedMinor}, committed ${balance.committedMinor}, paid ${balance.paidMinor}, available ${balance.availableMinor} (minor units)`);
    }
  }
} finally {
  await db.$disconnect();
  await database.close();
}
