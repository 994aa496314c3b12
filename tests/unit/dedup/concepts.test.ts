import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { conceptFeatures, conceptLabel, hanNumber } from '@/lib/dedup/concepts';
import { compactLatin, hanViet, romanise, skeleton } from '@/lib/dedup/romanise';
import { type DedupTip, prepareTip, scorePair } from '@/lib/dedup/score-pair';

const METRE_LAT = 1 / 111_195;
const tip = (text: string, north = 0, overrides: Partial<DedupTip> = {}) =>
  prepareTip({ id: 'x', category: 'SCAM_COMPOUND', lat: 10.62 + north * METRE_LAT, lng: 103.52, accuracyM: null, at: new Date('2026-10-01T00:00:00Z'), text, photos: [], ...overrides });
const codes = (text: string) => [...conceptFeatures(text).concepts].sort();

describe('concepts in eight languages', () => {
  it('reads the same building in every language: white, seven floors, barbed wire, Sihanoukville', () => {
    const texts = [
      'A seven-storey white tower with razor wire in Sihanoukville',
      'អគារ៧ជាន់ ពណ៌ស មានលួសបន្លា នៅក្រុងព្រះសីហនុ',
      '西港 七层白色大楼，有铁丝网',
      'tòa nhà 7 tầng màu trắng có dây thép gai ở Sihanoukville',
      'toa nha 7 tang mau trang co day thep gai o kampong som',
      'ตึก ๗ ชั้น สีขาว มีลวดหนาม ที่สีหนุวิลล์',
      'gedung tujuh lantai warna putih dengan kawat berduri di Sihanoukville',
      '시아누크빌 7층 흰색 건물, 철조망',
      'ဆီဟာနုဗီးလ် ၇ထပ် အဆောက်အအုံ အဖြူရောင် ဆူးကြိုး',
    ];
    for (const text of texts) {
      const features = conceptFeatures(text);
      expect([...features.floors], text).toEqual([7]);
      expect(features.concepts.has('white'), text).toBe(true);
      expect(features.concepts.has('wire'), text).toBe(true);
      expect(features.concepts.has('sihanoukville'), text).toBe(true);
    }
  });

  it('reads Chinese numerals and keeps "the 5th floor" (五楼) apart from "five storeys" (五层)', () => {
    expect(hanNumber('七')).toBe(7);
    expect(hanNumber('十二')).toBe(12);
    expect(hanNumber('二十')).toBe(20);
    expect(hanNumber('三十五')).toBe(35);
    expect([...conceptFeatures('十二层的大楼').floors]).toEqual([12]);
    expect([...conceptFeatures('三楼到五楼都是盘').floors]).toEqual([]);
  });

  it('reads road numbers however they are written, but not distances', () => {
    for (const text of ['on National Road 4', 'ផ្លូវជាតិលេខ៤', '4号公路旁边', 'quốc lộ 4', 'ถนนหมายเลข ๔', '4번 국도']) expect([...conceptFeatures(text).roads], text).toEqual([4]);
    expect([...conceptFeatures('the road 300 m from the gate').roads]).toEqual([]);
  });

  it('knows the other names of places and does not read a town inside another word', () => {
    for (const text of ['Kampong Som', 'ក្រុងព្រះសីហនុ', '西港', 'สีหนุวิลล์', '시아누크빌']) expect(codes(text), text).toContain('sihanoukville');
    expect(codes('ถนนหมายเลข 4')).not.toContain('dogs'); // หมา (dog) inside หมายเลข (number)
    expect(codes('金边的大楼')).not.toContain('gold'); // 金 of 金边 (Phnom Penh) is not gold
  });

  it('labels a concept in the officer language', () => {
    expect(conceptLabel('pagoda', 'km')).toBe('វត្ត');
    expect(conceptLabel('pagoda', 'zh')).toBe('寺');
    expect(conceptLabel('pagoda', 'en')).toBe('pagoda');
  });
});

describe('romanisation', () => {
  it('reads Khmer, Thai, Korean and Burmese transliterations of one name to the same consonants', () => {
    const golden = skeleton('Golden Lotus');
    expect(golden).toBe('KLTNLTS');
    for (const written of ['ហ្គោលដិនឡូថាស', 'โกลเด้น โลตัส', '골든 로터스']) expect(skeleton(romanise(written)), written).toBe(golden);
  });

  it('reads Chinese in pinyin (pinyin-pro) and in its Vietnamese reading', () => {
    expect(compactLatin('金龙')).toBe('jinlong');
    expect(hanViet('金龙')).toBe('kimlong');
    expect(hanViet('金福')).toBe('kimphuc');
  });
});

describe('scoring across languages', () => {
  it('flags a Latin name and its Khmer spelling 600 m apart with the same floors and colour', () => {
    const a = tip("Casino 'Golden Fortune' in Sihanoukville, yellow building, 9 floors, gold lions at the gate");
    const b = tip('នៅក្រុងព្រះសីហនុ មានអគារពណ៌លឿង ៩ជាន់ ឈ្មោះ ហ្គោលដិន ហ្វរឆូន មានកាស៊ីណូ', 600);
    const result = scorePair(a, b);
    expect(result.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['script_names', 'floors', 'concepts', 'distance']));
    expect(result.score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads a Chinese name inside a Burmese tip and finds it in a Chinese tip', () => {
    const result = scorePair(tip('ပွိုင်ပက် 天宫 ၈ထပ် အဆောက်အဦး ကာစီနို'), tip('波贝 天宫 八层 米黄色 赌场楼', 500));
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: ['天宫'] }));
  });

  it('counts another floor count and another colour against two compounds 150 m apart', () => {
    const result = scorePair(tip('Yellow casino, 9 floors, guards and buses.'), tip('Blue glass tower, 12 floors, guards and buses.', 150));
    expect(result.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['other_floors', 'other_colour']));
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });
});
