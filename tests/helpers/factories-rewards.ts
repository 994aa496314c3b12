/**
 * Rewards test data through the real use-cases: cases (openCase), raids (recordRaid),
 * policies and funding. Unique every call.
 */
import { db } from '@/lib/db/client';
import { approveReward } from '@/lib/rewards/approve-reward';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { openAsTipster } from '@/lib/tips/tipster-box';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { openCase } from '@/lib/cases/open-case';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { recordRaid } from '@/lib/raids/record-raid';
import { todayInCambodia } from '@/lib/raids/schema';
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

/** Tips (wanting a reward unless said otherwise) or given ones, a case holding them, and a raid of it. */
export async function makeRaidedCase(
  options: { tips?: number; wantsReward?: boolean[]; outcome?: RaidOutcomeInput; supervisor?: TestStaff; officer?: TestStaff; tipIds?: string[]; raidedOn?: string } = {},
): Promise<RaidedCase> {
  const count = options.tips ?? (options.tipIds ? 0 : 1);
  const supervisor = options.supervisor ?? (await makeStaff('SUPERVISOR'));
  const officer = options.officer ?? (await makeStaff('OFFICER'));
  const start = Date.now() - 30 * 86_400_000;
  const tips: Receipt[] = [];
  for (let index = 0; index < count; index++) {
    tips.push(await makeTip({ wantsReward: options.wantsReward?.[index] ?? true }, { receivedAt: new Date(start + index * 3_600_000) }));
  }
  const kase = await openCase(officer.actor, { tipIds: [...(options.tipIds ?? []), ...tips.map((tip) => tip.tipId)], title: 'Compound near the port' });
  await changeCaseStatus(officer.actor, { caseId: kase.id, status: 'INVESTIGATING' });
  const raid = await recordRaid(supervisor.actor, {
    caseId: kase.id,
    // Today in Cambodia: a tip sent just now (an e2e resident's) still precedes the raid.
    raidedOn: options.raidedOn ?? todayInCambodia(),
    unit: 'Anti-trafficking unit',
    place: 'Building 4',
    suspectsArrested: options.outcome?.suspectsArrested ?? 3,
    victimsRescued: options.outcome?.victimsRescued ?? 10,
    compoundClosed: options.outcome?.compoundClosed ?? true,
    foreignNationalsDetained: 0,
    computersSeized: 4,
    phonesSeized: 20,
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

/** A reward approved by two administrators, and the voucher code its tipster reads with their passphrase. */
export async function issuedVoucher(): Promise<{ rewardId: string; code: string }> {
  const raided = await makeRaidedCase({ tips: 2 });
  const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
  const { id } = await proposeReward(proposer.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId });
  await approveReward(approver.actor, { rewardId: id });
  const reward = await db.reward.findUniqueOrThrow({ where: { id }, select: { voucherSealed: true, tip: { select: { tipsterPublicKey: true, tipsterKeySalt: true } } } });
  const code = await openAsTipster(raided.tips[0]!.passphrase.replace(/\D/g, ''), { publicKey: reward.tip.tipsterPublicKey, salt: reward.tip.tipsterKeySalt }, reward.voucherSealed!);
  return { rewardId: id, code: code! };
}
