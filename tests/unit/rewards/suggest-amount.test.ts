import { describe, expect, it } from 'vitest';
import { raidPot, suggestAmount } from '@/lib/rewards/suggest-amount';

// $500 per compound, $50 per victim, $20 per suspect; caps $1,000 per tip, $2,000 per raid; first informant 60%.
const policy = {
  basePerCompoundMinor: 50_000n,
  perVictimMinor: 5_000n,
  perSuspectMinor: 2_000n,
  capPerTipMinor: 100_000n,
  capPerRaidMinor: 200_000n,
  firstInformantBps: 6_000,
};

describe('suggestAmount', () => {
  it('adds the outcome up: 50,000 + 10 x 5,000 + 3 x 2,000 = 106,000', () => {
    expect(raidPot(policy, { compoundClosed: true, victimsRescued: 10, suspectsArrested: 3 })).toBe(106_000n);
  });

  it('gives no base when the compound stayed open', () => {
    expect(raidPot(policy, { compoundClosed: false, victimsRescued: 2, suspectsArrested: 0 })).toBe(10_000n);
  });

  it('caps the raid: 50,000 + 60 x 5,000 = 350,000 -> 200,000', () => {
    expect(raidPot(policy, { compoundClosed: true, victimsRescued: 60, suspectsArrested: 0 })).toBe(200_000n);
  });

  it('gives a lone first informant the whole pot', () => {
    expect(suggestAmount(policy, { compoundClosed: true, victimsRescued: 10, suspectsArrested: 3 }, { isFirstInformant: true, laterSharers: 0 })).toEqual({
      raidPotMinor: 106_000n,
      suggestedMinor: 100_000n, // 106,000 capped per tip
    });
  });

  it('splits 60 / 40 with later tips: first 63,600; two later tips 21,200 each', () => {
    const raid = { compoundClosed: true, victimsRescued: 10, suspectsArrested: 3 };
    expect(suggestAmount(policy, raid, { isFirstInformant: true, laterSharers: 2 }).suggestedMinor).toBe(63_600n);
    expect(suggestAmount(policy, raid, { isFirstInformant: false, laterSharers: 2 }).suggestedMinor).toBe(21_200n);
  });

  it('rounds down to whole minor units: 40% of 10,001 over 3 tips = 1,333', () => {
    const odd = { ...policy, basePerCompoundMinor: 10_001n };
    expect(suggestAmount(odd, { compoundClosed: true, victimsRescued: 0, suspectsArrested: 0 }, { isFirstInformant: false, laterSharers: 3 }).suggestedMinor).toBe(1_333n);
  });

  it('suggests nothing for a raid without any outcome', () => {
    expect(suggestAmount(policy, { compoundClosed: false, victimsRescued: 0, suspectsArrested: 0 }, { isFirstInformant: true, laterSharers: 0 }).suggestedMinor).toBe(0n);
  });
});
