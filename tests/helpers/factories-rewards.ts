/**
 * Rewards test data: cases and raids are written as rows here (the cases branch owns their
 * use-cases), policies and funding through the real use-cases. Unique every call.
 */
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { publishPolicy } from '@/lib/rewards/publish-policy';
import type { PolicyInput } from '@/lib/rewards/policy';
import type { Receipt } from '@/lib/tips/create-tip';
import { makeStaff, makeTip, type TestStaff } from './factories';

export interface RaidOutcomeInput {
  compoundClosed?: boolean;
  victimsRescued?: number;
  suspectsArrested?: number;
}

export interface RaidedCase {
  caseId: string;
  raidId: string;
  tips: Receipt[];
  supervisor: TestStaff;
  officer: TestStaff;
}

/** Tips (wanting a reward unless said otherwise), a case holding them, and a raid of it. */
export async function makeRaidedCase(
  options: { tips?: number; wantsReward?: boolean[]; outcome?: RaidOutcomeInput; supervisor?: TestStaff; officer?: TestStaff } = {},
): Promise<RaidedCase> {
  const count = options.tips ?? 1;
  const supervisor = options.supervisor ?? (await makeStaff('SUPERVISOR'));
  const officer = options.officer ?? (await makeStaff('OFFICER'));
  const start = Date.now() - 30 * 86_400_000;
  const tips: Receipt[] = [];
  for (let index = 0; index < count; index++) {
    tips.push(await makeTip({ wantsReward: options.wantsReward?.[index] ?? true }, { receivedAt: new Date(start + index * 3_600_000) }));
  }
  const kase = await db.case.create({
    data: {
      reference: `C-TEST-${randomUUID().slice(0, 8)}`,
      title: 'Compound near the port',
      status: 'RAIDED',
      provinceCode: 'KH-18',
      createdById: officer.id,
      assignedToId: officer.id,
      firstInformantTipId: tips[0]!.tipId,
    },
    select: { id: true },
  });
  await db.tip.updateMany({ where: { id: { in: tips.map((tip) => tip.tipId) } }, data: { caseId: kase.id, status: 'LINKED' } });
  const raid = await db.raid.create({
    data: {
      caseId: kase.id,
      raidedOn: new Date(Date.now() - 86_400_000),
      unit: 'Anti-trafficking unit',
      place: 'Building 4',
      suspectsArrested: options.outcome?.suspectsArrested ?? 3,
      victimsRescued: options.outcome?.victimsRescued ?? 10,
      compoundClosed: options.outcome?.compoundClosed ?? true,
      recordedById: supervisor.id,
    },
    select: { id: true },
  });
  return { caseId: kase.id, raidId: raid.id, tips, supervisor, officer };
}

/** USD policy: $500 per compound, $50 per victim, $20 per suspect, caps $1,000 per tip and $2,000 per raid, 60% first, supervisor above $800, 30 days. */
export const TEST_POLICY = {
  currency: 'USD',
  basePerCompoundMinor: '50000',
  perVictimMinor: '5000',
  perSuspectMinor: '2000',
  capPerTipMinor: '100000',
  capPerRaidMinor: '200000',
  firstInformantBps: 6000,
  supervisorAboveMinor: '80000',
  voucherValidDays: 30,
} satisfies PolicyInput;

export async function makePolicy(overrides: Partial<PolicyInput> = {}) {
  const admin = await makeStaff('SYSTEM_ADMIN');
  return publishPolicy(admin.actor, { ...TEST_POLICY, ...overrides });
}

export async function fund(amountMinor: bigint, currency: 'USD' | 'KHR' = 'USD') {
  const admin = await makeStaff('REWARDS_ADMIN');
  return fundProgramme(admin.actor, { currency, amountMinor: amountMinor.toString(), memo: 'Test grant' });
}
