/** A raid counts for rewards when it closed the compound, rescued someone or arrested someone. */
export function isRewardableOutcome(raid: { compoundClosed: boolean; victimsRescued: number; suspectsArrested: number }): boolean {
  return raid.compoundClosed || raid.victimsRescued > 0 || raid.suspectsArrested > 0;
}
