/**
 * Whether a raid found what the programme pays for: the compound was closed, or someone was
 * rescued or arrested. A case with such a raid makes its tips available for reward review
 * (lib/rewards reads Raid + the case's tips; this is the one definition of "positive").
 */
import { CAMBODIA_OFFSET_MS } from '@/lib/i18n/format';

export interface RaidOutcome {
  compoundClosed: boolean;
  victimsRescued: number;
  suspectsArrested: number;
}

export function isPositiveOutcome(raid: RaidOutcome): boolean {
  return raid.compoundClosed || raid.victimsRescued > 0 || raid.suspectsArrested > 0;
}

/** The same rule as a Prisma `where` on Raid, for queries that select eligible raids. */
export const POSITIVE_RAID_WHERE = {
  OR: [{ compoundClosed: true }, { victimsRescued: { gt: 0 } }, { suspectsArrested: { gt: 0 } }],
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a tip could have led to a raid: received before the raid day ended in Cambodia.
 * A case keeps taking tips after a raid (a follow-up, a late witness); those tips are in the
 * case but did not lead to the raid already recorded.
 */
export function tipPrecedesRaid(tip: { receivedAt: Date }, raid: { raidedOn: Date }): boolean {
  const raidDayEnds = raid.raidedOn.getTime() + DAY_MS - CAMBODIA_OFFSET_MS;
  return tip.receivedAt.getTime() < raidDayEnds;
}
