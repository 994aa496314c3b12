import { describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '@/lib/seed/demo-staff';
import { DEMO_TIPS } from '@/lib/seed/demo-tips';
import { seedDemo } from '@/lib/seed/seed-demo';
import { verifySecret } from '@/lib/security/password';
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
      expect(tip.passphraseHash).toMatch(/^\$argon2id\$/);
      expect(await verifySecret(tip.passphraseHash, receipt.passphrase.replace(/-/g, ''))).toBe(true);
      expect(JSON.stringify(tip)).not.toContain(receipt.passphrase.replace(/-/g, ''));
      expect(tip.receivedAt.getUTCMinutes()).toBe(0);

      expect(await seedDemo(scratch)).toMatchObject({ seeded: false, staff: 0, tips: 0 });
      expect(await scratch.tip.count()).toBe(DEMO_TIPS.length);
    });
  });
});
