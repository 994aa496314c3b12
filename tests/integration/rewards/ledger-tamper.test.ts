/** A journal row altered behind the chain's back (triggers disabled, as a superuser could) is caught, by the library and by `npm run ledger:verify`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { postEntry } from '@/lib/ledger/post-entry';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { withMigratedScratch } from '../../helpers/scratch-database';
import { TEST_SETTINGS } from '../../helpers/test-env';

function ledgerVerify(url: string) {
  return spawnSync('node', ['--import', 'tsx', 'scripts/ledger-verify.ts'], { env: { ...process.env, ...TEST_SETTINGS, DATABASE_URL: url }, encoding: 'utf8', timeout: 120_000 });
}

describe('ledger tampering', () => {
  it('makes verifyLedger and npm run ledger:verify fail', async () => {
    await withMigratedScratch(async (scratch, url) => {
      for (const [index, amount] of [100_000n, 25_000n].entries()) {
        await scratch.$transaction((tx) =>
          postEntry(tx, {
            kind: 'FUNDING',
            memo: `Grant ${index}`,
            idempotencyKey: `funding:tamper-${index}`,
            lines: [
              { kind: 'FUNDING', currency: 'USD', amountMinor: amount },
              { kind: 'EXTERNAL', currency: 'USD', amountMinor: -amount },
            ],
          }),
        );
      }
      expect((await verifyLedger(scratch)).problems).toEqual([]);
      const intact = ledgerVerify(url);
      expect(intact.stdout).toContain('Ledger intact: 2 journal entries');
      expect(intact.status).toBe(0);

      await scratch.$executeRawUnsafe('ALTER TABLE "JournalLine" DISABLE TRIGGER "JournalLine_append_only"');
      await scratch.$executeRawUnsafe(`UPDATE "JournalLine" SET "amountMinor" = 99000 WHERE "amountMinor" = 25000`);
      await scratch.$executeRawUnsafe('ALTER TABLE "JournalLine" ENABLE TRIGGER "JournalLine_append_only"');

      const problems = (await verifyLedger(scratch)).problems;
      expect(problems).toContain('hash chain broken at journal entry 2: hash mismatch');
      expect(problems.some((problem) => problem.includes('does not balance in USD'))).toBe(true);
      const broken = ledgerVerify(url);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('Ledger BROKEN');
      expect(broken.stderr).toContain('hash mismatch');
    });
  }, 240_000); // two runs of the script and a migrated scratch database on a shared 2-core machine
});
