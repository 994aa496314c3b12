/** A journal row altered behind the chain's back (triggers disabled, as a superuser could) is caught, by the library and by `npm run ledger:verify`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { postEntry } from '@/lib/ledger/post-entry';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { withMigratedScratch } from '../../helpers/scratch-database';
import { TEST_SETTINGS } from '../../helpers/test-env';

function ledgerVerify(url: string, args: string[] = []) {
  return spawnSync('node', ['--import', 'tsx', 'scripts/ledger-verify.ts', ...args], { env: { ...process.env, ...TEST_SETTINGS, DATABASE_URL: url }, encoding: 'utf8', timeout: 120_000 });
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

  it('catches the removal of the newest entries against a head an auditor recorded earlier', async () => {
    await withMigratedScratch(async (scratch, url) => {
      for (const [index, amount] of [100_000n, 25_000n, 5_000n].entries()) {
        await scratch.$transaction((tx) =>
          postEntry(tx, {
            kind: 'FUNDING',
            memo: `Grant ${index}`,
            idempotencyKey: `funding:anchor-${index}`,
            lines: [
              { kind: 'FUNDING', currency: 'USD', amountMinor: amount },
              { kind: 'EXTERNAL', currency: 'USD', amountMinor: -amount },
            ],
          }),
        );
      }
      const [first, , last] = await scratch.journalEntry.findMany({ orderBy: { id: 'asc' }, select: { id: true, hash: true } });
      const recorded = await verifyLedger(scratch, { expectHashes: [first!.hash, last!.hash] });
      expect(recorded).toMatchObject({ problems: [], head: { id: last!.id.toString(), hash: last!.hash } });
      const intact = ledgerVerify(url, ['--expect', `${first!.hash},${last!.hash}`]);
      expect(intact.stdout).toContain('2 recorded hash(es) still in the journal');
      expect(intact.stdout).toContain(`Head: journal entry ${last!.id}, hash ${last!.hash}`);
      expect(intact.status).toBe(0);

      // Cut off the newest entry, as a superuser could with the triggers disabled.
      await scratch.$executeRawUnsafe('ALTER TABLE "JournalLine" DISABLE TRIGGER "JournalLine_append_only"');
      await scratch.$executeRawUnsafe('ALTER TABLE "JournalEntry" DISABLE TRIGGER "JournalEntry_append_only"');
      await scratch.$executeRaw`DELETE FROM "JournalLine" WHERE "entryId" = ${last!.id}`;
      await scratch.$executeRaw`DELETE FROM "JournalEntry" WHERE id = ${last!.id}`;
      await scratch.$executeRawUnsafe('ALTER TABLE "JournalEntry" ENABLE TRIGGER "JournalEntry_append_only"');
      await scratch.$executeRawUnsafe('ALTER TABLE "JournalLine" ENABLE TRIGGER "JournalLine_append_only"');

      // The chain alone still holds: only the recorded head shows what is gone.
      expect((await verifyLedger(scratch)).problems).toEqual([]);
      expect((await verifyLedger(scratch, { expectHashes: [first!.hash] })).problems).toEqual([]);
      expect((await verifyLedger(scratch, { expectHashes: [first!.hash, last!.hash] })).problems).toEqual([
        `recorded hash ${last!.hash} is no longer in the journal: entries were removed or rewritten since it was recorded`,
      ]);
      const chainOnly = ledgerVerify(url);
      expect(chainOnly.stdout).toContain('Ledger intact: 2 journal entries');
      expect(chainOnly.status).toBe(0);
      const anchored = ledgerVerify(url, ['--expect', first!.hash, '--expect', last!.hash]);
      expect(anchored.status).toBe(1);
      expect(anchored.stderr).toContain('Ledger BROKEN');
      expect(anchored.stderr).toContain(`recorded hash ${last!.hash} is no longer in the journal`);
      expect(anchored.stderr).not.toContain(`recorded hash ${first!.hash}`);
      const malformed = ledgerVerify(url, ['--expect', 'not-a-hash']);
      expect(malformed.status).toBe(64);
      expect(malformed.stderr).toContain('Not a SHA-256 hash: not-a-hash');
    });
  }, 240_000); // four runs of the script and a migrated scratch database on a shared 2-core machine
});
