import { describe, expect, it } from 'vitest';
import { conceptFeatures, conceptLabel } from '@/lib/dedup/concepts';
import { scorePair } from '@/lib/dedup/score-pair';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0154: descriptions of places, round 3 (blind-12 to blind-21). Every name and text here is
// invented for the test.
const tip = tipsNear(11.7, 103.9);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('the colour of a wall, a fence or a gate (0154)', () => {
  it('reads the colour said with the wall or the fence in every language', () => {
    for (const text of ['orange walls all round, guards at night', 'tempatnya di belakang pasar, pagar oranye', 'khu đó tường màu cam, có bảo vệ', 'នៅទីនោះ របងស័ង្កសីពណ៌ទឹកក្រូច', 'อาคารกำแพงสีส้ม ริมถนน', '橙色铁皮围墙，晚上有车', '주황 울타리 안에 건물']) {
      expect(conceptsOf(text), text).toEqual(expect.arrayContaining(['orange', 'wall:orange']));
    }
    expect(conceptsOf('a compound with a purple gate')).toContain('gate:purple');
    expect(conceptsOf('紫色大门旁边')).toContain('gate:purple');
    // Khmer ស្វាយ after a wall is purple (elsewhere a mango).
    expect(conceptsOf('ផ្ទះធំជញ្ជាំងស្វាយ')).toEqual(expect.arrayContaining(['purple', 'wall:purple']));
  });

  it('reads the colour of the glass, the windows said for it', () => {
    for (const text of ['blue glass tower on the hill', 'tower with blue windows', 'gedung kaca biru', 'tòa nhà kính xanh dương', 'អគារកញ្ចក់ពណ៌ខៀវ', '蓝色玻璃大楼', '파란 유리 건물', 'ဖန်အပြာ အဆောက်အဦ']) {
      expect(conceptsOf(text), text).toContain('glass:blue');
    }
  });

  it('keeps two towers apart whose window frames differ, though both are white', () => {
    expect(conceptsOf('white tower, black window frames')).toContain('window:black');
    expect(conceptsOf('白色十二层，窗框金色')).toContain('window:gold');
    const [a, b] = [tip('អគារ១២ជាន់ ពណ៌ស ស៊ុមបង្អួចខ្មៅ ជិតស្ពាន'), tip('桥边白色十二层大楼，窗框金色', 300)];
    expect(scorePair(a, b).reasons.map((reason) => reason.code)).toContain('other_colour');
    expect(scorePair(a, b).score).toBeLessThan(0.5);
  });

  it('does not give a neighbour\'s wall to the tip', () => {
    expect(conceptsOf('the grey block next to the orange walls')).not.toContain('wall:orange');
  });

  it('names a part\'s colour for the officer as the part and its colour', () => {
    expect(conceptLabel('wall:orange', 'en')).toBe('wall (orange)');
    expect(conceptLabel('roof:red', 'km')).toBe('ដំបូល (ពណ៌ក្រហម)');
  });

  it('weighs one wall said in one colour as a described piece: two tips 600 m apart meet', () => {
    const [a, b] = [tip('Kampong Luong: orange walls, by the old market, lorries at night'), tip('ចំការស្វាយ របងពណ៌ទឹកក្រូច ក្បែរផ្សារ', 600)];
    const score = scorePair(a, b);
    expect(score.reasons.find((reason) => reason.code === 'concepts')).toMatchObject({ concepts: expect.arrayContaining(['orange', 'market', 'wall:orange']) });
    expect(score.score).toBeGreaterThanOrEqual(0.5);
    // An orange building and a market 600 m apart are not enough without the wall.
    expect(scorePair(tip('Kampong Luong: orange building, by the old market, lorries at night'), tip('ចំការស្វាយ អគារពណ៌ទឹកក្រូច ក្បែរផ្សារ', 600)).score).toBeLessThan(0.5);
  });
});

describe('Vietnamese colours typed without marks (0154)', () => {
  it('reads đỏ, vàng, trắng without marks after a roof, a wall, a gate or "colour"', () => {
    expect(conceptsOf('kho mai do gan song')).toEqual(expect.arrayContaining(['red', 'rooftop', 'roof:red']));
    expect(conceptsOf('khu tuong vang o gan cho')).toEqual(expect.arrayContaining(['yellow', 'wall:yellow']));
    expect(conceptsOf('toa nha mau trang 5 tang')).toContain('white');
    expect(conceptsOf('cong den, bao ve co sung')).toEqual(expect.arrayContaining(['black', 'gate:black']));
  });

  it('leaves "do" and "vang" alone elsewhere', () => {
    const concepts = conceptsOf('toi khong biet do la dau, chi nghe tieng vang');
    expect(concepts).not.toContain('red');
    expect(concepts).not.toContain('yellow');
  });
});

describe('a kind of building alone, one tip naming its place and the other nothing (0154)', () => {
  it('does not make two pins 100 m apart one place: "a casino" is every casino near there', () => {
    const [named, vague] = [tip('Casino Silver Heron at the crossroads, men with sticks at the door'), tip('មានកាស៊ីណូមួយ ភ្លើងភ្លឺពេញយប់', 100)];
    const score = scorePair(named, vague);
    expect(score.reasons.find((reason) => reason.code === 'distance')!.weight).toBeLessThanOrEqual(0.25);
    expect(score.score).toBeLessThan(0.5);
  });

  it('still does when neither names its place, or both do', () => {
    expect(scorePair(tip('a casino at the crossroads, men with sticks at the door'), tip('មានកាស៊ីណូមួយ ភ្លើងភ្លឺពេញយប់', 100)).reasons.find((reason) => reason.code === 'distance')!.weight).toBeGreaterThan(0.4);
  });
});

describe('counts of villas and shortened buildings (0154)', () => {
  it('reads villas counted in English, Khmer and Korean, and "bldgs"', () => {
    expect(conceptsOf('four villas in a row behind the school')).toContain('buildings:4');
    expect(conceptsOf('វីឡា៤ជាប់គ្នា ក្បែរសាលា')).toContain('buildings:4');
    expect(conceptsOf('학교 뒤 빌라 4채')).toContain('buildings:4');
    expect(conceptsOf('Harbour Pine, 4 bldgs by the school')).toContain('buildings:4');
    expect(conceptsOf('ba căn biệt thự gần trường')).toContain('buildings:3');
    // Korean counts blocks with its own numerals (세 동); a digit before 동 is which block.
    expect(conceptsOf('학교 옆 회색 건물 세 동, 동생은 2동에')).toEqual(expect.arrayContaining(['buildings:3', 'building_no:2']));
    expect(conceptsOf('세 동네 사람들이 다 알아요').filter((id) => id.startsWith('buildings:'))).toEqual([]);
  });

  it('leaves the count of the place the tip stands by to it', () => {
    expect(conceptsOf('a villa 300 m up the road from the four villas')).not.toContain('buildings:4');
    expect([...conceptFeatures('another block, two lanes away from the six-storey one').floors]).toEqual([]);
    expect([...conceptFeatures('a shop next to the 9 floor hotel').floors]).toEqual([]);
    // Escaping from it is being in it.
    expect([...conceptFeatures('I escaped from the 9-floor block last week').floors]).toEqual([9]);
    // A villa's name with a number is no count.
    expect(conceptsOf('Pine 7 villa near the school').filter((id) => id.startsWith('buildings:'))).toEqual([]);
  });
});

describe('floors and new buildings (0154)', () => {
  it('reads Burmese "N ထပ်မှာ" as which floor when the tip gives the building\'s height besides', () => {
    expect([...conceptFeatures('ဈေးနား အဆောက်အဦ ၁၄ ထပ်၊ ကျွန်မ ၆ ထပ်မှာ နေရတယ်').floors]).toEqual([14]);
    // Alone it may be the building's: "at the 8-floor one".
    expect([...conceptFeatures('ဈေးနား ၈ ထပ်မှာ ညီ ရှိတယ်').floors]).toEqual([8]);
  });

  it('reads "the new building" in every language', () => {
    for (const text of ['a new building by the ferry, guards', 'ตึกใหม่ริมแม่น้ำ', 'អគារថ្មីនៅមាត់ទន្លេ', '강가 새 건물', '河边的新楼', 'tòa nhà mới gần sông', 'gedung baru dekat sungai']) {
      expect(conceptsOf(text), text).toContain('new building');
    }
  });

  it('makes two vague tips 80 m apart by the river about one new building one place', () => {
    expect(scorePair(tip('ស្ទឹងសែន អគារថ្មីមួយនៅមាត់ទន្លេ មានឆ្មាំ'), tip('Stung Sen: a new building on the river, guards at night', 80)).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('words not read (0154)', () => {
  it('reads Khmer ស after a building or a wall as white, before a count or at the end of the word', () => {
    expect(conceptsOf('មានអគារសពីរខ្នង ក្បែរវត្ត')).toEqual(expect.arrayContaining(['white', 'buildings:2']));
    expect(conceptsOf('អគារស ៨ជាន់')).toContain('white');
    // Not the start of another word: អគារស្នាក់នៅ (a lodging block), អគារសម្រាប់ (a building for).
    expect(conceptsOf('អគារស្នាក់នៅ ក្បែរវត្ត')).not.toContain('white');
    expect(conceptsOf('អគារសម្រាប់កម្មករ')).not.toContain('white');
  });

  it('reads watchtowers in the plural and the Thai guard post', () => {
    expect(conceptsOf('three watchtowers on the corners')).toContain('watchtower');
    expect(conceptsOf('มีป้อมยามสามป้อม')).toContain('watchtower');
  });
});

describe('a building number in common (0154)', () => {
  it('widens nearness alone: block 8 said in Thai and in Burmese 500 m apart', () => {
    const [a, b] = [tip('น้องอยู่ ตึก ๘ ใกล้ตลาด'), tip('ကျွန်တော့်ညီ အဆောက်အဦ ၈ မှာ ပိတ်မိနေတယ်', 500)];
    expect(scorePair(a, b).reasons.find((reason) => reason.code === 'distance')!.weight).toBeGreaterThan(0.2);
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(0.5);
    // Block 8 and block 5 are two places, however near.
    expect(scorePair(a, tip('ကျွန်တော့်ညီ အဆောက်အဦ ၅ မှာ ပိတ်မိနေတယ်', 100)).score).toBeLessThan(0.5);
  });
});

describe('what a tip says its place is not (0154)', () => {
  it('does not give the tip the colour, floors or kind of the neighbour it is told from', () => {
    expect([...conceptFeatures('ตึกสีเทา ๔ ชั้น ข้างวัด ไม่ใช่ตึก ๙ ชั้นนะ').floors]).toEqual([4]);
    expect([...conceptFeatures('អគារ ៤ជាន់ ក្បែរវត្ត មិនមែនអគារ ៩ជាន់ទេ').floors]).toEqual([4]);
    expect(conceptsOf('ឃ្លាំងដំបូលក្រហម មិនមែនឃ្លាំងលឿងទេ')).not.toContain('yellow');
    expect(conceptsOf('紫色墙的旧仓库，不是旁边白色那个')).not.toContain('white');
    expect(conceptsOf('the huts behind it, not the hotel')).not.toContain('hotel');
    expect(conceptsOf('nhà kho mái đỏ, không phải tòa vàng')).not.toContain('yellow');
    expect(conceptsOf('rumah pagar hitam, bukan yang biru')).not.toContain('blue');
    expect([...conceptFeatures('9층 건물이 아니라 옆 4층 건물').floors]).toEqual([4]);
  });

  it('reads the rest as before: "not allowed to leave" is not a neighbour', () => {
    expect(conceptsOf('workers are not allowed to leave the grey building')).toContain('grey');
  });

  it('keeps a 4-floor block apart from the 9-floor one it says it is not', () => {
    const [a, b] = [tip('ตึกสีเทา ๔ ชั้น ข้างวัด ไม่ใช่ตึก ๙ ชั้นนะ'), tip('អគារពណ៌ប្រផេះ ៩ជាន់ ក្បែរវត្ត', 200)];
    expect(scorePair(a, b).reasons.map((reason) => reason.code)).toContain('other_floors');
    expect(scorePair(a, b).score).toBeLessThan(0.5);
  });
});

describe('water, kilns and walls said in other words (0154)', () => {
  it('reads a canal or a creek as the water a place stands by, as a river', () => {
    for (const text of ['tower by the canal', 'ប៉ោយប៉ែត អគារជាប់ព្រែក', 'ตึกริมคลอง', 'gedung pinggir kali', 'tòa nhà cạnh kênh', 'အဆောက်အဦ ချောင်းဘေး', '운하 옆 건물']) {
      expect(conceptsOf(text), text).toContain('river');
    }
  });

  it('reads an old brick kiln with its chimney in every language, as an old factory', () => {
    for (const text of ['ស្ទឹងមានជ័យ ឡឥដ្ឋចាស់ មានបំពង់ផ្សែង', '旧砖厂，有个烟囱', 'co mot lo gach cu, ong khoi cao', 'old brick kiln with a chimney']) {
      expect(conceptsOf(text), text).toEqual(expect.arrayContaining(['warehouse', 'old factory', 'chimney']));
    }
    expect(conceptsOf('xuong may cu gan cho')).toContain('old factory');
    expect(conceptsOf('song bac Kim Ngan cu o bien gioi')).toContain('old casino');
  });

  it('reads broken glass set on a wall, Khmer ភូមិគ្រឹះ as a villa, a dock and Kep\'s crab market', () => {
    for (const text of ['high walls with broken glass on top', 'temboknya ada pecahan kaca di atas', 'ជញ្ជាំងខ្ពស់ មានកញ្ចក់បែកនៅលើ', '墙上插着碎玻璃']) {
      expect(conceptsOf(text), text).toContain('wall glass');
    }
    expect(conceptsOf('ភូមិគ្រឹះ ៥ខ្នង')).toContain('villa');
    expect(conceptsOf('a compound with a floating dock')).toContain('boat');
    expect(conceptsOf('កែប ជិតផ្សារក្តាម')).toContain('crab market');
    // Lotus spelt in Khmer letters, as โลตัส is in Thai.
    expect(conceptsOf('កាស៊ីណូ ឡូតាស នៅតាកែវ')).toContain('lotus');
    expect(conceptsOf('켑 게시장 근처')).toEqual(expect.arrayContaining(['crab market', 'market']));
  });
});

describe('the neighbour told by its distance, and its kind (0154)', () => {
  it('reads Vietnamese neighbour words typed without marks and Indonesian dkt', () => {
    expect(conceptsOf('xuong tuong mau tim, ben canh xuong xam')).not.toContain('grey');
    expect(conceptsOf('rumah pagar hijau dkt gedung merah')).not.toContain('red');
  });

  it('gives the colour after "300 m past the" to the neighbour', () => {
    expect(conceptsOf('grey villas on the hill road, 200 m past the green roof ones')).not.toContain('green');
    expect(conceptsOf('grey villas on the hill road, 200 m past the green roof ones')).toContain('grey');
  });

  it('gives the kind after "near" to the neighbour: a condo near a casino is no casino', () => {
    expect(conceptsOf('new condo near the casino, 12 floors')).not.toContain('casino');
    expect(conceptsOf('คอนโดใหม่ ใกล้คาสิโน')).not.toContain('casino');
    expect(conceptsOf('the casino near the bridge')).toContain('casino');
  });
});

describe('orchards, roofs and colours said without the word for colour (0154)', () => {
  it('reads a mango plantation in every language, and Khmer ចំការ spelt either way', () => {
    for (const text of ['compound in a mango plantation', 'ផ្ទះក្នុងចំការស្វាយ ឆ្មាំយាម', 'nha trong vuon xoai, co bao ve', 'rumah di kebun mangga, ada satpam', '芒果园里的院子', 'สวนมะม่วง']) {
      expect(conceptsOf(text), text).toContain('mango');
    }
    expect(conceptsOf('ចំការកៅស៊ូ')).toContain('plantation');
  });

  it('reads a Burmese roof\'s bare colour and Thai ฟ้า after a roof, not in ไฟฟ้า', () => {
    expect(conceptsOf('ကာစီနို ခေါင်မိုးပြာ')).toEqual(expect.arrayContaining(['blue', 'roof:blue']));
    expect(conceptsOf('โกดังหลังคาฟ้า')).toEqual(expect.arrayContaining(['blue', 'roof:blue']));
    expect(conceptsOf('โดนช็อตไฟฟ้า')).not.toContain('blue');
  });

  it('reads Khmer ស before a space as white, and a Thai old casino with a long name between', () => {
    expect(conceptsOf('អគារស មាត់ទន្លេ')).toContain('white');
    expect(conceptsOf('คาสิโนคิงส์พาเลซเก่า ริมถนน')).toContain('old casino');
  });
});

describe('boreys, Korean 담, and a neighbour told with its kind and part (0154)', () => {
  it('reads a borey, the gated estate, in every script', () => {
    for (const text of ['grey borey on the ring road', 'បុរីដំបូលខៀវ', '보레이 단지', 'ဘိုရေး အိမ်တွေ']) expect(conceptsOf(text), text).toContain('borey');
  });

  it('reads Korean 담 as the wall, not in 담배', () => {
    expect(conceptsOf('노란색 담 창고')).toContain('wall:yellow');
    expect(conceptsOf('노란 담배 가게')).not.toContain('wall:yellow');
  });

  it('gives the colour of a neighbour named with its kind and part to the neighbour', () => {
    expect(conceptsOf('បុរីដំបូលក្រហម ក្បែរបុរីដំបូលខៀវ')).not.toContain('blue');
    expect(conceptsOf('បុរីដំបូលក្រហម ក្បែរបុរីដំបូលខៀវ')).toContain('roof:red');
    expect(conceptsOf('โกดังหลังคาแดง ใกล้โกดังหลังคาสีเขียว')).not.toContain('green');
  });
});

describe('descriptions that part (0154)', () => {
  it('do not let a kind in common make two pins 80 m apart one place: a green-roofed warehouse and a blue-roofed one', () => {
    const [a, b] = [tip('Koh Kong, warehouse with a green roof by the pier'), tip('ឃ្លាំងដំបូលខៀវ កោះកុង', 80)];
    const score = scorePair(a, b);
    expect(score.reasons.map((reason) => reason.code)).toContain('other_colour');
    expect(score.reasons.find((reason) => reason.code === 'distance')!.weight).toBeLessThanOrEqual(0.25);
    expect(score.score).toBeLessThan(0.5);
  });
});
