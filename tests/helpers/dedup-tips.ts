/** Tips for the duplicate-scoring unit tests (lib/dedup), placed by metres north of a point. */
import { type DedupTip, type PreparedTip, prepareTip, scorePair } from '@/lib/dedup/score-pair';

export const METRE_LAT = 1 / 111_195;

/** A tip maker near (lat, lng): each tip is `north` metres north of it; its text is its id. */
export function tipsNear(lat: number, lng: number) {
  return (text: string, north = 0, overrides: Partial<DedupTip> = {}): PreparedTip =>
    prepareTip({ id: text, category: 'SCAM_COMPOUND', lat: lat + north * METRE_LAT, lng, accuracyM: null, at: new Date('2026-10-01T00:00:00Z'), text, photos: [], ...overrides });
}

/** The codes of the reasons scorePair gives for a pair. */
export const reasonCodes = (a: PreparedTip, b: PreparedTip) => scorePair(a, b).reasons.map((reason) => reason.code);
