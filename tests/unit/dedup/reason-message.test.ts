import { describe, expect, it } from 'vitest';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { translator } from '@/lib/i18n/translate';
import type { DuplicateReason } from '@/lib/dedup/score-pair';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';

describe('reasonMessage', () => {
  it('gives every reason a catalogue key with its figures, in English and Khmer', () => {
    const names = reasonMessage({ code: 'names', names: ['golden', 'lotus'], weight: 0.45 });
    expect(names).toEqual({ key: 'dedup.reason_names', vars: { names: 'golden, lotus' } });
    expect(translator('en')(names.key, names.vars)).toBe('Same name: golden, lotus');
    expect(translator('km')(names.key, names.vars)).toBe('ឈ្មោះដូចគ្នា៖ golden, lotus');
    const distance = reasonMessage({ code: 'distance', metres: 120, weight: 0.4 });
    expect(translator('en')(distance.key, distance.vars)).toBe('120 m apart');
  });

  it('has a message for every reason code in every language', () => {
    // A Record over the union: a new reason code without a line here does not compile.
    const codes: Record<DuplicateReason['code'], true> = {
      distance: true, text: true, names: true, names_differ: true, landmark: true, numbers: true, same_category: true,
      related_category: true, time: true, same_photo: true, similar_photo: true, concepts: true, floors: true,
      other_floors: true, other_level: true, same_level: true, buildings: true, other_buildings: true, building_number: true, other_building_number: true,
      same_row: true, km_post: true, other_km_post: true, other_side: true, other_colour: true, other_town: true, road: true, other_road: true, script_names: true,
      shared_match: true, told_apart_by_match: true,
    };
    for (const locale of RESIDENT_LOCALES) {
      for (const code of Object.keys(codes)) expect(translator(locale)(`dedup.reason_${code}`), `${locale} ${code}`).not.toBe(`dedup.reason_${code}`);
    }
  });
});
