import { describe, expect, it } from 'vitest';
import { isPositiveOutcome, tipPrecedesRaid } from '@/lib/raids/positive-outcome';

describe('raid outcome rules', () => {
  it('is positive with a closure, a rescue or an arrest, and not with seizures alone', () => {
    expect(isPositiveOutcome({ compoundClosed: false, victimsRescued: 0, suspectsArrested: 0 })).toBe(false);
    expect(isPositiveOutcome({ compoundClosed: true, victimsRescued: 0, suspectsArrested: 0 })).toBe(true);
    expect(isPositiveOutcome({ compoundClosed: false, victimsRescued: 2, suspectsArrested: 0 })).toBe(true);
    expect(isPositiveOutcome({ compoundClosed: false, victimsRescued: 0, suspectsArrested: 1 })).toBe(true);
  });

  it('a tip precedes a raid when received before the raid day ends in Cambodia (UTC+7)', () => {
    const raid = { raidedOn: new Date('2026-11-20T00:00:00Z') };
    // 20 November ends in Phnom Penh at 2026-11-20T17:00:00Z
    expect(tipPrecedesRaid({ receivedAt: new Date('2026-11-20T16:00:00Z') }, raid)).toBe(true);
    expect(tipPrecedesRaid({ receivedAt: new Date('2026-11-20T17:00:00Z') }, raid)).toBe(false);
    expect(tipPrecedesRaid({ receivedAt: new Date('2026-11-19T03:00:00Z') }, raid)).toBe(true);
  });
});
