/**
 * Tips that may be rewarded: linked to a case that was raided with a positive outcome, sent
 * before that raid (a tip that came after it did not lead to it), whose tipster asked to be
 * considered, not closed by officers as unfounded or as a duplicate (it added nothing to the
 * case), and not yet proposed for that raid. The first informant of
 * the case is marked; later tips share per the policy (suggest-amount.ts).
 */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { isPositiveOutcome, POSITIVE_RAID_WHERE, tipPrecedesRaid } from '@/lib/raids/positive-outcome';
import { policyInForce } from './policy';
import { type Suggestion, suggestAmount } from './suggest-amount';

/** Tip statuses that say the tip did not contribute: never rewarded, never counted as a sharer. */
const NOT_CONTRIBUTING: readonly string[] = ['CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'];

export interface EligibleTip {
  tipId: string;
  tipCode: string;
  receivedAt: Date;
  caseId: string;
  caseReference: string;
  raidId: string;
  raidedOn: Date;
  outcome: { compoundClosed: boolean; victimsRescued: number; suspectsArrested: number };
  isFirstInformant: boolean;
  /** Null while no policy has been published. */
  suggestion: (Suggestion & { currency: 'USD' | 'KHR'; policyId: string }) | null;
}

/** Every (tip, raid) pair a reward could be proposed for, raid by raid, first informant first. */
export async function findEligibleTips(client: Db | Tx, filter: { tipId?: string; raidId?: string } = {}): Promise<EligibleTip[]> {
  const raids = await client.raid.findMany({
    where: { OR: [...POSITIVE_RAID_WHERE.OR], ...(filter.raidId ? { id: filter.raidId } : {}), ...(filter.tipId ? { case: { tips: { some: { id: filter.tipId } } } } : {}) },
    orderBy: [{ raidedOn: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true, raidedOn: true, compoundClosed: true, victimsRescued: true, suspectsArrested: true,
      rewards: { select: { tipId: true } },
      case: {
        select: {
          id: true, reference: true, firstInformantTipId: true,
          tips: { orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }], select: { id: true, code: true, receivedAt: true, wantsReward: true, status: true } },
        },
      },
    },
  });
  const policy = await policyInForce(client);
  const eligible: EligibleTip[] = [];
  for (const raid of raids) {
    if (!isPositiveOutcome(raid)) continue;
    const firstId = raid.case.firstInformantTipId ?? raid.case.tips[0]?.id;
    const claimants = raid.case.tips.filter((tip) => tip.wantsReward && tipPrecedesRaid(tip, raid) && !NOT_CONTRIBUTING.includes(tip.status));
    const laterSharers = claimants.filter((tip) => tip.id !== firstId).length;
    const proposed = new Set(raid.rewards.map((reward) => reward.tipId));
    for (const tip of claimants) {
      if (proposed.has(tip.id) || (filter.tipId && tip.id !== filter.tipId)) continue;
      const isFirstInformant = tip.id === firstId;
      const outcome = { compoundClosed: raid.compoundClosed, victimsRescued: raid.victimsRescued, suspectsArrested: raid.suspectsArrested };
      eligible.push({
        tipId: tip.id,
        tipCode: tip.code,
        receivedAt: tip.receivedAt,
        caseId: raid.case.id,
        caseReference: raid.case.reference,
        raidId: raid.id,
        raidedOn: raid.raidedOn,
        outcome,
        isFirstInformant,
        suggestion: policy ? { ...suggestAmount(policy, outcome, { isFirstInformant, laterSharers }), currency: policy.currency, policyId: policy.id } : null,
      });
    }
  }
  return eligible;
}

export async function eligibleTips(actor: Actor, client: Db | Tx = defaultDb): Promise<EligibleTip[]> {
  requirePermission(actor, 'rewards.read');
  return findEligibleTips(client);
}
