/**
 * Reward policies and ledger accounts are append-only in the database, like the journal: an
 * edited supervisor threshold or amount would be covered by no hash chain, so the database
 * refuses the edit itself, whoever asks.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ensureAccount } from '@/lib/ledger/accounts';
import { policyRow } from '../../helpers/factories-stats';
import { withMigratedScratch } from '../../helpers/scratch-database';

describe('append-only reward policies and ledger accounts', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of a policy and of an account, and still takes new ones', async () => {
    await withMigratedScratch(async (scratch) => {
      const policy = await scratch.rewardPolicy.create({ data: policyRow({ version: 1, currency: 'USD', createdById: randomUUID() }) });
      const accountId = await scratch.$transaction((tx) => ensureAccount(tx, 'FUNDING', 'USD'));

      const refused = (table: string, operation: string) => new RegExp(`table "${table}" is append-only: ${operation} refused`);
      await expect(scratch.$executeRaw`UPDATE "RewardPolicy" SET "supervisorAboveMinor" = 99999999 WHERE id = ${policy.id}::uuid`).rejects.toThrow(refused('RewardPolicy', 'UPDATE'));
      await expect(scratch.$executeRaw`UPDATE "RewardPolicy" SET "capPerTipMinor" = 1 WHERE id = ${policy.id}::uuid`).rejects.toThrow(refused('RewardPolicy', 'UPDATE'));
      await expect(scratch.$executeRaw`DELETE FROM "RewardPolicy" WHERE id = ${policy.id}::uuid`).rejects.toThrow(refused('RewardPolicy', 'DELETE'));
      await expect(scratch.$executeRaw`UPDATE "LedgerAccount" SET "code" = 'PAID-USD' WHERE id = ${accountId}::uuid`).rejects.toThrow(refused('LedgerAccount', 'UPDATE'));
      await expect(scratch.$executeRaw`DELETE FROM "LedgerAccount" WHERE id = ${accountId}::uuid`).rejects.toThrow(refused('LedgerAccount', 'DELETE'));
      // A plain TRUNCATE already stops at the foreign keys (rewards, journal lines); CASCADE gets past them to our trigger.
      await expect(scratch.$executeRaw`TRUNCATE "RewardPolicy" CASCADE`).rejects.toThrow(refused('RewardPolicy', 'TRUNCATE'));
      await expect(scratch.$executeRaw`TRUNCATE "LedgerAccount" CASCADE`).rejects.toThrow(refused('LedgerAccount', 'TRUNCATE'));

      expect(await scratch.rewardPolicy.findUniqueOrThrow({ where: { id: policy.id } })).toEqual(policy);
      expect(await scratch.ledgerAccount.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({ code: 'FUNDING-USD', kind: 'FUNDING', currency: 'USD' });
      // Creation stays open: a new policy version and an account created on demand.
      await scratch.rewardPolicy.create({ data: { ...policy, id: undefined, version: 2, createdAt: undefined } });
      await scratch.$transaction((tx) => ensureAccount(tx, 'PAID', 'USD'));
      expect(await scratch.rewardPolicy.count()).toBe(2);
      expect(await scratch.ledgerAccount.count()).toBe(2);
    });
  }, 120_000); // a migrated scratch database on a shared 2-core machine
});
