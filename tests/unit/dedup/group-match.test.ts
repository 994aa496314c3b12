import { describe, expect, it } from 'vitest';
import { DEDUP_DEFAULTS, DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { withSharedMatches } from '@/lib/dedup/find-duplicates';
import { prepareTip, type PreparedTip, scorePair } from '@/lib/dedup/score-pair';
import { tipRef } from '@/lib/tips/staff-ref';

const at = new Date('2026-11-20T00:00:00Z');
const tip = (id: string, text: string, lat: number, lng: number): PreparedTip =>
  prepareTip({ id, category: 'SCAM_COMPOUND', lat, lng, accuracyM: null, at, text, photos: [] });

// Invented: a compound told twice alike (the third tip and one candidate), and one told elsewhere.
const third = tip('00000000-0000-4000-8000-000000000001', 'Silver Crane casino, blue glass, 11 floors, guards at the gate, boss on Telegram @crane_hr_88', 10.6201, 103.5102);
const alike = tip('00000000-0000-4000-8000-000000000002', 'Silver Crane casino blue glass 11 floors, Telegram @crane_hr_88, guards', 10.6205, 103.5106);
const elsewhere = tip('00000000-0000-4000-8000-000000000003', 'Red roof warehouse by the rice fields, dogs at night', 11.9102, 105.0301);
const flagged = tip('00000000-0000-4000-8000-000000000004', 'Compound with wire on the wall', 10.6199, 103.5101);

describe('a shared close match (decision 0156)', () => {
  it('the fixture is what the test needs: the two alike tips match closely, the other does not', () => {
    expect(scorePair(alike, third).score).toBeGreaterThanOrEqual(0.8);
    expect(scorePair(elsewhere, third).score).toBeLessThan(0.8);
  });

  it('flags a possibly related candidate that closely matches one of the best matches, and says which', () => {
    const scored = [
      { other: third, score: 0.86, reasons: [] },
      { other: alike, score: 0.41, reasons: [] },
      { other: elsewhere, score: 0.41, reasons: [] },
      { other: flagged, score: 0.62, reasons: [] },
    ];
    const result = withSharedMatches(scored, DEDUP_DEFAULTS);
    expect(result[1]).toMatchObject({ score: DUPLICATE_FLAG_THRESHOLD, reasons: [{ code: 'shared_match', tip: tipRef(third.id), weight: 0.09 }] });
    expect(result[2]).toBe(scored[2]);
    expect(result[3]).toBe(scored[3]);
    expect(result[0]).toBe(scored[0]);
  });

  it('lifts nothing below the show threshold, and nothing when no match is close', () => {
    expect(withSharedMatches([{ other: third, score: 0.86, reasons: [] }, { other: alike, score: 0.2, reasons: [] }], DEDUP_DEFAULTS)[1]!.score).toBe(0.2);
    expect(withSharedMatches([{ other: third, score: 0.79, reasons: [] }, { other: alike, score: 0.41, reasons: [] }], DEDUP_DEFAULTS)[1]!.score).toBe(0.41);
  });
});
