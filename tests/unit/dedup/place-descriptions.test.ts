import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0153: what residents say of a place that was not read or was undervalued (found on
// blind-16 and blind-18). Every name and text here is invented for the test.
const tip = tipsNear(12.1, 104.2);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('counts of buildings by their kind (0153)', () => {
  it('reads warehouses and sheds counted in every language', () => {
    expect(conceptsOf('Kampong Luong, 4 warehouses behind a blue gate')).toContain('buildings:4');
    expect(conceptsOf('con tôi ở đó, có 3 nhà kho mái tôn')).toContain('buildings:3');
    // Vietnamese typed without its marks.
    expect(conceptsOf('khu do co 2 nha kho')).toContain('buildings:2');
    expect(conceptsOf('那边有五个仓库')).toContain('buildings:5');
    // Khmer counts after the noun, with a roof between: ឃ្លាំង៤, រោងដំបូលក្រហម៣.
    expect(conceptsOf('មានឃ្លាំង៤ នៅក្បែរស្ទឹង')).toContain('buildings:4');
    expect(conceptsOf('រោងដំបូលក្រហម៣ មានឆ្មាំ')).toContain('buildings:3');
  });

  it('keeps two warehouses and three apart, though both roofs are green (-0.2, as floors)', () => {
    const [a, b] = [tip('kho mái xanh lá, 2 nhà kho'), tip('ដំបូលបៃតង ឃ្លាំង៣', 400)];
    expect(scorePair(a, b).reasons.find((reason) => reason.code === 'other_buildings')?.weight).toBe(-0.2);
    expect(scorePair(a, b).score).toBeLessThan(0.5);
  });

  it('does not read a warehouse number as a count', () => {
    expect(conceptsOf('ឃ្លាំងលេខ៣ មានឆ្មាំ').filter((id) => id.startsWith('buildings:'))).toEqual([]);
  });

  it('reads "fl" and "flr" as floors', () => {
    expect([...conceptFeatures('Moonfield tower, 11 fl, grey').floors]).toEqual([11]);
    expect([...conceptFeatures('a 6-flr block by the river').floors]).toEqual([6]);
  });
});

describe('a place that used to be something else (0153)', () => {
  it('reads "formerly a factory" said after the kind or with "when it was"', () => {
    for (const text of ['រោងចក្រស្បែកជើងចាស់ ក្បែរផ្លូវ', 'ពីមុនរោងចក្រ ឥឡូវមានចិន', 'ពេលវាជារោងចក្រកាត់ដេរ ខ្ញុំធ្វើការនៅហ្នឹង', 'โรงงานน้ำแข็งเก่า ริมถนน', '原来的砖厂，现在是园区', 'nhà máy gạch cũ gần cầu', 'dulunya pabrik es']) {
      expect(conceptsOf(text), text).toContain('old factory');
    }
    expect(conceptsOf('皇都娱乐城旧址，现在是园区')).toContain('old casino');
    expect(conceptsOf('the building used to be a casino')).toContain('old casino');
  });

  it('reads a rice mill as a kind of building and a factory, and an old one as an old factory', () => {
    for (const text of ['old rice mill on the canal road', 'ម៉ាស៊ីនកិនស្រូវចាស់ ជិតវត្ត', 'โรงสีข้าวเก่า ริมคลอง']) {
      expect(conceptsOf(text), text).toEqual(expect.arrayContaining(['rice mill', 'warehouse', 'old factory']));
    }
  });
});

describe('words of colour, parts and landmarks (0153)', () => {
  it('reads a roof colour in Chinese with 屋顶, and its colour as the roof\'s', () => {
    expect(conceptsOf('北面有个红屋顶的院子')).toEqual(expect.arrayContaining(['red', 'rooftop', 'roof:red']));
    expect(conceptsOf('white block with a green roof')).toEqual(expect.arrayContaining(['white', 'green', 'roof:green']));
    expect(conceptsOf('តំបន់នោះ ដំបូលខៀវ')).toContain('roof:blue');
    // A neighbour's roof is not the tip's.
    expect(conceptsOf('next to the red roof casino')).not.toContain('roof:red');
  });

  it('reads a gold shop as a landmark, not as yellow or gold paint', () => {
    for (const text of ['tiệm vàng Hòa Bình đổi tiền', 'ហាងមាស ជិតផ្សារ', 'ร้านทองข้างตลาด', '金店旁边']) {
      expect(conceptsOf(text), text).toContain('gold shop');
      expect(conceptsOf(text).filter((id) => id === 'yellow' || id === 'gold'), text).toEqual([]);
    }
  });

  it('reads Khmer ស្វាយ as purple after a wall or a roof only', () => {
    expect(conceptsOf('វីឡាជញ្ជាំងស្វាយ')).toContain('purple');
    expect(conceptsOf('ចម្ការស្វាយ ក្បែរផ្លូវ')).not.toContain('purple');
  });

  it('knows golf courses, window bars and unfinished buildings in more languages', () => {
    expect(conceptsOf('골프장 옆 빌라')).toContain('golf');
    expect(conceptsOf('ក្បែរទីលានវាយកូនហ្គោល')).toContain('golf');
    expect(conceptsOf('창문에 철창')).toContain('bars');
    expect(conceptsOf('หน้าต่างมีเหล็กดัด')).toContain('bars');
    expect(conceptsOf('미완성 건물')).toContain('construction');
  });
});

describe('weighing what is described (0153)', () => {
  it('counts Vietnamese xanh as the colour in common against blue or green, weaker than the same word', () => {
    const [a, b] = [tip('kho mái xanh gần cầu Sông Hồng'), tip('ឃ្លាំងដំបូលបៃតង ជិតស្ពាន', 150)];
    expect(scorePair(a, b).reasons.find((reason) => reason.code === 'concepts')).toMatchObject({ concepts: expect.arrayContaining(['blue-green']) });
    expect(reasonCodes(a, b)).not.toContain('other_colour');
  });

  it('keeps two buildings apart when their roofs differ, though both are white', () => {
    const [a, b] = [tip('white building, red roof, by the beach'), tip('អគារពណ៌ស ដំបូលខៀវ ជិតឆ្នេរ', 300)];
    expect(reasonCodes(a, b)).toContain('other_colour');
    expect(scorePair(a, b).score).toBeLessThan(0.5);
  });

  it('flags one building described twice by its floor count and one more thing seen, 600 m apart', () => {
    // 17 floors and bars on the windows; no name, no concept worth 0.08 on its own.
    const [a, b] = [tip('Tower by the canal, 17 floors, bars on windows'), tip('អគារ ១៧ជាន់ បង្អួចមានរបាំងដែក', 600)];
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(0.5);
    // The floor count alone is not enough at that distance.
    expect(scorePair(tip('Tower by the canal, 17 floors'), tip('អគារ ១៧ជាន់', 600)).score).toBeLessThan(0.5);
  });

  it('does not widen nearness by a description when both tips name their place and no name meets', () => {
    // White, 14 floors, 500 m apart: one building described twice...
    expect(scorePair(tip('toà trắng 14 tầng gần cầu'), tip('白色十四层，离桥不远', 500)).score).toBeGreaterThanOrEqual(0.5);
    // ...unless each names it and the names differ (Hòa Phát, 顺利).
    expect(scorePair(tip('Công ty Hòa Phát ở gần cầu, toà trắng 14 tầng'), tip('金边 顺利大楼，白色十四层，离桥不远', 500)).score).toBeLessThan(0.5);
  });

  it('weighs a shared colour above a shared kind: what every passer-by sees', () => {
    const [a, b] = [tip('orange building, 5 floors'), tip('អគារពណ៌ទឹកក្រូច ៥ជាន់', 200)];
    const concepts = scorePair(a, b).reasons.find((reason) => reason.code === 'concepts');
    expect(concepts?.weight).toBeGreaterThan(0.06);
  });
});

describe('a tall building in common (0153, round 2)', () => {
  it('weighs a shared count of ten floors or more above a low one', () => {
    const floorsWeight = (x: string, y: string) => scorePair(tip(x), tip(y, 700)).reasons.find((reason) => reason.code === 'floors')?.weight;
    // Few buildings in a Cambodian town are that tall: 14 floors in common says more than 4.
    expect(floorsWeight('Marigold tower, orange, 14 floors', 'อาคารสีส้ม ๑๔ ชั้น')).toBe(0.16);
    expect(floorsWeight('Marigold house, orange, 4 floors', 'อาคารสีส้ม ๔ ชั้น')).toBe(0.12);
  });

  it('finds one orange 14-floor tower told 700 m apart in two languages', () => {
    // A delivery man's tip filed as "other": no category in common. 0.479 with 0.12 for the floors; 0.529 since the wide curve is half at 1.4 km (0155).
    const [a, b] = [tip('Tòa nhà màu cam 14 tầng gần chợ, có người bị giữ'), tip('I bring ice to the orange tower 14 floor, guard stops me at gate', 700, { category: 'OTHER' })];
    expect(scorePair(a, b).score).toBeCloseTo(0.529, 3);
  });
});
