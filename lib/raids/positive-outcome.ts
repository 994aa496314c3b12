/**
 * Whether a raid found what the programme pays for: the compound was closed, or someone was
 * rescued or arrested. A case with such a raid makes its tips available for reward review
 * (lib/rewards reads Raid + the case's tips; this is the one definition of "positive").
 */
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
