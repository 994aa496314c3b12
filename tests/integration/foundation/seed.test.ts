import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { DEMO_STAFF } from '@/lib/seed/demo-staff';
import { DEMO_TIPS } from '@/lib/seed/demo-tips';
import { seedDemo } from '@/lib/seed/seed-demo';
import { verifyTipsterPassphrase } from '@/lib/security/tipster-kdf';
import { withMigratedScratch } from '../../helpers/scratch-database';

describe('demo data', () => {
  it('seeds a fresh database once: every role, Khmer and English tips, working receipts', async () => {
    await withMigratedScratch(async (scratch) => {
      const first = await seedDemo(scratch);
      expect(first).toMatchObject({ seeded: true, staff: DEMO_STAFF.length, tips: DEMO_TIPS.length });
      expect(new Set((await scratch.staffUser.findMany({ select: { role: true } })).map((user) => user.role))).toEqual(
        new Set(['OFFICER', 'SUPERVISOR', 'REWARDS_ADMIN', 'SYSTEM_ADMIN']),
      );
      const languages = new Set((await scratch.tip.findMany({ select: { language: true } })).map((tip) => tip.language));
      expect(languages).toContain('km');
      expect(languages).toContain('en');

      const receipt = first.sampleReceipts[0]!;
      const tip = await scratch.tip.findUniqueOrThrow({ where: { code: receipt.code } });
      expect(tip.passphraseHash).toMatch(/^\$ee-tipster\$v=1\$/); // one argon2id, two HKDF outputs (decision 0300)
      expect(await verifyTipsterPassphrase(tip.passphraseHash, receipt.passphrase.replace(/-/g, ''))).toBe(true);
      expect(JSON.stringify(tip)).not.toContain(receipt.passphrase.replace(/-/g, ''));
      expect(tip.receivedAt.getUTCMinutes()).toBe(0);

      // The storyline: a raided case of the four Golden Lotus tips, the first informant's voucher
      // approved by a second administrator, questions to two tipsters; books and log sound.
      const goldenLotus = await scratch.case.findFirstOrThrow({ select: { id: true, status: true, firstInformantTipId: true, _count: { select: { tips: true, raids: true } } } });
      expect(goldenLotus).toMatchObject({ status: 'RAIDED', firstInformantTipId: tip.id, _count: { tips: 4, raids: 1 } });
      const reward = await scratch.reward.findFirstOrThrow({ select: { tipId: true, state: true, proposedById: true, approvedById: true, amountMinor: true } });
      expect(reward).toMatchObject({ tipId: tip.id, state: 'VOUCHER_ISSUED', amountMinor: 169_200n });
      expect(reward.approvedById).not.toBe(reward.proposedById);
      expect(await scratch.message.count({ where: { direction: 'TO_TIPSTER' } })).toBe(2);
      expect((await verifyLedger(scratch)).problems).toEqual([]);
      expect((await verifyAuditChain(scratch)).brokenAt).toBeUndefined();

      expect(await seedDemo(scratch)).toMatchObject({ seeded: false, staff: 0, tips: 0 });
      expect(await scratch.tip.count()).toBe(DEMO_TIPS.length);
    });
  });
});
