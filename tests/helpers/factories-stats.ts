/**
 * Cases, raids and rewards written straight with Prisma for the statistics tests: the
 * use-cases that write them live on other branches (lib/cases, lib/raids, lib/rewards), and
 * statistics only read these tables. Ledger entries go through lib/ledger/post-entry.ts, so
 * the journal stays balanced and hash-chained for any other test sharing the database.
 */
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { Currency, RewardState } from '@/lib/db/generated/enums';
import { postEntry } from '@/lib/ledger/post-entry';
import { makeStaff } from './factories';

let supervisorId: string | undefined;
async function staffId(): Promise<string> {
  supervisorId ??= (await makeStaff('SUPERVISOR')).id;
  return supervisorId;
}

export async function makeCase(options: { provinceCode?: string | null; tipIds?: string[]; createdAt?: Date; mergedIntoId?: string } = {}): Promise<{ id: string }> {
  const created = await db.case.create({
    data: {
      reference: `T-${randomUUID().slice(0, 12)}`,
      title: 'Test case',
      status: 'OPEN',
      provinceCode: options.provinceCode === undefined ? 'KH-18' : options.provinceCode,
      createdById: await staffId(),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      ...(options.mergedIntoId ? { mergedIntoId: options.mergedIntoId } : {}),
    },
    select: { id: true },
  });
  if (options.tipIds?.length) await db.tip.updateMany({ where: { id: { in: options.tipIds } }, data: { caseId: created.id, status: 'LINKED' } });
  return created;
}

/** `raidedOn` is a calendar day, 'YYYY-MM-DD'. */
export async function makeRaid(options: { caseId: string; raidedOn: string; victimsRescued?: number; suspectsArrested?: number }): Promise<{ id: string }> {
  const raid = await db.raid.create({
    data: {
      caseId: options.caseId,
      raidedOn: new Date(`${options.raidedOn}T00:00:00Z`),
      unit: 'Test unit',
      place: 'Test compound',
      victimsRescued: options.victimsRescued ?? 0,
      suspectsArrested: options.suspectsArrested ?? 0,
      compoundClosed: true,
      recordedById: await staffId(),
    },
    select: { id: true },
  });
  await db.case.update({ where: { id: options.caseId }, data: { status: 'RAIDED' } });
  return raid;
}

/** A policy row written straight to the table (no use case): for statistics and the append-only triggers. */
export const policyRow = (row: { version: number; currency: Currency; createdById: string }) => ({
  ...row,
  basePerCompoundMinor: 10_000n,
  perVictimMinor: 1_000n,
  perSuspectMinor: 500n,
  capPerTipMinor: 1_000_000n,
  capPerRaidMinor: 5_000_000n,
  firstInformantBps: 6000,
  supervisorAboveMinor: 500_000n,
  voucherValidDays: 30,
});

const policies = new Map<Currency, string>();
async function policyId(currency: Currency): Promise<string> {
  const found = policies.get(currency);
  if (found) return found;
  // A negative version is never the policy in force (the highest version is), so rewards
  // tests running beside this one keep theirs; random, so it never collides.
  const policy = await db.rewardPolicy.create({
    data: policyRow({ version: -1 - Math.floor(Math.random() * 1e9), currency, createdById: await staffId() }),
    select: { id: true },
  });
  policies.set(currency, policy.id);
  return policy.id;
}

export async function makeReward(options: { tipId: string; raidId: string; currency?: Currency; amountMinor: bigint; state: RewardState; paidAt?: Date }): Promise<{ id: string }> {
  const currency = options.currency ?? 'USD';
  return db.reward.create({
    data: {
      tipId: options.tipId,
      raidId: options.raidId,
      policyId: await policyId(currency),
      currency,
      amountMinor: options.amountMinor,
      suggestedMinor: options.amountMinor,
      state: options.state,
      proposedById: await staffId(),
      ...(options.state === 'PAID' ? { paidAt: options.paidAt ?? new Date(), paidById: await staffId(), payoutMethod: 'CASH_OFFICE' as const, payoutReference: 'test' } : {}),
    },
    select: { id: true },
  });
}

/** A balanced ledger entry (debits positive), posted as the rewards ledger posts. */
export async function postTestEntry(kind: 'FUNDING' | 'APPROVAL' | 'PAYOUT', currency: Currency, amountMinor: bigint): Promise<void> {
  const lines = {
    FUNDING: [
      { kind: 'FUNDING' as const, currency, amountMinor },
      { kind: 'EXTERNAL' as const, currency, amountMinor: -amountMinor },
    ],
    APPROVAL: [
      { kind: 'COMMITTED' as const, currency, amountMinor },
      { kind: 'FUNDING' as const, currency, amountMinor: -amountMinor },
    ],
    PAYOUT: [
      { kind: 'PAID' as const, currency, amountMinor },
      { kind: 'COMMITTED' as const, currency, amountMinor: -amountMinor },
    ],
  }[kind];
  await db.$transaction((tx) => postEntry(tx, { kind, memo: `test ${kind}`, idempotencyKey: `test:${randomUUID()}`, lines }));
}
