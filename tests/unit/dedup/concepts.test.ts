import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { conceptFeatures, conceptLabel, hanNumber } from '@/lib/dedup/concepts';
import { compactLatin, containsApprox, hanViet, romanise, skeleton, spokenSkeleton } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(10.62, 103.52);
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

  it('reads an English plural the list does not spell as its term, and no word that only ends like one', () => {
    expect(codes('two pagodas and the markets by the bridges')).toEqual(expect.arrayContaining(['pagoda', 'market', 'bridge']));
    expect(codes('speedboats at the jetties')).toContain('boat');
    expect(codes('the garment factories')).toEqual(expect.arrayContaining(['garment factory', 'warehouse']));
    // Only those endings: a term that goes on as another word is not read ("bridgework", "redstone", "signal").
    expect(codes('bridgework')).not.toContain('bridge');
    expect(codes('redstone')).not.toContain('red');
    expect(codes('signal')).not.toContain('sign');
  });

  it('reads a compound written open, hyphenated or closed as its term, and no pair that only spells one', () => {
    for (const text of ['a check point', 'the check-point', 'two check points']) expect(codes(text), text).toContain('checkpoint');
    expect(codes('a guest house, then the ware-house')).toEqual(expect.arrayContaining(['hotel', 'warehouse']));
    expect(codes('grey shop-houses, a high rise')).toEqual(expect.arrayContaining(['shophouse', 'tower', 'grey']));
    expect(codes('Kohkong, Tuolkork, barbedwire')).toEqual(expect.arrayContaining(['koh kong', 'tuol kork', 'wire']));
    // The place kept where a written-together word is a word of another term: "Meanchey" alone is not Mean Chey district.
    expect(codes('Meanchey')).not.toContain('mean chey');
    expect(codes('Banteay Meanchey')).toContain('banteay meanchey');
    // Two words that spell a term by chance, and say something else.
    expect(codes('a man goes in')).not.toContain('mango');
    expect(codes('round about 300 m away')).not.toContain('roundabout');
  });

  it('reads Khmer typed in another order as Khmer in Unicode order: the witness, the name and its words', () => {
    // The subscript ro typed before the other subscript (ឥន្រ្ទី for ឥន្ទ្រី, an eagle), the nikahit before the vowel
    // (ខ្ញំុ for ខ្ញុំ, "I": a witness's own white building, not a neighbour's). Both render as the other does.
    for (const [typed, unicode] of [
      ['ខ្ញំុលក់បាយនៅក្បែរអគារពណ៌ស', 'ខ្ញុំលក់បាយនៅក្បែរអគារពណ៌ស'],
      ['កាស៊ីណូឥន្រ្ទីមាស ខេត្តកោះកុង', 'កាស៊ីណូឥន្ទ្រីមាស ខេត្តកោះកុង'],
    ] as const) {
      expect(typed).not.toBe(unicode);
      const [read, meant] = [textFeatures(typed), textFeatures(unicode)];
      expect([...read.concepts.concepts].sort(), typed).toEqual([...meant.concepts.concepts].sort());
      expect(read.scripts.names.map((name) => name.text), typed).toEqual(meant.scripts.names.map((name) => name.text));
    }
    expect([...textFeatures('ខ្ញំុលក់បាយនៅក្បែរអគារពណ៌ស').concepts.concepts]).toContain('white');
    expect([...textFeatures('កាស៊ីណូឥន្រ្ទីមាស ខេត្តកោះកុង').concepts.concepts]).toContain('eagle');
  });

  it('reads Burmese typed in the Zawgyi encoding as the Unicode it stands for, and leaves Unicode Burmese as it is', () => {
    // ဆီဟာနုဗီးလ် ၇ထပ် အဆောက်အအုံ အဖြူရောင် ဆူးကြိုး (Sihanoukville, a seven-storey white building, barbed wire), in Zawgyi.
    const unicode = 'ဆီဟာနုဗီးလ် ၇ထပ် အဆောက်အအုံ အဖြူရောင် ဆူးကြိုး';
    const zawgyi = 'ဆီဟာႏုဗီးလ္ ၇ထပ္ အေဆာက္အအံု အျဖဴေရာင္ ဆူးႀကိဳး';
    const [read, meant] = [textFeatures(zawgyi), textFeatures(unicode)];
    expect([...read.concepts.concepts].sort()).toEqual([...meant.concepts.concepts].sort());
    expect([...read.concepts.concepts]).toEqual(expect.arrayContaining(['sihanoukville', 'building', 'white', 'wire']));
    expect([...read.concepts.floors]).toEqual([7]);
    // A Unicode text is never converted: the detector does not take it for Zawgyi.
    expect([...textFeatures('ရွှေအမိုးခုံး ကာစီနို').concepts.concepts]).toEqual(expect.arrayContaining(['gold', 'dome', 'casino']));
    const pair = scorePair(tip(zawgyi), tip(unicode, 300));
    expect(pair.score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads Latin typed full-width, and a Latin term run into Chinese or Thai letters', () => {
    const fullWidth = textFeatures('Ｇｏｌｄｅｎ Ｌｏｔｕｓ ｈｏｔｅｌ，７ ｆｌｏｏｒｓ');
    expect([...fullWidth.concepts.concepts]).toEqual(expect.arrayContaining(['hotel', 'lotus']));
    expect([...fullWidth.concepts.floors]).toEqual([7]);
    expect(codes('西港KTV大楼')).toEqual(expect.arrayContaining(['karaoke', 'sihanoukville']));
    expect(codes('金边NagaWorld赌场')).toContain('naga world');
    expect(codes('ตึกKTVสีขาว')).toContain('karaoke');
    // Still whole Latin words: KTV in a longer Latin word is not one.
    expect(codes('西港KTVX大楼')).not.toContain('karaoke');
  });

  it("reads a town's Chinese name written in pinyin as the town, and no short pinyin", () => {
    expect(codes('xigang duchang')).toContain('sihanoukville');
    expect(codes('Jinbian, near the market')).toEqual(expect.arrayContaining(['phnom penh', 'market']));
    expect(codes('Bobei casino')).toEqual(expect.arrayContaining(['poipet', 'casino']));
    // Not a shorter one: 巴域 (Bavet) is bayu, and Bayu is an Indonesian name and word ("wind").
    expect(codes('Pak Bayu bilang ada gedung')).not.toContain('bavet');
  });

  it('reads "storied" and "storeyed" as storeys, not as a count of buildings', () => {
    expect([...conceptFeatures('an eight-storied building').floors]).toEqual([8]);
    const storeyed = conceptFeatures('5 storeyed buildings');
    expect([...storeyed.floors]).toEqual([5]);
    expect([...storeyed.concepts]).not.toContain('buildings:5');
  });

  it('reads a term with the Indonesian -nya ("its", "the"), and no word that only ends in it', () => {
    expect(codes('gedungnya 7 lantai, pagarnya tinggi, atapnya merah, di pasarnya')).toEqual(expect.arrayContaining(['building', 'fence', 'rooftop', 'market']));
    expect(codes('kasinonya besar')).toContain('casino');
    expect(codes('hanya punya tanya')).toEqual([]);
    // Indonesian "bisnis" (business) starts with bis (a bus) and goes on with letters that are no ending.
    expect(codes('bisnis online')).not.toContain('bus');
  });

  it('reads Chinese in traditional characters as the simplified: concepts, floors, town and name', () => {
    const traditional = textFeatures('金邊 恆發園區 七層白色大樓 紅色屋頂 有鐵絲網 賭場後面');
    const simplified = textFeatures('金边 恒发园区 七层白色大楼 红色屋顶 有铁丝网 赌场后面');
    expect([...traditional.concepts.concepts].sort()).toEqual([...simplified.concepts.concepts].sort());
    expect([...traditional.concepts.concepts]).toEqual(expect.arrayContaining(['phnom penh', 'tower', 'rooftop', 'wire']));
    expect([...traditional.concepts.floors]).toEqual([7]);
    expect(traditional.scripts.names.map((name) => name.text)).toEqual(simplified.scripts.names.map((name) => name.text));
    const pair = scorePair(tip('金邊 恆發園區 七層白色大樓 紅色屋頂'), tip('金边 恒发园区 七层白色大楼 红色屋顶', 600));
    expect(pair.score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads Chinese numerals and keeps "the 5th floor" (五楼) apart from "five storeys" (五层)', () => {
    expect(hanNumber('七')).toBe(7);
    expect(hanNumber('十二')).toBe(12);
    expect(hanNumber('二十')).toBe(20);
    expect(hanNumber('三十五')).toBe(35);
    expect([...conceptFeatures('十二层的大楼').floors]).toEqual([12]);
    expect([...conceptFeatures('三楼到五楼都是盘').floors]).toEqual([]);
  });

  it('reads a number after a floor word as which floor, not a count of buildings', () => {
    for (const text of ['bị giữ ở tầng 7 toà giữa', 'ชั้น 7 อาคาร B', 'floor 7 block C']) expect(codes(text).filter((id) => id.startsWith('buildings:')), text).toEqual([]);
    expect(codes('3 tòa nhà 9 tầng')).toContain('buildings:3');
  });

  it('reads the name words eagle and dragon, and Paradise spelt in Khmer, in every script', () => {
    for (const text of ['Golden Eagle casino', 'คาสิโนโกลเด้นอีเกิ้ล', 'កាស៊ីណូ ឥន្ទ្រីមាស', '金鹰赌场', 'sòng bạc đại bàng vàng', '골든 이글 카지노']) expect(codes(text), text).toContain('eagle');
    for (const text of ['Lucky Dragon casino', '波贝金龙娱乐城', 'คาสิโนลัคกี้ดราก้อน', 'sòng bạc rồng vàng']) expect(codes(text), text).toContain('dragon');
    expect(codes('កាស៊ីណូ ផារ៉ាដាយបេ')).toContain('paradise');
  });

  it("places the Chong Chom crossing at O'Smach, not at Cham Yeam", () => {
    expect(codes('ติดด่านช่องจอม')).toContain("o'smach");
    expect(codes('ติดด่านช่องจอม')).not.toContain('cham yeam');
    expect(codes('ด่านหาดเล็ก')).toContain('cham yeam');
  });

  it('does not read Vietnamese lừa đảo (to swindle) as an island', () => {
    expect(codes('bị bắt làm lừa đảo online')).not.toContain('island');
    expect(codes('ở trên đảo')).toContain('island');
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
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: ['天宫 (tiangong)'] }));
  });

  it('counts another floor count and another colour against two compounds 150 m apart', () => {
    const result = scorePair(tip('Yellow casino, 9 floors, guards and buses.'), tip('Blue glass tower, 12 floors, guards and buses.', 150));
    expect(result.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['other_floors', 'other_colour']));
    expect(result.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });
});

describe('what every tipster sees from outside, in every script (issue 8)', () => {
  const buildings = (text: string) => [...conceptFeatures(text).concepts].filter((id) => id.startsWith('buildings:'));

  it('reads building counts with the counter of each language, but not a building number', () => {
    // Two blocks of one compound, as eight tipsters wrote it.
    for (const text of ['2 tall buildings', 'two white blocks', '2 gedung abu perak', '2 tòa nhà màu xám', 'ตึก ๒ หลัง', 'អគារ ២ខ្នង', 'ពីរខ្នង', '两栋银灰色楼', '건물 2채', '2개 동', 'အဆောက်အအုံ ၂ လုံး']) {
      expect(buildings(text), text).toEqual(['buildings:2']);
    }
    expect(buildings('五栋楼')).toEqual(['buildings:5']);
    // 101동 is building number 101; one building is not a count worth comparing.
    expect(buildings('101동 3층')).toEqual([]);
    expect(buildings('1 building')).toEqual([]);
  });

  it('weighs the same building count for, and another against', () => {
    const same = scorePair(tip('Bavet, 2 grey buildings, 10 floors'), tip('បាវិត អគារពណ៌ប្រផេះ ២ខ្នង ១០ជាន់', 300));
    expect(same.reasons).toContainEqual(expect.objectContaining({ code: 'buildings', buildings: [2] }));
    const other = scorePair(tip('Bavet, 2 grey buildings'), tip('Bavet, 5 grey buildings', 300));
    expect(other.reasons.map((reason) => reason.code)).toContain('other_buildings');
    // "2" is a count here, not a shared number on top.
    expect(same.reasons.map((reason) => reason.code)).not.toContain('numbers');
  });

  it('reads a colour that Khmer and Thai write without the word for colour, and gold as kin of yellow', () => {
    expect(codes('អគារក្រហមលាយលឿង')).toEqual(expect.arrayContaining(['red', 'yellow']));
    expect(codes('ตึกทอง ๑๕ ชั้น')).toContain('gold');
    expect(codes('ตึกสีขาวชมพู')).toEqual(expect.arrayContaining(['white', 'pink']));
    const kin = scorePair(tip('casino 15 tầng màu vàng'), tip('កាស៊ីណូ អគារពណ៌មាស ១៥ជាន់', 200));
    expect(kin.reasons.map((reason) => reason.code)).not.toContain('other_colour');
  });

  it("leaves a neighbour's colour to the neighbour", () => {
    expect(codes('Purple compound, 4 buildings, next to the orange compound')).toEqual(expect.arrayContaining(['purple']));
    expect(codes('Purple compound, 4 buildings, next to the orange compound')).not.toContain('orange');
    expect(codes('มีคอมพาวด์ตึกสีม่วง อยู่ถัดจากคอมพาวด์สีส้มไม่ไกล')).not.toContain('orange');
    expect(codes('ជិតសណ្ឋាគារពណ៌លឿង តែមិនមែនសណ្ឋាគារទេ')).not.toContain('yellow');
    // "Near the market there is a white building": the white is the tip's own.
    expect(codes('ជិតផ្សារ មានអគារពណ៌ស')).toContain('white');
    expect(codes('gần chợ, nhà 3 tầng màu xanh dương')).toContain('blue');
  });

  it('reads Chinese colours run together or said with the building, and cream as kin of yellow', () => {
    expect(codes('一栋蓝白色的五层楼')).toEqual(expect.arrayContaining(['blue', 'white']));
    expect(codes('红顶五层楼')).toContain('red');
    expect(codes('四层白楼')).toContain('white');
    // 白马 is Kep, 黑膜 a window film: neither is a colour of the building.
    expect(codes('白马 贴了黑膜')).toEqual(['kep']);
    const cream = scorePair(tip('波贝 天宫 八层 米黄色 赌场楼'), tip('ปอยเปต สกายพาเลซ สีครีม ๘ ชั้น คาสิโน', 300));
    expect(cream.reasons.map((reason) => reason.code)).not.toContain('other_colour');
  });

  it('reads a floor count, not which floor someone is on', () => {
    expect([...conceptFeatures('มีวิลล่าสีขาว ๔ ชั้น ๓ หลังติดกัน อยู่หลังที่ ๒ ชั้น ๓').floors]).toEqual([4]);
    expect([...conceptFeatures('20층 쌍둥이 아파트, 조카가 17층에 있어요').floors]).toEqual([20]);
    expect([...conceptFeatures('tòa nhà 9 tầng, tôi ở tầng thứ 5').floors]).toEqual([9]);
  });

  it('knows the other spellings of towns and the landmarks everyone names', () => {
    for (const text of ['시하누크빌', 'kompong saom', 'ဆီဟာနုဗီးလ်']) expect(codes(text), text).toContain('sihanoukville');
    for (const text of ['ភ្នំជ័យជំនះ (Victory Hill)', 'แถววิคตอรี่ฮิลล์', '빅토리힐']) expect(codes(text), text).toContain('victory hill');
    for (const text of ['near the railway', 'ใกล้ทางรถไฟ', '철길 근처', 'ရထားလမ်းနား']) expect(codes(text), text).toContain('railway');
    expect(codes('ဆီဟာနုဗီးလ် အထူးစီးပွားရေးဇုန် (SEZ)')).toContain('sez');
    // Korean 절 (temple) is not the end of 두절 ("cut off").
    expect(codes('남편이 연락 두절')).not.toContain('pagoda');
    expect(codes('강가 절 근처에 있는 건물')).toContain('pagoda');
  });

  it('reads roads in Chinese numerals and names places and compound types in every script', () => {
    expect([...conceptFeatures('金边往巴域方向一号公路').roads]).toEqual([1]);
    expect([...conceptFeatures('二十一号公路').roads]).toEqual([21]);
    expect(codes('ខេត្តពោធិ៍សាត់ ក្បែរស្ពាន')).toEqual(expect.arrayContaining(['pursat', 'bridge']));
    // A garment factory is also a factory, whichever way it is written.
    expect(codes('រោងចក្រកាត់ដេរចាស់')).toEqual(expect.arrayContaining(['garment factory', 'warehouse']));
    expect(codes('以前是制衣厂')).toContain('garment factory');
  });

  it('reads translated words of compound names as one concept', () => {
    for (const text of ['Casino Emperor', 'casino Đế Vương', 'เขาเรียกว่า จักรพรรดิ', 'កាស៊ីណូ អធិរាជ', '帝王赌场', '황제 카지노']) expect(codes(text), text).toContain('emperor');
    for (const text of ['Phoenix Garden', '凤凰园', 'Khu Phượng Hoàng', '피닉스 가든']) expect(codes(text), text).toContain('phoenix');
    // Where both tips give comparable names, the names decide, not the word again.
    const named = scorePair(tip('Phoenix Garden compound'), tip('Phoenix Tower compound', 100));
    expect(named.reasons.find((reason) => reason.code === 'concepts')).toBeUndefined();
  });
});

describe('transliteration as the ear hears it', () => {
  it('treats b, p, f and v as one sound class: Korean and Burmese have no f', () => {
    expect(skeleton(romanise('피닉스'))).toBe(spokenSkeleton('phoenix'));
    expect(skeleton('fortune')).toBe(skeleton('portune'));
  });

  it('drops the letters Thai and Khmer mark silent, and English r after a vowel', () => {
    expect(skeleton(romanise('ซิลเวอร์'))).toBe('SL');
    expect(skeleton(romanise('ពោធិ៍សាត់'))).toBe(skeleton('posat'));
    expect(spokenSkeleton('Silver Moon')).toBe(skeleton(romanise('ស៊ីលវើមូន')));
    expect(spokenSkeleton('Silver Moon')).toBe(skeleton(romanise('실버문')));
  });

  it('finds a long name one consonant apart, not a short one', () => {
    expect(containsApprox('XXPLCNKTXX', 'PLTNKT', 1)).toBe(true);
    expect(containsApprox('XXPLCNKTXX', 'PLTNKT', 0)).toBe(false);
    expect(containsApprox('KNPLSKN', 'KNPT', 0)).toBe(false);
  });

  it('matches "Fortune Gate" with its Khmer spelling, and "Silver Moon" with its Korean one', () => {
    const gate = scorePair(tip('Kakak saya kerja di kasino Fortune Gate di Bavet, 12 lantai'), tip('បាវិត កាស៊ីណូ ហ្វរឆូនហ្គេត ១២ជាន់', 400));
    expect(gate.reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: ['fortune gate'] }));
    const moon = scorePair(tip('Bavet, Silver Moon, 2 gedung'), tip('바벳 실버문 건물 2채', 300));
    expect(moon.reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: ['silver moon'] }));
  });

  it('does not read a name into Chinese by a near match: pinyin is exact', () => {
    const result = scorePair(tip('西港奥特斯 金湾园区 三栋红顶六层楼 寺庙旁边 林老板的'), tip("Otres, ada ruko 5 lantai, tulisan 'Xin Yi Trading 鑫益'", 400));
    expect(result.reasons.map((reason) => reason.code)).not.toContain('script_names');
  });

  it('does not read a name into a Khmer phrase that only starts with its consonants', () => {
    // "កូនប្រុសខ្ញុំ" (my son) starts with the consonants of "Ocean Pearl".
    const result = scorePair(tip('កូនប្រុសខ្ញុំ ត្រូវគេនាំទៅធ្វើការនៅកោះកុង'), tip('Koh Kong, hotel kasino Ocean Pearl 10 lantai', 300));
    expect(result.reasons.map((reason) => reason.code)).not.toContain('script_names');
  });
});
