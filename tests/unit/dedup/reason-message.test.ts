import { describe, expect, it } from 'vitest';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { translator } from '@/lib/i18n/translate';

describe('reasonMessage', () => {
  it('gives every reason a catalogue key with its figures, in English and Khmer', () => {
    const names = reasonMessage({ code: 'names', names: ['golden', 'lotus'], weight: 0.45 });
    expect(names).toEqual({ key: 'dedup.reason_names', vars: { names: 'golden, lotus' } });
    expect(translator('en')(names.key, names.vars)).toBe('Same name: golden, lotus');
    expect(translator('km')(names.key, names.vars)).toBe('ឈ្មោះដូចគ្នា៖ golden, lotus');
    const distance = reasonMessage({ code: 'distance', metres: 120, weight: 0.4 });
    expect(translator('en')(distance.key, distance.vars)).toBe('120 m apart');
  });

  it('has a message for every reason code', () => {
    const codes = ['distance', 'text', 'names', 'names_differ', 'landmark', 'numbers', 'same_category', 'related_category', 'time', 'same_photo', 'similar_photo'];
    for (const code of codes) expect(translator('en')(`dedup.reason_${code}`)).not.toBe(`dedup.reason_${code}`);
  });
});
