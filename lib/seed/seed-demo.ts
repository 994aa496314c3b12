/**
 * Demo data for a fresh database: staff accounts, tips, and a storyline through the console
 * (seed-demo-story.ts). Runs only when the database has no staff yet, so a second start (or a
 * real deployment with accounts) is never touched.
 */
import type { Db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { createStaffUser } from '@/lib/staff/create-staff-user';
import { createTip, type Receipt } from '@/lib/tips/create-tip';
import { tipInputSchema } from '@/lib/tips/schema';
import { DEMO_STAFF } from './demo-staff';
import { seedDemoStory } from './seed-demo-story';
import { DEMO_TIPS } from './demo-tips';

export interface SeedResult {
  seeded: boolean;
  staff: number;
  tips: number;
  /** A few receipts so a person can try the tipster's status page; the first has a reward voucher waiting. */
  sampleReceipts: Array<Pick<Receipt, 'code' | 'passphrase'>>;
}

const HOUR_MS = 3_600_000;

export async function seedDemo(db: Db, now = new Date()): Promise<SeedResult> {
  if ((await db.staffUser.count()) > 0) return { seeded: false, staff: 0, tips: 0, sampleReceipts: [] };
  // Hashing is the slow part: do it before the transaction, which then only writes.
  const tips = DEMO_TIPS.map(({ hoursAgo, ...tip }) => ({ input: tipInputSchema.parse(tip), receivedAt: new Date(now.getTime() - hoursAgo * HOUR_MS) }));
  const receipts = await db.$transaction(
    async (tx) => {
      for (const staff of DEMO_STAFF) {
        const { id } = await createStaffUser(tx, staff, null);
        // Demo officers and the supervisor get email alerts at their demo addresses (the demo
        // mail catcher of `npm start` receives them: /console/alerts/mailbox).
        if (staff.role === 'OFFICER' || staff.role === 'SUPERVISOR') await tx.alertSubscription.create({ data: { staffId: id, email: true, language: 'en' } });
      }
      const made: Receipt[] = [];
      for (const tip of tips) made.push(await createTip(tx, tip.input, { powVerified: true, receivedAt: tip.receivedAt }));
      await recordAuditEvent(tx, { actor: null, action: 'system.seeded', detail: { staff: DEMO_STAFF.length, tips: made.length } });
      return made;
    },
    { timeout: 120_000 },
  );
  await seedDemoStory(db, receipts);
  return {
    seeded: true,
    staff: DEMO_STAFF.length,
    tips: receipts.length,
    sampleReceipts: receipts.slice(0, 3).map(({ code, passphrase }) => ({ code, passphrase })),
  };
}
