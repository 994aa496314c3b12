import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { WEIGHTS } from '@/lib/dedup/config';
import { proximityShare, scorePair } from '@/lib/dedup/score-pair';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0155: descriptions of places, round 4 (blind-22 and blind-23). Every name and text here is
// invented for the test.
const tip = tipsNear(12.3, 104.1);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('towns and areas in the scripts they were missing (0155)', () => {
  it('reads a town as each language writes it', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['em toi o Bà Vẹt, gần chợ', 'bavet'],
      ['anh ấy ở Xihanuc, làm ở tòa nhà lớn', 'sihanoukville'],
      ['chi gai toi o Cam Pot, nha gan song', 'kampot'],
      ['ညီလေး စတုန်းထရန်း မှာ ရှိတယ်', 'stung treng'],
      ['ကမ်ပုံချမ်း တံတားနား', 'kampong cham'],
      ['အစ်ကို အိုစမက် မှာ', "o'smach"],
      ['塔克茂市场旁边那栋楼', 'ta khmau'],
      ['프레이놉 근처 건물', 'prey nob'],
      ['ตึกแถวโอเตรส ใกล้ทะเล', 'otres'],
      ['អគារ នៅភ្នំជ័យជម្នះ', 'victory hill'],
      ['끄엔스바이 근처 단지', 'kien svay'],
    ];
    for (const [text, town] of cases) expect(conceptsOf(text), text).toContain(town);
  });
});

describe('landmarks by kind (0155)', () => {
  it('reads a clock on the roof or a clock tower in every language', () => {
    for (const text of ['tall block with a clock on top', 'អគារមាននាឡិកាធំ', '楼顶有个大钟楼', 'toa nha co dong ho tren mai', 'ตึกมีนาฬิกาบนยอด', 'gedung ada menara jam', '시계탑 있는 건물', 'နာရီစင် ပါတဲ့ အဆောက်အအုံ']) {
      expect(conceptsOf(text), text).toContain('clock');
    }
  });

  it('reads a phone mast, by the operator\'s name too', () => {
    for (const text of ['next to the phone tower', 'beside the Metfone mast', 'gần cột sóng điện thoại', 'dkt tower hp', 'ជិតបង្គោលទូរស័ព្ទ', '信号塔旁边', 'ใกล้เสาสัญญาณ', '통신탑 옆', 'ဖုန်းတာဝါ နား']) {
      expect(conceptsOf(text), text).toContain('mast');
    }
  });

  it('reads red lanterns at the door and a petrol station by its brand', () => {
    for (const text of ['red lanterns at the door', 'មានគោមក្រហមមុខទ្វារ', '门口挂着灯笼', 'có đèn lồng đỏ', 'มีโคมแดงหน้าประตู', 'ada lampion di depan', '입구에 홍등']) {
      expect(conceptsOf(text), text).toContain('lantern');
    }
    for (const text of ['behind the Caltex', 'opposite the PTT on the highway', 'ក្រោយស្ថានីយតេឡា']) expect(conceptsOf(text), text).toContain('petrol');
  });

  it('reads a fish-sauce works as a factory, and a kiln', () => {
    for (const text of ['old fish sauce factory', 'xuong nuoc mam cu', '旧鱼露厂', 'រោងចក្រទឹកត្រីចាស់', 'โรงงานน้ำปลาเก่า']) {
      expect(conceptsOf(text), text).toEqual(expect.arrayContaining(['fish sauce', 'warehouse']));
    }
    for (const text of ['the kiln camp off the highway', 'အုတ်ဖို ဟောင်း', 'โรงอิฐเก่า', 'pabrik bata di pinggir jalan']) expect(conceptsOf(text), text).toContain('warehouse');
  });

  it('reads Vietnamese landmarks typed without marks after a place word', () => {
    expect(conceptsOf('nha mau trang sau chua')).toContain('pagoda');
    expect(conceptsOf('em o gan cho, nha 3 tang')).toContain('market');
    // "chua" alone is "not yet": no pagoda.
    expect(conceptsOf('em chua ve nha')).not.toContain('pagoda');
  });

  it('reads an ex-hotel in every language as an old hotel, and a hotel', () => {
    for (const text of ['an ex-hotel, 6 floors, pink', 'សណ្ឋាគារចាស់ ៦ជាន់', '旧酒店，六层', 'khach san cu 6 tang', 'โรงแรมเก่า ๖ ชั้น', 'bekas hotel 6 lt', '폐호텔 6층', 'ဟိုတယ်ဟောင်း ၆ ထပ်']) {
      expect(conceptsOf(text), text).toEqual(expect.arrayContaining(['old hotel', 'hotel']));
    }
  });

  it('reads Khmer មាត់ទន្លេ (riverside) as the river', () => {
    expect(conceptsOf('ផ្ទះធំមាត់ទន្លេ')).toContain('river');
  });
});

describe('words that share letters in unspaced scripts (0155)', () => {
  it('reads a Burmese gold dome as gold and a dome', () => {
    expect(conceptsOf('ကာစီနို ရွှေအမိုးခုံး')).toEqual(expect.arrayContaining(['gold', 'dome']));
  });

  it('reads Thai "behind the casino" as a casino, not a roof', () => {
    const concepts = conceptsOf('ตึกเล็ก ๓ ชั้น หลังคาสิโนใหญ่');
    expect(concepts).toContain('casino');
    expect(concepts).not.toContain('rooftop');
  });

  it('reads the colour of Chinese glass said without 色, and Burmese glass after a colour', () => {
    expect(conceptsOf('绿玻璃大楼，十层')).toEqual(expect.arrayContaining(['green', 'glass:green']));
    expect(conceptsOf('အစိမ်းရောင်မှန် အဆောက်အအုံ')).toContain('glass:green');
  });

  it('reads Thai brown said without สี after a building', () => {
    expect(conceptsOf('ตึกน้ำตาล ๔ ชั้น')).toContain('brown');
  });
});

describe('the wide curve (0155)', () => {
  it('keeps half its weight at 1.4 km', () => {
    expect(proximityShare(1_400, WEIGHTS.wideRadiusM)).toBeCloseTo(0.5, 2);
  });

  it('flags a well-described place pinned 1.3 km apart, not a vague one', () => {
    const [a, b] = [tip('Kampong Luong, old casino, green roof, 6 floors, by the pier'), tip('កាស៊ីណូចាស់ ដំបូលបៃតង ៦ជាន់ ក្បែរផែ', 1_300)];
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(0.5);
    expect(scorePair(tip('Kampong Luong, an old casino'), tip('កាស៊ីណូចាស់', 1_300)).score).toBeLessThan(0.5);
  });
});

describe('colours said with their part, in each language\'s order (0155)', () => {
  it('gives the glass the colour after it in Indonesian and Vietnamese, before it in English', () => {
    const indonesian = conceptsOf('gedung putih kaca hijau 6 lt');
    expect(indonesian).toContain('glass:green');
    expect(indonesian).not.toContain('glass:white');
    expect(conceptsOf('toa nha trang kinh xanh duong')).not.toContain('glass:white');
    expect(conceptsOf('white block, green glass')).toContain('glass:green');
  });

  it('reads Thai ทอง as gold only after a building, a roof, a dome, a wall or a gate, not in a name', () => {
    expect(conceptsOf('คาสิโนโดมทอง ริมถนน')).toEqual(expect.arrayContaining(['gold', 'dome']));
    expect(conceptsOf('ตึกหลังคาทอง ๕ ชั้น')).toEqual(expect.arrayContaining(['gold', 'roof:gold']));
    expect(conceptsOf('น้องชื่อสมปอง ทองใบ ติดอยู่ที่นั่น')).not.toContain('gold');
  });
});
