import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD, DUPLICATE_SHOW_THRESHOLD } from '@/lib/dedup/config';
import { type DedupTip, hammingHex64, prepareTip, proximityShare, scorePair } from '@/lib/dedup/score-pair';

// One degree of latitude is about 111.2 km: 0.0009 deg ~ 100 m north.
const METRE_LAT = 1 / 111_195;

function tip(overrides: Partial<DedupTip> & { north?: number } = {}) {
  const { north = 0, ...rest } = overrides;
  return prepareTip({
    id: 'x',
    category: 'SCAM_COMPOUND',
    lat: 10.65 + north * METRE_LAT,
    lng: 103.55,
    accuracyM: null,
    at: new Date('2026-10-01T00:00:00Z'),
    text: 'A walled place with guards at the gate.',
    photos: [],
    ...rest,
  });
}

const codes = (score: ReturnType<typeof scorePair>) => score.reasons.map((reason) => reason.code).sort();

describe('proximityShare', () => {
  it('is logistic around half the radius', () => {
    // 1 / (1 + e^((d - 250) / 62.5)) for R = 500
    expect(proximityShare(0, 500)).toBeCloseTo(0.982, 3);
    expect(proximityShare(250, 500)).toBeCloseTo(0.5, 6);
    expect(proximityShare(400, 500)).toBeCloseTo(0.0832, 3);
    expect(proximityShare(500, 500)).toBe(0);
    // the radius is a setting: at 1 km, 250 m is still near: 1 / (1 + e^-2)
    expect(proximityShare(250, 1000)).toBeCloseTo(0.881, 3);
  });
});

describe('hammingHex64', () => {
  it('counts differing bits of two 64-bit hex hashes', () => {
    expect(hammingHex64('ffffffffffffffff', 'ffffffffffffffff')).toBe(0);
    // 0x0f vs 0xf0 in the last byte: 8 bits
    expect(hammingHex64('00000000000000f0', '000000000000000f')).toBe(8);
    expect(hammingHex64('zz', '00')).toBeNull();
  });
});

describe('scorePair', () => {
  it('is symmetric', () => {
    const a = tip({ text: 'Golden Lotus compound, guards, Road 4' });
    const b = tip({ north: 120, category: 'PERSON_HELD', text: '我被关在Golden Lotus园区' });
    expect(scorePair(a, b).score).toBe(scorePair(b, a).score);
  });

  it('flags the same compound named in two languages 100 m apart', () => {
    const english = tip({ text: 'Golden Lotus compound off National Road 4, guards and barbed wire.' });
    const khmer = tip({ north: 100, text: 'អគារ Golden Lotus នៅជិតផ្លូវជាតិលេខ៤ មានរបងខ្ពស់' });
    const result = scorePair(english, khmer);
    // names 0.45 + proximity 0.45 * 0.915 + same category 0.1 + same day 0.05 + road "4" 0.04 -> capped at 1
    expect(result.score).toBe(1);
    expect(result.distanceM).toBe(100);
    expect(result.reasons.find((reason) => reason.code === 'names')).toMatchObject({ names: ['golden', 'lotus'], weight: 0.45 });
  });

  it('does not flag two differently named compounds 400 m apart in the same town', () => {
    const lotus = tip({ text: 'Golden Lotus compound with guards and high walls.' });
    const harbour = tip({ north: 400, text: 'Jade Harbour compound with guards and high walls.' });
    const result = scorePair(lotus, harbour);
    // proximity 0.45 * 0.083 = 0.037, names differ -0.25, category 0.1, time 0.05, similar text
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    expect(codes(result)).toContain('names_differ');
  });

  it('shows, but does not flag, two unnamed tips 60 m apart that share nothing specific (decision 0143)', () => {
    const result = scorePair(tip({ text: 'ផ្ទះធំមួយមានឆ្មាំ' }), tip({ north: 60, text: 'A big house with guards.' }));
    // proximityVague 0.25 * proximityShare(60) = 0.25 * 0.953 = 0.238, + 0.1 + 0.05, + 0.01 for guards (ឆ្មាំ) in both
    expect(result.score).toBeCloseTo(0.399, 3);
    expect(result.reasons).toContainEqual({ code: 'concepts', concepts: ['guard'], weight: 0.01 });
    expect(result.score).toBeGreaterThanOrEqual(DUPLICATE_SHOW_THRESHOLD);
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('does not flag two unnamed tips 300 m apart', () => {
    const result = scorePair(tip({ text: 'ផ្ទះធំមួយមានឆ្មាំ' }), tip({ north: 300, text: 'A big house with guards.' }));
    // 0.25 * proximityShare(300) = 0.25 * 0.31 = 0.078, + 0.15, + 0.01 for guards: generic words weigh little
    expect(result.score).toBeCloseTo(0.238, 2);
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('lets a shared name of two words reach past the radius', () => {
    const result = scorePair(
      tip({ text: 'Royal Crown casino in Poipet, guards at the back.' }),
      tip({ north: 3_000, category: 'PERSON_HELD', text: 'My brother is held at the Royal Crown casino complex.' }),
    );
    // Past the wide radius too (two one-line tips widen nearness by their name, 0160): no proximity; names 0.45 + related category 0.05 + time 0.05 + a little text
    expect(codes(result)).not.toContain('distance');
    expect(result.score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('counts a tip that places itself "near" the other as a different place', () => {
    const result = scorePair(
      tip({ text: 'Golden Lotus compound, guards at the gate.' }),
      tip({ north: 300, text: 'A second building near the Golden Lotus, guards at the gate.' }),
    );
    // proximity 0.45 * 0.31 = 0.14, landmark -0.25, category 0.1, time 0.05, text about 0.2
    expect(result.reasons.find((reason) => reason.code === 'landmark')).toMatchObject({ names: ['golden', 'lotus'], weight: -0.25 });
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('treats names sharing only one word as different ("Golden Sands" / "White Sands")', () => {
    const result = scorePair(tip({ text: 'The Golden Sands compound.' }), tip({ north: 200, text: 'The White Sands villas.' }));
    expect(result.reasons.find((reason) => reason.code === 'names_differ')).toMatchObject({ weight: -0.12 });
  });

  it('matches names run together, typed with a doubled letter, or one typo apart', () => {
    const far = { north: 5_000 };
    const score = (a: string, b: string) => scorePair(tip({ text: a }), tip({ ...far, text: b })).reasons.find((reason) => reason.code === 'names');
    // the one-word name matches the two-word one as a whole, so it counts like two names
    expect(score('The Hong Yun building.', 'ตึก HongYun แปดชั้น')).toMatchObject({ names: ['hongyun'], weight: 0.45 });
    expect(score('The Ruby Hills resort.', 'The Rubby Hills resort.')).toMatchObject({ weight: 0.45 });
    expect(score('The Golden Lotus compound.', 'The Golden Lotos compound.')).toMatchObject({ weight: 0.45 });
  });

  it('links recruiters by a shared phone number anywhere in the country', () => {
    const result = scorePair(
      tip({ category: 'RECRUITER', text: 'Agent on Facebook, phone +855 17 888 246, promises 1200 dollars.' }),
      tip({ category: 'RECRUITER', north: 60_000, text: 'ភ្នាក់ងារ ហៅតាមលេខ 017 888 246' }),
    );
    // long number 0.5 + same category 0.1 + time 0.05 + the digit groups as shared text
    expect(result.reasons.find((reason) => reason.code === 'numbers')).toMatchObject({ numbers: ['17888246'], weight: 0.5 });
    expect(result.score).toBeGreaterThanOrEqual(0.65);
    expect(codes(result)).not.toContain('distance');
  });

  it('gives proximity half its weight when both tips are about people, not a place', () => {
    // two recruiters both pinned on the capital's centre, nothing specific shared: 0.25 * 0.982 / 2 + 0.1 + 0.05
    const result = scorePair(tip({ category: 'RECRUITER', text: 'Job ad on Facebook.' }), tip({ category: 'RECRUITER', text: 'Agent in the market.' }));
    expect(result.reasons.find((reason) => reason.code === 'distance')).toMatchObject({ metres: 0, weight: 0.123 });
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('weighs time: recent helps, far apart counts against', () => {
    const later = (days: number) => new Date(new Date('2026-10-01T00:00:00Z').getTime() + days * 86_400_000);
    const near = scorePair(tip(), tip({ north: 50, at: later(10) }));
    const stale = scorePair(tip(), tip({ north: 50, at: later(200) }));
    expect(near.reasons.find((reason) => reason.code === 'time')).toEqual({ code: 'time', days: 10, weight: 0.05 });
    expect(stale.reasons.find((reason) => reason.code === 'time')).toEqual({ code: 'time', days: 200, weight: -0.1 });
    expect(near.score - stale.score).toBeCloseTo(0.15, 6);
  });

  it('uses photos: the same file, or a perceptual hash a few bits apart', () => {
    const photo = { sha256: 'a'.repeat(64), phash: '0f0f0f0f0f0f0f0f' };
    const same = scorePair(tip({ photos: [photo] }), tip({ north: 3_000, photos: [photo] }));
    expect(same.reasons.find((reason) => reason.code === 'same_photo')).toEqual({ code: 'same_photo', weight: 0.6 });
    // 3 bits apart: similar
    const similar = scorePair(tip({ photos: [photo] }), tip({ north: 3_000, photos: [{ sha256: 'b'.repeat(64), phash: '0f0f0f0f0f0f0f08' }] }));
    expect(similar.reasons.find((reason) => reason.code === 'similar_photo')).toEqual({ code: 'similar_photo', bits: 3, weight: 0.45 });
    // 32 bits apart: unrelated
    const unrelated = scorePair(tip({ photos: [photo] }), tip({ north: 3_000, photos: [{ sha256: 'c'.repeat(64), phash: 'f0f0f0f0f0f0f0f0' }] }));
    expect(codes(unrelated)).not.toContain('similar_photo');
  });

  it('lets GPS accuracy absorb part of the distance', () => {
    const exact = scorePair(tip(), tip({ north: 300 }));
    const rough = scorePair(tip({ accuracyM: 150 }), tip({ north: 300, accuracyM: 150 }));
    // 300 m with 150 m of slack scores like 150 m
    expect(rough.score).toBeGreaterThan(exact.score);
    expect(rough.reasons.find((reason) => reason.code === 'distance')).toMatchObject({ metres: 300 });
  });
});
