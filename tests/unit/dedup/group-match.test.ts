import { describe, expect, it } from 'vitest';
import { DEDUP_DEFAULTS, DUPLICATE_FLAG_THRESHOLD, DUPLICATE_SHOW_THRESHOLD, GROUP_AGREEMENT, GROUP_FLOOR, GROUP_JUDGED, TOLD_APART_SCORE } from '@/lib/dedup/config';
import { withGroupMatches } from '@/lib/dedup/find-duplicates';
import { type DuplicateReason, prepareTip, type PreparedTip, scorePair } from '@/lib/dedup/score-pair';
import { tipRef } from '@/lib/tips/staff-ref';

const at = new Date('2026-11-20T00:00:00Z');
const tip = (id: string, text: string, lat: number, lng: number): PreparedTip =>
  prepareTip({ id, category: 'SCAM_COMPOUND', lat, lng, accuracyM: null, at, text, photos: [] });
/** A candidate as the search hands it to withGroupMatches: the tip, its score against the tip judged, how far. */
const scoredAs = (other: PreparedTip, score: number, distanceM = 100) => ({ other, score, distanceM, reasons: [] as DuplicateReason[] });

// Invented: a compound told twice alike (the third tip and one candidate), one told elsewhere,
// a vague one beside the compound, two far away that neither match nor contradict it, and one that contradicts it.
const third = tip('00000000-0000-4000-8000-000000000001', 'Silver Crane casino, blue glass, 11 floors, guards at the gate, boss on Telegram @crane_hr_88', 10.6201, 103.5102);
const alike = tip('00000000-0000-4000-8000-000000000002', 'Silver Crane casino blue glass 11 floors, Telegram @crane_hr_88, guards', 10.6205, 103.5106);
const elsewhere = tip('00000000-0000-4000-8000-000000000003', 'Red roof warehouse by the rice fields, dogs at night', 11.9102, 105.0301);
const vague = tip('00000000-0000-4000-8000-000000000004', 'Compound with wire on the wall', 10.6199, 103.5101);
const farA = tip('00000000-0000-4000-8000-000000000005', 'Karaoke hotel by the Sisophon bus station, guards', 13.5851, 102.9731);
const farB = tip('00000000-0000-4000-8000-000000000006', 'Shophouses near the Kampot durian roundabout', 10.6101, 104.1801);
const again = tip('00000000-0000-4000-8000-000000000007', 'Silver Crane casino again, the blue glass one with 11 floors, Telegram @crane_hr_88', 10.6203, 103.5104);
const yellowHotel = tip('00000000-0000-4000-8000-000000000008', 'Yellow karaoke hotel, 6 floors, next to the casino', 10.6207, 103.5099);
/** The reasons scorePair gives against a pair. */
const against = (a: PreparedTip, b: PreparedTip) => scorePair(a, b).reasons.filter((reason) => reason.weight < 0);

describe('a candidate judged against the tip and its likely duplicates (decision 0166)', () => {
  it('the fixture is what the test needs: the two alike tips match closely, the others do not', () => {
    expect(scorePair(alike, third).score).toBeGreaterThanOrEqual(0.8);
    expect(scorePair(elsewhere, third).score).toBeLessThan(0.3);
    expect(scorePair(alike, farA).score + scorePair(alike, farB).score).toBeLessThan(0.4);
    expect([...against(alike, farA), ...against(alike, farB), ...against(alike, vague), ...against(alike, again)]).toEqual([]);
    expect(against(alike, yellowHotel).map((reason) => reason.code)).toContain('other_colour');
    expect(against(third, yellowHotel).map((reason) => reason.code)).toContain('other_colour');
    expect(against(third, again)).toEqual([]);
  });

  it('flags a candidate whose mean score over the tip and its likely duplicates reaches the group agreement, and names the one it matches best', () => {
    const scored = [
      scoredAs(third, 0.86),
      scoredAs(alike, 0.41),
      scoredAs(elsewhere, 0.41),
      scoredAs(vague, 0.62),
    ];
    const mean = (0.41 + scorePair(alike, third).score + scorePair(alike, vague).score) / 3;
    expect(mean).toBeGreaterThanOrEqual(GROUP_AGREEMENT);
    const result = withGroupMatches(scored, DEDUP_DEFAULTS);
    expect(result[1]).toMatchObject({ score: DUPLICATE_FLAG_THRESHOLD, reasons: [{ code: 'shared_match', tip: tipRef(third.id), weight: 0.09 }] });
    expect(result[2]).toBe(scored[2]);
    expect(result[3]).toBe(scored[3]);
    expect(result[0]).toBe(scored[0]);
  });

  it('judges against the group, not its best member: one close member among others it does not match is not enough', () => {
    const scored = [
      scoredAs(farA, 0.95),
      scoredAs(farB, 0.9),
      scoredAs(third, 0.86),
      scoredAs(alike, 0.41),
    ];
    expect((0.41 + scorePair(alike, farA).score + scorePair(alike, farB).score + scorePair(alike, third).score) / 4).toBeLessThan(GROUP_AGREEMENT);
    expect(withGroupMatches(scored, DEDUP_DEFAULTS)[3]).toBe(scored[3]);
    // Only the three closest count: a fourth likely duplicate, which contradicts it, neither dilutes them nor keeps it apart.
    const closeThree = [
      scoredAs(third, 0.95),
      scoredAs(again, 0.9),
      scoredAs(vague, 0.86),
      scoredAs(yellowHotel, 0.6),
      scoredAs(alike, 0.41),
    ];
    expect(withGroupMatches(closeThree, DEDUP_DEFAULTS)[4]!.score).toBe(DUPLICATE_FLAG_THRESHOLD);
  });

  it('lifts nothing below the floor against the tip that something speaks against, and nothing when the tip has no likely duplicate', () => {
    const low = GROUP_FLOOR - 0.01;
    const contradicted = { ...scoredAs(alike, low), reasons: [{ code: 'other_colour', weight: -0.2 }] as DuplicateReason[] };
    expect(withGroupMatches([scoredAs(third, 0.86), contradicted], DEDUP_DEFAULTS)[1]!.score).toBe(low);
    expect(withGroupMatches([scoredAs(third, 0.49), scoredAs(alike, 0.41)], DEDUP_DEFAULTS)[1]!.score).toBe(0.41);
  });

  it('judges a candidate below the floor that nothing speaks against: another side of the same compound (decision 0152)', () => {
    const low = GROUP_FLOOR - 0.01;
    expect(withGroupMatches([scoredAs(third, 0.86), scoredAs(alike, low)], DEDUP_DEFAULTS)[1]).toMatchObject({ score: DUPLICATE_FLAG_THRESHOLD, reasons: [{ code: 'shared_match', tip: tipRef(third.id) }] });
  });

  it('judges against the same members whatever order the search returned them in: the nearest of equal scores', () => {
    const members = [
      scoredAs(farA, 1, 900),
      scoredAs(farB, 1, 800),
      scoredAs(again, 1, 60),
      scoredAs(third, 1, 40),
      scoredAs(vague, 1, 70),
    ];
    const candidate = scoredAs(alike, 0.3, 50);
    // The three nearest (third, again, vague) lift it; the first three as listed (farA, farB, again) would not.
    expect((0.3 + scorePair(alike, third).score + scorePair(alike, again).score + scorePair(alike, vague).score) / 4).toBeGreaterThanOrEqual(GROUP_AGREEMENT);
    expect((0.3 + scorePair(alike, farA).score + scorePair(alike, farB).score + scorePair(alike, again).score) / 4).toBeLessThan(GROUP_AGREEMENT);
    const orders = [members, [...members].reverse(), [members[3]!, members[0]!, members[4]!, members[1]!, members[2]!]];
    const scores = orders.map((order) => withGroupMatches([...order, candidate], DEDUP_DEFAULTS)[5]!.score);
    expect(scores).toEqual(orders.map(() => DUPLICATE_FLAG_THRESHOLD));
  });

  it('judges only the best few candidates below the flag, so a dense centre costs no more than a quiet one', () => {
    const band = Array.from({ length: GROUP_JUDGED + 2 }, (_, index) => scoredAs(alike, 0.45 - index * 0.01));
    const result = withGroupMatches([scoredAs(third, 0.86), ...band.reverse()], DEDUP_DEFAULTS);
    const lifted = result.filter((pair) => pair.reasons.length > 0).map((pair) => pair.score);
    expect(lifted).toHaveLength(GROUP_JUDGED);
    expect(result.filter((pair) => pair.score < DUPLICATE_FLAG_THRESHOLD).map((pair) => pair.score)).toEqual([0.45 - (GROUP_JUDGED + 1) * 0.01, 0.45 - GROUP_JUDGED * 0.01]);
  });

  it('keeps apart a candidate one likely duplicate contradicts, however well the others match it (decision 0205)', () => {
    const scored = [scoredAs(third, 0.86), scoredAs(yellowHotel, 0.8), scoredAs(again, 0.75), scoredAs(alike, 0.41)];
    expect((0.41 + scorePair(alike, third).score + scorePair(alike, yellowHotel).score + scorePair(alike, again).score) / 4).toBeGreaterThanOrEqual(GROUP_AGREEMENT);
    expect(withGroupMatches(scored, DEDUP_DEFAULTS)[3]).toBe(scored[3]);
  });

  it('flags a candidate no likely duplicate contradicts at the group agreement, under the flag threshold (decision 0205)', () => {
    const scored = [scoredAs(third, 0.86), scoredAs(farA, 0.7), scoredAs(alike, 0.2)];
    const mean = (0.2 + scorePair(alike, third).score + scorePair(alike, farA).score) / 3;
    expect(mean).toBeGreaterThanOrEqual(GROUP_AGREEMENT);
    expect(mean).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    expect(withGroupMatches(scored, DEDUP_DEFAULTS)[2]).toMatchObject({ score: DUPLICATE_FLAG_THRESHOLD, reasons: [{ code: 'shared_match', tip: tipRef(third.id) }] });
  });

  it('shows a likely duplicate that a closer one contradicts as possibly related, naming the closer one (decision 0206)', () => {
    const scored = [scoredAs(third, 0.95), scoredAs(yellowHotel, 0.7)];
    const [best, toldApart] = withGroupMatches(scored, DEDUP_DEFAULTS);
    expect(best).toBe(scored[0]);
    expect(toldApart).toMatchObject({ score: TOLD_APART_SCORE, reasons: [{ code: 'told_apart_by_match', tip: tipRef(third.id), weight: -0.21 }] });
    expect(TOLD_APART_SCORE).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    expect(TOLD_APART_SCORE).toBeGreaterThanOrEqual(DUPLICATE_SHOW_THRESHOLD);
    // The closest is trusted, whichever of the two it is.
    const reversed = [scoredAs(yellowHotel, 0.95), scoredAs(third, 0.7)];
    expect(withGroupMatches(reversed, DEDUP_DEFAULTS).map((pair) => pair.score)).toEqual([0.95, TOLD_APART_SCORE]);
  });

  it('leaves a full match, and a likely duplicate no closer one contradicts, as they are (decision 0206)', () => {
    const full = [scoredAs(third, 1, 40), scoredAs(yellowHotel, 1, 60)];
    expect(withGroupMatches(full, DEDUP_DEFAULTS)).toEqual(full);
    const agreeing = [scoredAs(third, 0.95), scoredAs(again, 0.7), scoredAs(yellowHotel, 0.6, 300)];
    const result = withGroupMatches(agreeing, DEDUP_DEFAULTS);
    expect(result[1]).toBe(agreeing[1]);
    expect(result[2]).toMatchObject({ score: TOLD_APART_SCORE, reasons: [{ code: 'told_apart_by_match', tip: tipRef(third.id) }] });
  });
});
