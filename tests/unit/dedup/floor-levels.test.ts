import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0151. Every text here is invented for the test.
const tip = tipsNear(11.55, 104.93);
const levels = (text: string) =>
  [...conceptFeatures(text).concepts]
    .filter((id) => id.startsWith('level:'))
    .map((id) => Number(id.slice(6)))
    .sort((a, b) => a - b);

describe('which floors of a building a tip is about (0151)', () => {
  it('is read in the eight languages, ranges and lists whole', () => {
    expect(levels('Riverside Star condo: floors 7-9 rented by one company')).toEqual([7, 8, 9]);
    expect(levels('Riverside Star lantai 15 dan 16, orang Indonesia')).toEqual([15, 16]);
    expect(levels('Riverside Star tầng 8 vẫn còn người')).toEqual([8]);
    expect(levels('Riverside Star公寓，七楼到九楼都是一个公司的')).toEqual([7, 8, 9]);
    expect(levels('Riverside Star十五、十六楼是另一伙人')).toEqual([15, 16]);
    expect(levels('三楼四楼全是盘，宿舍在五楼')).toEqual([3, 4, 5]);
    expect(levels('ខុនដូ Riverside Star ជាន់ទី៧ដល់ទី៩ ជាចិន')).toEqual([7, 8, 9]);
    expect(levels('ខុនដូ Riverside Star ជាន់១៥-១៦ មានក្មេងៗ')).toEqual([15, 16]);
    expect(levels('คอนโด Riverside Star ชั้น ๑๒ มีคนไทย')).toEqual([12]);
    expect(levels('Riverside Star 3층~6층 사무실')).toEqual([3, 4, 5, 6]);
    expect(levels('Riverside Star အထပ် ၇ မှာ မြန်မာ ၂၀')).toEqual([7]);
    expect(levels('held on the 3rd and 4th floors of the grey tower')).toEqual([3, 4]);
  });

  it('is not a count of floors, nor the ground floor, which describes the building', () => {
    expect(levels('Riverside Star 15층 건물')).toEqual([]);
    expect(levels('မှန်အပြာရောင် အထပ် ၁၅ ထပ် အဆောက်အဦ')).toEqual([]);
    expect(levels('tòa nhà 22 tầng 3 tòa')).toEqual([]);
    expect(levels('白色十层楼，一楼是中餐馆')).toEqual([]);
    // And "3층~6층" is no height of 3 or 6 floors.
    expect([...conceptFeatures('Riverside Star 3층~6층 사무실').floors]).toEqual([]);
  });

  it('tells two groups on other floors of one tower apart', () => {
    const low = tip('grey condo near Chbar Ampov market: floors 7-9 all rented by one Chinese company', 0);
    const high = tip('kondominium abu-abu dekat pasar Chbar Ampov, lantai 15 dan 16 masih 30 orang Indonesia', 150);
    expect(reasonCodes(low, high)).toContain('other_level');
    expect(scorePair(low, high).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    // The same two tips with a floor in common are one place.
    expect(scorePair(low, tip('kondominium abu-abu dekat pasar Chbar Ampov, lantai 8 masih 30 orang Indonesia', 150)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('but not two people held on other floors, nor a group and a floor it holds', () => {
    const seventh = tip('Riverside Star condo, I am held on the 7th floor, passports taken', 0);
    expect(reasonCodes(seventh, tip('Riverside Star, teman saya di lantai 4, tolong', 60))).not.toContain('other_level');
    const group = tip('Riverside Star condo near the market: floors 7-9 all rented by one Chinese company', 0);
    expect(reasonCodes(group, tip('Riverside Star tầng 8 vẫn còn người', 60))).not.toContain('other_level');
    expect(scorePair(group, tip('Riverside Star tầng 8 vẫn còn người', 60)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});
