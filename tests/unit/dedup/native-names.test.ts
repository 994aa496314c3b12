import { describe, expect, it } from 'vitest';
import { keyFeatures } from '@/lib/dedup/keys';
import { nativeLandmarks, nativeName, nativeNames } from '@/lib/dedup/native-names';
import { hanViet, khmerReading, pinyinOfHanViet } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { nameSets, textFeatures } from '@/lib/dedup/text-features';
import { tipsNear } from '../../helpers/dedup-tips';

const texts = (text: string) => nativeNames(text).map((name) => name.text);

describe('khmerReading', () => {
  it('reads the vowels by the series of the consonant they follow', () => {
    // ុ is "o" after ស (first series); ា is "a" after ខ (first series)
    expect(khmerReading('សុខា')).toBe('sokha');
    // ា after ភ (second series) is "ea": Sophea, not Sopha
    expect(khmerReading('សុភា')).toBe('sophea');
  });

  it('lets ៉ move a consonant to the first series and reads foreign digraphs as one letter', () => {
    // រ is second series ("rea"), but រ៉ា is "ra": Dara, not Darea
    expect(khmerReading('ដារ៉ា')).toBe('dara');
    // ហ្វ is "f", not "hv": Jin Fan as Khmer write it
    expect(khmerReading('ជីនហ្វាន')).toBe('chinfan');
  });
});

describe('hanViet', () => {
  it('reads the name characters a Vietnamese tipster writes in Latin letters', () => {
    expect(hanViet('金帆')).toBe('kimpham');
    expect(hanViet('金莲湾')).toBe('kimlienloan');
  });
});

describe('pinyinOfHanViet', () => {
  it('reads a Vietnamese name of Chinese origin in pinyin, every reading of each syllable', () => {
    expect(pinyinOfHanViet(['kim', 'pham'])).toEqual(['jinfan']);
    // hoàng is 黄/皇/凰 (huang) or 宏 (hong)
    expect(pinyinOfHanViet(['hoang', 'gia']).sort()).toEqual(['hongjia', 'huangjia']);
    // a syllable outside the table, or too many readings: none
    expect(pinyinOfHanViet(['kim', 'xyz'])).toEqual([]);
    expect(pinyinOfHanViet(['hoang', 'hoang', 'hoang'])).toEqual([]);
  });

  it('gives a Vietnamese name written with its marks its pinyin, not an English one', () => {
    expect(nameSets('tôi trốn ra từ khu Kim Phàm ở Otres').joined.get('jinfan')).toEqual(['kim', 'pham']);
    expect(nameSets('The Long Bay Hotel is past the bridge').joined.has('longwan')).toBe(false);
  });
});

describe('nativeNames', () => {
  it('takes the Chinese name before a kind of place, without the town or the words before it', () => {
    expect(texts('救救我弟弟 他在西港金帆园区3号楼 护照被老板收走了')).toEqual(['金帆']);
    expect(texts('西港奥特雷斯路那边的金帆园区，三栋蓝色玻璃楼')).toEqual(['金帆']);
    // "不像酒店" is "not like a hotel"; "中介公司" is "an agency"
    expect(texts('晚上灯一直亮着，不像酒店')).toEqual([]);
    expect(texts('开了个中介公司 说招客服')).toEqual([]);
  });

  it('takes a Chinese name after "called", in brackets, or alone between spaces when made of name characters', () => {
    expect(texts('负责招人的叫李伟强')).toContain('李伟强');
    expect(texts('시아누크빌 진롄완(金莲湾) 단지')).toEqual(expect.arrayContaining(['金莲湾', '진롄완']));
    expect(texts('奥斯马 皇玉 11楼 绿色玻璃楼')).toContain('皇玉');
    // a town, "help", "US dollars" are not names
    expect(texts('金边 求救 美金 出不来')).toEqual([]);
  });

  it('takes the Khmer, Thai, Korean and Burmese name after or before the word that marks it', () => {
    expect(texts('មានមេខ្យល់ឈ្មោះ សុខា មកភូមិខ្ញុំ')).toEqual(['សុខា']);
    expect(texts('គេហៅថា ជីនហ្វាន មានសន្តិសុខ')).toEqual(['ជីនហ្វាន']);
    expect(texts('អូរស្មាច់ កាស៊ីណូ ឥន្ទ្រីមាស មាន')).toEqual(['ឥន្ទ្រីមាស']);
    expect(texts('ติดด่านช่องจอม คาสิโนโกลเด้นอีเกิ้ล มีคนอินโดฯ')).toEqual(['โกลเด้นอีเกิ้ล']);
    expect(texts('림 국립공원 근처 블루코랄 단지, 하얀 건물')).toEqual(['블루코랄']);
  });

  it('does not take what is said of the place for its name', () => {
    // "an old yellow hotel", "a pink building", "outwardly a hotel", "in the town"
    expect(texts('សណ្ឋាគារចាស់ពណ៌លឿង មានសន្តិសុខ')).toEqual([]);
    expect(texts('โรงแรมสีชมพู ๗ ชั้น')).toEqual([]);
    expect(texts('겉으론 호텔인데 안에 사기 사무실 있음')).toEqual([]);
    // a concept word is not a name, a name word is (凤凰: phoenix, also read as its English word, 0157)
    expect(nativeName('빌딩')).toBeNull();
    expect(nativeName('凤凰')?.readings).toEqual(['fenghuang', 'phuonghoang', 'phoenix']);
  });

  it('reads each name in Latin letters and by its consonants', () => {
    expect(nativeName('金帆')).toMatchObject({ script: 'han', readings: ['jinfan', 'kimpham'], skeleton: 'CNPN' });
    expect(nativeName('ជីនហ្វាន')).toMatchObject({ script: 'khmer', readings: ['chinfan'], skeleton: 'CNPN' });
    expect(nativeName('진판')).toMatchObject({ script: 'hangul', readings: ['jinpan'], skeleton: 'CNPN' });
    // Thai with its written vowels (decision 0134)
    expect(nativeName('จินฟาน')).toMatchObject({ script: 'thai', readings: ['chinfan'], skeleton: 'CNPN' });
  });
});

describe('nativeLandmarks', () => {
  it('takes a Chinese name given as "not far from" or "near" as a landmark', () => {
    expect(nativeLandmarks('巴域 福禄园区 白色四层楼 离金时代不远 但不是同一个')).toEqual(['金时代']);
    expect(nativeLandmarks('在西港金帆附近')).toEqual(['金帆']);
  });
});

describe('name words of a Chinese name', () => {
  it('reads the characters of a Chinese name as the name words a translation gives, not running text', () => {
    // 金莲湾 "Golden Lotus Bay": 莲 is lotus; 皇玉 "Royal Jade": royal and jade
    expect(textFeatures('我在西港金莲湾园区').concepts.concepts).toContain('lotus');
    expect([...textFeatures('奥斯马 皇玉 11楼').concepts.concepts]).toEqual(expect.arrayContaining(['royal', 'emerald']));
    // 月 in 每个月 is "month", 海 in 海边 "seaside": no name, no name word
    expect([...textFeatures('每个月都有人从海边被带进来').concepts.concepts]).not.toEqual(expect.arrayContaining(['moon']));
  });
});

describe('keys of names written in another script', () => {
  it('keys 金帆 by its pinyin, its Hán-Việt and its consonants, as "Jin Fan" and ជីនហ្វាន are keyed', () => {
    const chinese = keyFeatures(textFeatures('他在西港金帆园区3号楼 护照被老板收走了')).names;
    expect(chinese).toEqual(expect.arrayContaining(['n:jinfan', 'n:kimpham', 's:CNPN']));
    expect(keyFeatures(textFeatures('Jin Fan company on Otres road')).names).toEqual(expect.arrayContaining(['n:jinfan', 's:CNPN']));
    expect(keyFeatures(textFeatures('tôi trốn ra từ khu Kim Phàm ở Otres')).names).toContain('n:kimpham');
    expect(keyFeatures(textFeatures('គេហៅថា ជីនហ្វាន មានសន្តិសុខ')).names).toContain('s:CNPN');
  });

  it('keys a short name by its reading only: two consonants are shared by too many names', () => {
    const keys = keyFeatures(textFeatures('មានមេខ្យល់ឈ្មោះ សុខា មកភូមិខ្ញុំ')).names;
    expect(keys).toContain('n:sokha');
    expect(keys.filter((key) => key.startsWith('s:'))).toEqual([]);
  });
});

const tip = tipsNear(10.6, 103.55);
const scriptNames = (a: string, b: string, north = 0) => scorePair(tip(a), tip(b, north)).reasons.find((reason) => reason.code === 'script_names');

describe('scorePair with names written in another script', () => {
  const chinese = '救救我弟弟 他在西港金帆园区3号楼 护照被老板收走了';

  it('meets 金帆 in Latin letters, in Hán-Việt, in Khmer letters and in other Chinese text', () => {
    expect(scriptNames(chinese, 'My brother is held in the Jin Fan compound, Otres road')).toMatchObject({ names: ['金帆 (jinfan)'], weight: 0.4 });
    expect(scriptNames(chinese, 'tôi trốn ra từ khu Kim Phàm ở Otres Kompong Som')).toMatchObject({ names: ['金帆 (jinfan)'] });
    expect(scriptNames(chinese, 'ផ្លូវអូរត្រេះ គេហៅថា ជីនហ្វាន មានសន្តិសុខ')).toMatchObject({ names: ['ជីនហ្វាន (chinfan)', '金帆 (jinfan)'] });
    expect(scriptNames(chinese, '西港奥特雷斯路那边的金帆园区，三栋蓝色玻璃楼')).toMatchObject({ names: ['金帆 (jinfan)'] });
    // pinyin is exact: "Jin Long" is another compound
    expect(scriptNames(chinese, 'My brother is held in the Jin Long compound')).toBeUndefined();
  });

  it('meets a Vietnamese name of Chinese origin and the same name in pinyin', () => {
    const score = scorePair(tip('tôi mới trốn ra được từ khu Kim Phàm ở Otres'), tip('ကျွန်မ သမီး Otres လမ်း Jin Fan ကုမ္ပဏီ ထဲမှာ'));
    expect(score.reasons.find((reason) => reason.code === 'names')).toMatchObject({ names: ['kim', 'pham'], weight: 0.45 });
  });

  it('meets a Khmer name and its Latin spelling, also where the Khmer is not marked as a name', () => {
    expect(scriptNames('មានមេខ្យល់ឈ្មោះ សុខា មកភូមិខ្ញុំ', 'Broker named Sokha recruits young people')).toMatchObject({ names: ['សុខា (sokha)'] });
    expect(scriptNames('សុខា ជាមេខ្យល់ រកក្មេងទៅធ្វើការ', 'Broker named Sokha recruits young people')).toMatchObject({ names: ['sokha'] });
    expect(scriptNames('មានមេខ្យល់ឈ្មោះ សុខា មកភូមិខ្ញុំ', 'Broker named Sophea recruits young people')).toBeUndefined();
  });

  it('says two names in one script that do not meet are two places, even side by side', () => {
    const score = scorePair(tip(chinese), tip('我在西港银河园区 出不来', 30));
    expect(score.reasons.map((reason) => reason.code)).toContain('names_differ');
    expect(score.score).toBeLessThan(0.5);
  });

  it('takes a tip "not far from 金时代" for another place than 金时代', () => {
    const score = scorePair(tip('木牌对面巴域 金时代园区 六楼 绿色铁皮围墙'), tip('巴域 福禄园区 白色四层楼 离金时代不远 但不是同一个', 100));
    expect(score.reasons.find((reason) => reason.code === 'landmark')).toMatchObject({ names: ['金时代'] });
    expect(score.score).toBeLessThan(0.5);
  });
});

describe('a Thai name with สี inside a syllable (เสี่ยว, "Xiao")', () => {
  // Every text here is invented for the test.
  it('reads เสี่ยวหลง after ชื่อ as a name, while สีขาว after a kind is still the colour', () => {
    expect(texts('ชายจีนชื่อเสี่ยวหลง ชวนคนไปทำงานที่ปอยเปต')).toEqual(['เสี่ยวหลง']);
    expect(texts('ตึกสีขาว ๕ ชั้น')).toEqual([]);
  });
});
