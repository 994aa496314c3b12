/**
 * Tips that may be rewarded: linked to a case that was raided with a positive outcome, sent
 * before that raid (a tip that came after it did not lead to it), whose tipster asked to be
 * considered, not closed by officers as unfounded or as a duplicate (it added nothing to the
 * case), and not yet proposed for that raid. The first informant of
 * the case is marked; later tips share per the policy (suggest-amount.ts).
 */
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { isUuid } from '@/lib/ids';
import { isPositiveOutcome, POSITIVE_RAID_WHERE, tipPrecedesRaid } from '@/lib/raids/positive-outcome';
import { tipRef } from '@/lib/tips/staff-ref';
import { policyInForce } from './policy';
import { type Suggestion, suggestAmount } from './suggest-amount';
import { defineUseCase } from '@/lib/use-case';

/** Tip statuses that say the tip did not contribute: never rewarded, never counted as a sharer. */
export const NOT_CONTRIBUTING: readonly string[] = ['CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'];

export interface EligibleTip {
  tipId: string;
  /** Staff reference of the tip (decision 0800). */
  tipRef: string;
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

/** Every (tip, raid) pair a reward could be proposed for, raid by raid, first informant first; a filter may name one tip or raid. */
export async function findEligibleTips(client: Db | Tx, filter: { tipId?: string; raidId?: string } = {}): Promise<EligibleTip[]> {
  // A malformed id (or an empty one) names nothing: nothing is eligible, as for an unknown id.
  if ((filter.tipId !== undefined && !isUuid(filter.tipId)) || (filter.raidId !== undefined && !isUuid(filter.raidId))) return [];
  const raids = await client.raid.findMany({
    where: { OR: [...POSITIVE_RAID_WHERE.OR], ...(filter.raidId ? { id: filter.raidId } : {}), ...(filter.tipId ? { case: { tips: { some: { id: filter.tipId } } } } : {}) },
    orderBy: [{ raidedOn: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true, raidedOn: true, compoundClosed: true, victimsRescued: true, suspectsArrested: true,
      rewards: { select: { tipId: true } },
      case: {
        select: {
          id: true, reference: true, firstInformantTipId: true,
          tips: { orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }], select: { id: true, receivedAt: true, wantsReward: true, status: true } },
        },
      },
    },
  });
  const policy = await policyInForce(client);
  const order = await auditOrder(client, raids.map((raid) => ({ caseId: raid.case.id, tipIds: raid.case.tips.map((tip) => tip.id) })));
  const eligible: EligibleTip[] = [];
  for (const raid of raids) {
    if (!isPositiveOutcome(raid)) continue;
    // Only tips that were in the case when the raid was recorded led to it; a tip linked or
    // merged in afterwards neither shares nor takes the first informant's part.
    // A tip closed as unfounded or a duplicate informed nobody: it is not the first informant either.
    const ledToRaid = raid.case.tips.filter((tip) => {
      const joinedAt = order.joined.get(`${raid.case.id}|${tip.id}`);
      const recordedAt = order.recorded.get(raid.id);
      const inCaseAtRaid = joinedAt === undefined || recordedAt === undefined || joinedAt < recordedAt;
      return tipPrecedesRaid(tip, raid) && inCaseAtRaid && !NOT_CONTRIBUTING.includes(tip.status);
    });
    const markedFirst = raid.case.firstInformantTipId;
    const firstId = markedFirst && ledToRaid.some((tip) => tip.id === markedFirst) ? markedFirst : ledToRaid[0]?.id;
    const claimants = ledToRaid.filter((tip) => tip.wantsReward);
    const laterSharers = claimants.filter((tip) => tip.id !== firstId).length;
    const proposed = new Set(raid.rewards.map((reward) => reward.tipId));
    for (const tip of claimants) {
      if (proposed.has(tip.id) || (filter.tipId && tip.id !== filter.tipId)) continue;
      const isFirstInformant = tip.id === firstId;
      const outcome = { compoundClosed: raid.compoundClosed, victimsRescued: raid.victimsRescued, suspectsArrested: raid.suspectsArrested };
      eligible.push({
        tipId: tip.id,
        tipRef: tipRef(tip.id),
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

/**
 * The order of events that matter to eligibility, as audit event ids (the audit chain
 * appends under one lock, so ids follow commit order, on one clock): when each tip joined its
 * case (a tip.status_changed to LINKED naming the case, or a case.merged on the case that
 * moved the tip), keyed `caseId|tipId`, and when each raid was recorded (raid.recorded).
 */
async function auditOrder(client: Db | Tx, cases: { caseId: string; tipIds: string[] }[]): Promise<{ joined: Map<string, bigint>; recorded: Map<string, bigint> }> {
  const tipIds = cases.flatMap((kase) => kase.tipIds);
  if (tipIds.length === 0) return { joined: new Map(), recorded: new Map() };
  const caseIds = cases.map((kase) => kase.caseId);
  const joins = await client.$queryRaw<{ caseId: string; tipId: string; eventId: bigint }[]>`
    SELECT "caseId", "tipId", min(id) AS "eventId" FROM (
      SELECT e.detail->>'caseId' AS "caseId", e."targetId" AS "tipId", e.id
        FROM "AuditEvent" e
       WHERE e.action = 'tip.status_changed' AND e."targetType" = 'tip' AND e."targetId" = ANY(${tipIds}::text[])
         AND e.detail->>'to' = 'LINKED'
      UNION ALL
      SELECT e."targetId", moved.tip, e.id
        FROM "AuditEvent" e CROSS JOIN LATERAL jsonb_array_elements_text(e.detail->'movedTipIds') AS moved(tip)
       WHERE e.action = 'case.merged' AND e."targetType" = 'case' AND e."targetId" = ANY(${caseIds}::text[])
         AND jsonb_typeof(e.detail->'movedTipIds') = 'array'
    ) joins
    GROUP BY 1, 2`;
  const raids = await client.$queryRaw<{ raidId: string; eventId: bigint }[]>`
    SELECT e.detail->>'raidId' AS "raidId", min(e.id) AS "eventId"
      FROM "AuditEvent" e
     WHERE e.action = 'raid.recorded' AND e."targetType" = 'case' AND e."targetId" = ANY(${caseIds}::text[])
     GROUP BY 1`;
  return {
    joined: new Map(joins.map((row) => [`${row.caseId}|${row.tipId}`, BigInt(row.eventId)])),
    recorded: new Map(raids.map((row) => [row.raidId, BigInt(row.eventId)])),
  };
}

export const eligibleTips = defineUseCase({
  name: 'eligibleTips',
  permission: 'rewards.read',
  run: (_actor, client: Db | Tx = defaultDb): Promise<EligibleTip[]> => findEligibleTips(client),
});
