/**
 * The reward policy in force is the highest published version. Versions are never edited:
 * a change is a new version, and every reward keeps the version it was proposed under.
 */
import { z } from 'zod';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';

const minorUnits = z
  .union([z.bigint(), z.string().trim().regex(/^[0-9]{1,15}$/, 'rewards.errors.wholeMinorUnits')])
  .transform((value) => BigInt(value));

export const policySchema = z
  .object({
    currency: z.enum(['USD', 'KHR']),
    basePerCompoundMinor: minorUnits,
    perVictimMinor: minorUnits,
    perSuspectMinor: minorUnits,
    capPerTipMinor: minorUnits.refine((value) => value > 0n, 'rewards.errors.amountPositive'),
    capPerRaidMinor: minorUnits.refine((value) => value > 0n, 'rewards.errors.amountPositive'),
    firstInformantBps: z.coerce.number().int().min(0).max(10_000),
    supervisorAboveMinor: minorUnits,
    voucherValidDays: z.coerce.number().int().min(1).max(365),
  })
  .refine((policy) => policy.capPerTipMinor <= policy.capPerRaidMinor, { path: ['capPerTipMinor'], message: 'rewards.errors.tipCapAboveRaidCap' })
  // No reward can exceed the cap per tip, so a threshold at or above it would switch the
  // supervisor's approval off for every reward.
  .refine((policy) => policy.supervisorAboveMinor < policy.capPerTipMinor, { path: ['supervisorAboveMinor'], message: 'rewards.errors.supervisorAboveCap' });

export type PolicyInput = z.input<typeof policySchema>;

export async function policyInForce(client: Db | Tx = defaultDb) {
  return client.rewardPolicy.findFirst({ orderBy: { version: 'desc' } });
}

export async function policyHistory(client: Db | Tx = defaultDb) {
  return client.rewardPolicy.findMany({ orderBy: { version: 'desc' } });
}
