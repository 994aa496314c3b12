/**
 * The amount the policy suggests for one tip's share of one raid. Pure, so the rule can be
 * read and tested with literal values:
 *   raid pot = base if the compound was closed + per victim rescued + per suspect arrested,
 *              capped at the policy's cap per raid;
 *   first informant: the whole pot if no other tip shares, else `firstInformantBps` of it;
 *   every other sharing tip: an equal part of the rest (the first informant's part is never
 *              handed to others, whether or not the first informant asked for a reward);
 *   then capped at the cap per tip. Integer minor units, rounded down.
 */
export interface PolicyAmounts {
  basePerCompoundMinor: bigint;
  perVictimMinor: bigint;
  perSuspectMinor: bigint;
  capPerTipMinor: bigint;
  capPerRaidMinor: bigint;
  firstInformantBps: number;
}

export interface RaidOutcome {
  compoundClosed: boolean;
  victimsRescued: number;
  suspectsArrested: number;
}

export interface TipShare {
  isFirstInformant: boolean;
  /** Eligible tips of the raid other than the first informant (including this one if it is not first). */
  laterSharers: number;
}

export interface Suggestion {
  raidPotMinor: bigint;
  suggestedMinor: bigint;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);

export function raidPot(policy: PolicyAmounts, raid: RaidOutcome): bigint {
  const gross =
    (raid.compoundClosed ? policy.basePerCompoundMinor : 0n) +
    policy.perVictimMinor * BigInt(Math.max(0, raid.victimsRescued)) +
    policy.perSuspectMinor * BigInt(Math.max(0, raid.suspectsArrested));
  return min(gross, policy.capPerRaidMinor);
}

export function suggestAmount(policy: PolicyAmounts, raid: RaidOutcome, share: TipShare): Suggestion {
  const pot = raidPot(policy, raid);
  const firstPart = (pot * BigInt(policy.firstInformantBps)) / 10_000n;
  let amount: bigint;
  if (share.isFirstInformant) amount = share.laterSharers > 0 ? firstPart : pot;
  else amount = share.laterSharers > 0 ? (pot - firstPart) / BigInt(share.laterSharers) : 0n;
  return { raidPotMinor: pot, suggestedMinor: min(amount, policy.capPerTipMinor) };
}
