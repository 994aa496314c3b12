/**
 * The demo's storyline after the tips are in: the Golden Lotus tips become a case, a raid
 * closes the compound, the first informant's reward is proposed and approved by two
 * administrators, and officers have asked two tipsters a question. Written through the same
 * use-cases the console uses, so the demo shows what the product really does, and each step
 * is audited like a real one.
 */
import type { Actor } from '@/lib/auth/permissions';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { openCase } from '@/lib/cases/open-case';
import type { Db } from '@/lib/db/client';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { recordRaid } from '@/lib/raids/record-raid';
import { todayInCambodia } from '@/lib/raids/schema';
import { approveReward } from '@/lib/rewards/approve-reward';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { publishPolicy } from '@/lib/rewards/publish-policy';
import type { Receipt } from '@/lib/tips/create-tip';
import { messageTipster } from '@/lib/triage/message-tipster';
import { DEMO_STAFF } from './demo-staff';

/** Indexes into DEMO_TIPS of the four tips about the Golden Lotus compound in Sihanoukville. */
const GOLDEN_LOTUS = [0, 1, 2, 3];

async function demoActor(client: Db, email: string): Promise<Actor> {
  const user = await client.staffUser.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, provinceCodes: true } });
  return { id: user.id, role: user.role, provinceCodes: user.provinceCodes };
}

export async function seedDemoStory(client: Db, receipts: readonly Receipt[]): Promise<{ voucherTip: Receipt }> {
  const email = (role: string, index = 0) => DEMO_STAFF.filter((staff) => staff.role === role)[index]!.email;
  const [officer, supervisor, proposer, approver, administrator] = await Promise.all([
    demoActor(client, email('OFFICER')),
    demoActor(client, email('SUPERVISOR')),
    demoActor(client, email('REWARDS_ADMIN', 0)),
    demoActor(client, email('REWARDS_ADMIN', 1)),
    demoActor(client, email('SYSTEM_ADMIN')),
  ]);
  const goldenLotus = GOLDEN_LOTUS.map((index) => receipts[index]!);

  const kase = await openCase(officer, { tipIds: goldenLotus.map((tip) => tip.tipId), title: 'Golden Lotus compound, National Road 4, Sihanoukville' }, client);
  await changeCaseStatus(officer, { caseId: kase.id, status: 'INVESTIGATING' }, client);
  const raid = await recordRaid(
    supervisor,
    {
      caseId: kase.id,
      raidedOn: todayInCambodia(),
      unit: 'Preah Sihanouk provincial anti-trafficking police',
      place: 'Golden Lotus, building A, National Road 4',
      suspectsArrested: 11,
      victimsRescued: 42,
      foreignNationalsDetained: 57,
      computersSeized: 130,
      phonesSeized: 410,
      compoundClosed: true,
    },
    client,
  );

  await publishPolicy(
    administrator,
    {
      currency: 'USD',
      basePerCompoundMinor: '50000',
      perVictimMinor: '5000',
      perSuspectMinor: '2000',
      capPerTipMinor: '250000',
      capPerRaidMinor: '300000',
      firstInformantBps: 6000,
      supervisorAboveMinor: '200000',
      voucherValidDays: 60,
    },
    client,
  );
  await fundProgramme(proposer, { currency: 'USD', amountMinor: '2000000', memo: 'Demo: programme budget, first tranche' }, client);
  const firstInformant = goldenLotus[0]!;
  const { id: rewardId } = await proposeReward(proposer, { tipId: firstInformant.tipId, raidId: raid.id }, client);
  await approveReward(approver, { rewardId }, client);

  await messageTipster(officer, { tipId: receipts[1]!.tipId, body: 'Thank you. Which side of the building is the gate the buses use at night?' }, client);
  await messageTipster(officer, { tipId: receipts[2]!.tipId, body: '我们已收到您的消息。请告诉我们您所在的楼层和房间号，如果安全的话。' }, client);
  return { voucherTip: firstInformant };
}
