import { describe, expect, it } from 'vitest';
import { CONCEPT_CELL, cellsAround, searchKeys, tipKeys } from '@/lib/dedup/keys';
import { panelReasons, reasonMessage } from '@/lib/dedup/reason-message';
import type { DuplicateReason } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { translator } from '@/lib/i18n/translate';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';

describe('duplicate-search keys', () => {
  it('stores specific concepts, floors and names, not generic words', () => {
    const keys = tipKeys(textFeatures('Golden Lotus casino, yellow 9 floors, guards and buses at the gate. Call 096 555 1234'), 10.63, 103.52);
    expect(keys.some((key) => key.startsWith('c:casino@'))).toBe(true);
    expect(keys.some((key) => key.startsWith('c:yellow@'))).toBe(true);
    expect(keys.some((key) => key.startsWith('f:9@'))).toBe(true);
    expect(keys.some((key) => key.startsWith('n:lotus@'))).toBe(true);
    expect(keys.some((key) => key.startsWith('n:goldenlotus@'))).toBe(true);
    expect(keys).toContain('p:965551234');
    expect(keys.some((key) => /^c:(guard|bus|gate)@/.test(key))).toBe(false);
  });

  it('finds a tip 1.5 km away in a neighbouring cell with the same key', () => {
    const here = tipKeys(textFeatures('Yellow casino'), 10.6399, 103.52);
    const there = searchKeys(textFeatures('Yellow casino'), 10.6399 + 1_500 / 111_320, 103.52);
    expect(here.every((key) => there.keys.includes(key))).toBe(true);
    expect(cellsAround(10.63, 103.52, CONCEPT_CELL, 100).length).toBeLessThanOrEqual(4);
  });
});

describe('panel reasons', () => {
  const reasons: DuplicateReason[] = [
    { code: 'names_differ', weight: -0.25 },
    { code: 'numbers', numbers: ['4'], weight: 0.04 },
    { code: 'same_category', weight: 0.1 },
    { code: 'time', days: 2, weight: 0.05 },
    { code: 'distance', metres: 120, weight: 0.4 },
    { code: 'concepts', concepts: ['pagoda', 'yellow'], weight: 0.12 },
    { code: 'other_floors', weight: -0.15 },
  ];

  it('leaves out the noise: names differ, single digits, category and time', () => {
    expect(panelReasons(reasons).map((reason) => reason.code)).toEqual(['distance', 'other_floors', 'concepts']);
    // A single digit beside a real number is still a coincidence: only the phone is said.
    const shown = panelReasons([{ code: 'numbers', numbers: ['4', '17888246'], weight: 0.5 }]);
    expect(shown).toEqual([{ code: 'numbers', numbers: ['17888246'], weight: 0.5 }]);
  });

  it('puts what the group said first, a shared close match or a closer one that tells it apart, however little it weighed', () => {
    const shown = panelReasons([...reasons, { code: 'shared_match', tip: 'T-0A1B2C3D', weight: 0.01 }], 2);
    expect(shown.map((reason) => reason.code)).toEqual(['shared_match', 'distance']);
    const toldApart = panelReasons([...reasons, { code: 'told_apart_by_match', tip: 'T-0A1B2C3D', weight: -0.01 }], 2);
    expect(toldApart.map((reason) => reason.code)).toEqual(['told_apart_by_match', 'distance']);
  });

  // Every reason code in every language: reason-message.test.ts.
  it('says "show more" in all eight languages, concepts in the officer language', () => {
    for (const locale of RESIDENT_LOCALES) expect(translator(locale)('dedup.showMore', { count: 17 })).toContain('17');
    const message = reasonMessage({ code: 'concepts', concepts: ['pagoda', 'yellow'], weight: 0.12 }, 'km');
    expect(translator('km')(message.key, message.vars)).toBe('ពិពណ៌នាដូចគ្នា៖ វត្ត, ពណ៌លឿង');
    // Indonesian terms are Latin without marks: the one written after the Thai ones, not the English id.
    const indonesian = reasonMessage({ code: 'concepts', concepts: ['pagoda', 'yellow', 'market'], weight: 0.12 }, 'id');
    expect(indonesian.vars.concepts).toBe('pagoda, kuning, pasar');
    expect(reasonMessage({ code: 'concepts', concepts: ['bridge', 'emperor'], weight: 0.12 }, 'vi').vars.concepts).toBe('cây cầu, hoàng đế');
  });
});
