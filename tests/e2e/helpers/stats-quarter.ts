/**
 * The figures /stats is tested on, written once however many test files ask for them: /stats
 * caches its figures for the hour (decision 0007), so every file that opens it must seed
 * before any of them visits. In the last complete quarter: 3 tips in Pailin (to be shown as
 * "fewer than 5", never 3) and 7 in Kampot. A lock makes two workers seed only once.
 */
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { completeQuarters } from '@/lib/stats/periods';
import { createTip } from '@/lib/tips/create-tip';
import { tipInputSchema } from '@/lib/tips/schema';

export const lastQuarter = () => completeQuarters(new Date()).at(-1)!;

export async function seedLastQuarter(): Promise<void> {
  const quarter = lastQuarter();
  const receivedAt = new Date(`${quarter.keys[1]}-10T03:00:00Z`);
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('e2e-stats-last-quarter'))`;
      const seeded = await tx.tip.count({ where: { provinceCode: 'KH-24', receivedAt: { gte: quarter.from, lt: quarter.to } } });
      if (seeded > 0) return;
      const tip = (provinceCode: string) =>
        tipInputSchema.parse({ category: 'SCAM_COMPOUND', description: `Test tip ${randomUUID()}: high walls, guards at the gate.`, provinceCode, language: 'en', location: { lat: 10.63, lng: 103.52, source: 'GPS', accuracyM: 20 } });
      for (let index = 0; index < 3; index++) await createTip(tx, tip('KH-24'), { powVerified: true, receivedAt });
      for (let index = 0; index < 7; index++) await createTip(tx, tip('KH-7'), { powVerified: true, receivedAt });
    },
    { timeout: 60_000 },
  );
}
