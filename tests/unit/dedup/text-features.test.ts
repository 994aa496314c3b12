import { describe, expect, it } from 'vitest';
import { asciiDigits, decodeFeatures, encodeFeatures, FEATURES_VERSION, nameSets, numberTokens, textFeatures, textGrams } from '@/lib/dedup/text-features';
import { gramSimilarity } from '@/lib/dedup/score-pair';

describe('asciiDigits', () => {
  it('reads Khmer, Thai, Burmese and full-width digits as ASCII', () => {
    // ៤ Khmer four, ๕ Thai five, ၆ Burmese six, ７ full-width seven
    expect(asciiDigits('ផ្លូវលេខ៤ / ๕ / ၆ / ７')).toBe('ផ្លូវលេខ4 / 5 / 6 / 7');
  });
});

describe('numberTokens', () => {
  it('joins a phone written in groups and drops the country code', () => {
    // 096 555 1234 -> 0965551234 -> leading zero dropped
    expect(numberTokens('call 096 555 1234')).toEqual(new Set(['965551234']));
    // +855 17 888 246 and 017 888 246 are one phone
    expect(numberTokens('+855 17 888 246')).toEqual(numberTokens('017 888 246'));
  });

  it('keeps short numbers apart and ignores years and zero', () => {
    expect(numberTokens('Road 4, building 12, since 2025, 0 guards')).toEqual(new Set(['4', '12']));
  });

  it('reads Khmer digits', () => {
    expect(numberTokens('ផ្លូវជាតិលេខ៤ ប្រាក់ខែ ១៥០០ ដុល្លារ')).toEqual(new Set(['4', '1500']));
  });
});

describe('nameSets', () => {
  it('does not take Kamboja or Campuchia (Cambodia) for a name', () => {
    expect(nameSets('Suami saya di Kamboja sudah 3 bulan, katanya di Sihanoukville').subjects).toEqual(new Set());
    expect(nameSets('em trai tôi bị giữ ở Campuchia').subjects).toEqual(new Set());
  });

  it('reads Sokha alone as a person (a common Khmer given name), Sokha Beach as the place', () => {
    expect(nameSets('Broker named Sokha recruits young people in Svay Rieng').subjects).toEqual(new Set(['sokha']));
    expect(nameSets('ở Svay Rieng có một người tên Sokha hay đi tuyển thanh niên').subjects).toContain('sokha');
    expect(nameSets('A compound near Sokha Beach, guards at the gate').subjects).toEqual(new Set());
  });

  it('takes the Latin-script name out of Khmer, Chinese and Thai text', () => {
    expect(nameSets('អគារ Golden Lotus នៅជិតផ្លូវជាតិលេខ៤').subjects).toEqual(new Set(['golden', 'lotus']));
    expect(nameSets('西港4号公路旁边的Golden Lotus园区').subjects).toEqual(new Set(['golden', 'lotus']));
    expect(nameSets('ตึก Jade Harbour เมืองสีหนุวิลล์').subjects).toEqual(new Set(['jade', 'harbour']));
  });

  it('in English takes capitalised names but not sentence openers, places or nationalities', () => {
    const { subjects } = nameSets('Workers say the Golden Lotus compound in Sihanoukville holds Chinese and Vietnamese people.');
    expect(subjects).toEqual(new Set(['golden', 'lotus']));
  });

  it('keeps a name that opens the sentence when a second name word or a number follows', () => {
    expect(nameSets('Kaisheng Park in Chroy Changvar, Phnom Penh').subjects).toEqual(new Set(['kaisheng', 'park']));
    expect(nameSets('Lucky 88 building in town').subjects).toEqual(new Set(['lucky']));
  });

  it('takes building codes anywhere', () => {
    // "KB-9" and "KB9" are one name
    expect(nameSets('KB-9 building in Poipet').subjects).toEqual(new Set(['kb9']));
    expect(nameSets('ditahan di gedung KB9 Poipet').subjects).toEqual(new Set(['kb9']));
  });

  it('keeps Vietnamese address words out but not an English name that looks like them', () => {
    // "Quốc lộ" is "national road"; "Bay" is not "bảy" (seven)
    expect(nameSets('Tôi bị giữ trong khu Diamond Bay gần Quốc lộ 4').subjects).toEqual(new Set(['diamond', 'bay']));
  });

  it('marks a name after "near", "opposite" or a distance as a landmark, not the subject', () => {
    const result = nameSets('Jin Bei casino building, near the Golden Lotus, also has guards.');
    expect(result.subjects).toEqual(new Set(['jin', 'bei']));
    expect(result.landmarks).toEqual(new Set(['golden', 'lotus']));
    expect(nameSets('Ocean Seven hotel, 250 m from the Great Wall gate').landmarks).toEqual(new Set(['great', 'wall']));
    // "the block behind X" is X's own back building, and "a message from X" is about X
    expect(nameSets('The nine-storey block behind the Titan Casino in Poipet').subjects).toEqual(new Set(['titan', 'casino']));
    expect(nameSets('She messaged from the Ruby Hills resort').subjects).toEqual(new Set(['ruby', 'hills']));
    // Khmer puts "near" (ជិត) before the name, Chinese puts 附近 after it
    expect(nameSets('អគារមួយនៅជិត Golden Lotus').landmarks).toEqual(new Set(['golden', 'lotus']));
    expect(nameSets('在Golden Lotus附近的小楼').landmarks).toEqual(new Set(['golden', 'lotus']));
  });

  it('removes district names of several words but keeps their words inside other names', () => {
    expect(nameSets('The compound in Sen Sok is big').subjects).toEqual(new Set());
    expect(nameSets('Borey Sok Meas has guards').subjects).toEqual(new Set(['sok', 'meas']));
  });
});

describe('textGrams and gramSimilarity', () => {
  it('compares Khmer without word boundaries', () => {
    const a = textGrams('មានរបងខ្ពស់ និងលួសបន្លា មានឆ្មាំនៅមាត់ទ្វារ');
    const b = textGrams('របងខ្ពស់ លួសបន្លា ឆ្មាំនៅមាត់ទ្វារ');
    const unrelated = textGrams('ក្រុមហ៊ុនទិញគណនីធនាគារ');
    expect(gramSimilarity(a, b)).toBeGreaterThan(0.6);
    expect(gramSimilarity(a, unrelated)).toBeLessThan(0.1);
  });

  it('compares Chinese by character pairs', () => {
    // 8 bigrams and 5 bigrams, 4 of them shared (护照 照被 被收 收走): 4 / sqrt(8 * 5)
    const similarity = gramSimilarity(textGrams('护照被收走每天被打'), textGrams('护照被收走了'));
    expect(similarity).toBeCloseTo(4 / Math.sqrt(8 * 5), 5);
  });

  it('is 0 across scripts with nothing in common and 1 for the same text', () => {
    expect(gramSimilarity(textGrams('근처 카지노'), textGrams('near the casino'))).toBe(0);
    expect(gramSimilarity(textGrams('Golden Lotus'), textGrams('golden  LOTUS'))).toBe(1);
  });
});

describe('stored features', () => {
  it('read back equal to the text read again, in any script; another version or none reads as missing', () => {
    for (const text of [
      "Casino 'Jade Palace', green glass, 14 floors, on National Road 4, near the Golden Lotus; call +855 17 888 246",
      'អគារ HongYun ៧ជាន់ ពណ៌លឿង ជិតវត្ត',
      '西港金龙园区，七层楼，黄色，Jin Long',
    ]) {
      const features = textFeatures(text);
      expect(decodeFeatures(encodeFeatures(features))).toEqual(features);
    }
    const stored = encodeFeatures(textFeatures('Golden Lotus'));
    expect(decodeFeatures(stored.replace(`[${FEATURES_VERSION},`, `[${FEATURES_VERSION + 1},`))).toBeNull();
    expect(decodeFeatures(null)).toBeNull();
  });
});
