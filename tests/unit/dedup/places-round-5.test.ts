import { describe, expect, it } from 'vitest';
import { conceptFeatures, conceptLabel } from '@/lib/dedup/concepts';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0159: descriptions of places, round 5 (blind-25 and blind-26). Every name and text here is
// invented for the test.
const tip = tipsNear(11.2, 105.9);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('the place a tip is told from (0159)', () => {
  it('gives the look of the place the tip stands behind to that place, keeping its kind', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ['grey 6-floor hostel behind the casino with the red dome', 'red', 'dome'],
      ['nhà trọ xám 6 tầng nằm phía sau casino mái vòm đỏ', 'red', 'dome'],
      ['หอพักสีเทา ๖ ชั้น อยู่หลังคาสิโนโดมทอง', 'gold', 'dome'],
      ['អគារប្រផេះ ៦ជាន់ នៅខាងក្រោយកាស៊ីណូដំបូលក្រហម', 'red', 'rooftop'],
    ];
    for (const [text, colour, part] of cases) {
      const concepts = conceptsOf(text);
      expect(concepts, text).toContain(`other:${colour}`);
      expect(concepts, text).not.toContain(colour);
      expect(concepts, text).toContain(`other:${part}`);
      // The block behind a casino is often the casino's own (0141).
      expect(concepts, text).toContain('casino');
    }
  });

  it('does not read Vietnamese sau "then" as behind', () => {
    expect(conceptsOf('sau đó tôi thấy tòa nhà vàng')).toContain('yellow');
  });

  it('reads what a Korean tip says its place is not, three words before 말고', () => {
    const concepts = conceptsOf('12층 노래방 건물 말고 그 뒤 초록 6층 건물이래요');
    expect(concepts).toContain('other:karaoke');
    expect(concepts).not.toContain('karaoke');
    expect([...conceptFeatures('12층 노래방 건물 말고 그 뒤 초록 6층 건물이래요').floors]).toEqual([6]);
  });

  it('reads Thai ไม่ได้อยู่ ("not at") as a place the tip is not', () => {
    const concepts = conceptsOf('ตึกสีเขียว ๖ ชั้น ติดปั๊ม ไม่ได้อยู่หลังตลาดนะ');
    expect(concepts).toContain('other:market');
    expect(concepts).not.toContain('market');
  });

  it('tells a tip about the casino from one about the hostel behind it', () => {
    const casino = tip('Old red casino with a red dome, 6 floors, people held inside');
    const hostel = tip('Grey hostel, 6 floors, behind the casino with the red dome, not the casino itself', 250);
    expect(reasonCodes(casino, hostel)).toContain('landmark');
    expect(scorePair(casino, hostel).score).toBeLessThan(0.5);
  });

  it('tells a tip behind the market from one that says it is not behind the market', () => {
    const market = tip('ตึกสีเขียว ๖ ชั้น หลังตลาด มีรถตู้เข้าออก');
    const pump = tip('អគារពណ៌បៃតង ៦ជាន់ ជាប់ស្ថានីយប្រេង មិនមែនអគារនៅក្រោយផ្សារទេ', 200);
    expect(reasonCodes(market, pump)).toContain('landmark');
    expect(scorePair(market, pump).score).toBeLessThan(0.5);
  });

  it('keeps two tips that stand behind the same casino together', () => {
    const a = tip('Grey hostel, 6 floors, behind the casino with the red dome');
    const b = tip('អគារប្រផេះ ៦ជាន់ នៅខាងក្រោយកាស៊ីណូដំបូលក្រហម', 150);
    expect(reasonCodes(a, b)).not.toContain('landmark');
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a place told apart by its look, to the officer (0159)', () => {
  it('names the concepts in the officer\'s language, a name as it is', () => {
    const told = reasonMessage({ code: 'landmark', names: ['casino', 'dome'], weight: -0.25 }, 'km');
    expect(told.vars.names).toBe('កាស៊ីណូ, ' + conceptLabel('dome', 'km'));
    expect(reasonMessage({ code: 'landmark', names: ['neptune'], weight: -0.25 }, 'km').vars.names).toBe('neptune');
  });
});

describe('an area\'s, a commune\'s or a road\'s name is where, not which building (0159)', () => {
  it('weighs a commune of an area both tips give once, as the area', () => {
    const a = tip('Chak Angre Leu, yellow wall, 2 grey blocks inside');
    const b = tip('ចាក់អង្រែលើ របងពណ៌លឿង អគារ ៤ជាន់', 300);
    expect(reasonCodes(a, b)).not.toContain('script_names');
  });

  it('does not weigh a road\'s name in Khmer letters as a compound\'s', () => {
    const a = tip('អគារខៀវ ១៨ជាន់ មានអាងហែលទឹក និងស្លាកកាស៊ីណូ ផ្លូវសុធារស');
    const b = tip('អគារពណ៌ខៀវមិនទាន់សង់រួច ផ្លូវសុធារស ភ្នំពេញ', 250);
    // Not a name at all (0158: ROAD_NAME in native-names.ts), so not +0.4 as a compound's.
    expect(reasonCodes(a, b)).not.toContain('script_names');
  });
});

describe('what each language says of a building, round 5 (0159)', () => {
  it('reads "not yet finished" in Khmer and Burmese word order as under construction, and the netting', () => {
    for (const text of ['អគារមិនទាន់សង់រួច មានសំណាញ់', 'မပြီးသေးတဲ့ တိုက် ပိုက်ကွန်အုပ်ထား']) {
      expect(conceptsOf(text), text).toEqual(expect.arrayContaining(['construction', 'netting']));
    }
    for (const text of ['tower wrapped in green netting', '挂着防护网的楼', 'tòa nhà có lưới', 'ตึกมีตาข่าย', 'gedung ada jaring', '그물 씌운 건물']) expect(conceptsOf(text), text).toContain('netting');
    expect(conceptsOf('他在网上找工作')).not.toContain('netting');
  });

  it('reads a Burmese building\'s colour said bare after it, not နီး (near)', () => {
    expect(conceptsOf('၅ထပ် ဟိုတယ်ပြာ')).toContain('blue');
    expect(conceptsOf('တိုက်ဖြူကြီး')).toContain('white');
    expect(conceptsOf('ဈေးနီးတဲ့ တိုက်နီးမှာ')).not.toContain('red');
  });

  it('reads a Khmer factory or warehouse called white without ពណ៌', () => {
    expect(conceptsOf('រោងចក្រស តាកែវ')).toContain('white');
    expect(conceptsOf('ឃ្លាំងស ២')).toContain('white');
  });

  it('reads a block by its letter in each language, and two letters as two blocks', () => {
    for (const text of ['pink flats, block D', 'ตึก D สีชมพู', 'ប្លុក D ពណ៌ផ្កាឈូក', 'nha hong toa D', '住D栋', 'D동 분홍 건물']) expect(conceptsOf(text), text).toContain('row:d');
    expect(reasonCodes(tip('pink 4-floor flats, block D, windows blacked out'), tip('ตึกสีชมพู ๔ ชั้น ตึก G มีร้านยา', 120))).toContain('other_building_number');
  });
});
