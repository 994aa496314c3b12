import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '@/lib/dedup/config';
import { conceptFeatures, hanNumber } from '@/lib/dedup/concepts';
import { keyFeatures } from '@/lib/dedup/keys';
import { nativeName, nativeNames } from '@/lib/dedup/native-names';
import { romanise, skeleton } from '@/lib/dedup/romanise';
import { type DedupTip, scorePair } from '@/lib/dedup/score-pair';
import { nameSets, numberTokens, textFeatures } from '@/lib/dedup/text-features';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0136: names that cross scripts by translation, by a loanword's spelling or by a
// Burmese sound, and sums written in thousands. Every name here is invented for the test.
const tip = tipsNear(13.66, 102.56);
const scriptNames = (a: string, b: string, north = 0, overrides: Partial<DedupTip> = {}) =>
  scorePair(tip(a, 0, overrides), tip(b, north, overrides)).reasons.find((reason) => reason.code === 'script_names');
const texts = (text: string) => nativeNames(text).map((name) => name.text);

describe('a Chinese name of name words', () => {
  it('reads as its English words, and is keyed by them', () => {
    // 虎冠: tiger, crown
    expect(nativeName('虎冠')?.readings).toContain('tigercrown');
    expect(keyFeatures(textFeatures('西港虎冠大楼，九楼')).names).toContain('n:tigercrown');
    // 冠华: 华 is no name word, so no translation
    expect(nativeName('冠华')?.readings).not.toContain('crown');
  });

  it('is taken before a floor, and meets its English name 2.5 km away', () => {
    expect(texts('波贝虎冠九楼，老板打人')).toEqual(['虎冠']);
    expect(texts('我住在三楼')).toEqual([]);
    // the name before a kind was taken already; the kind before the floor is no name
    expect(texts('西港蓝鲸大楼十二楼')).toEqual(['蓝鲸']);
    expect(scriptNames('波贝虎冠九楼，老板打人', 'Tiger Crown building in Poipet, 9 floors, workers held', 2_500)?.weight).toBe(WEIGHTS.scriptNames);
  });
});

describe('names after an old hotel and before a court', () => {
  it('takes the Thai name after "old hotel", the Chinese one before 苑', () => {
    // ซากุระการ์เด้น "Sakura Garden"; 海棠苑 "Begonia Court"
    expect(texts('โรงแรมเก่าซากุระการ์เด้น กลายเป็นที่หลอกลวง')).toEqual(['ซากุระการ์เด้น']);
    expect(texts('โรงแรมเก่า ๕ ชั้น')).toEqual([]);
    expect(texts('暹粒海棠苑，以前是酒店')).toEqual(['海棠']);
  });
});

describe('a Chinese trade name after a place', () => {
  it('takes the last two of four characters before the kind, and meets their pinyin as a whole Khmer word', () => {
    // 桑科 a place, 海鹰 "Sea Eagle" the trade name; ហៃយីង is "haiying"
    expect(texts('桑科海鹰园区，七层')).toEqual(['桑科海鹰', '海鹰']);
    expect(scriptNames('桑科海鹰园区，绿色七层', 'ហៃយីង អគារពណ៌បៃតង ៧ជាន់', 400)?.names).toEqual(['海鹰 (haiying)']);
  });
});

describe("a Thai loanword's silenced letters", () => {
  it('are read in a second skeleton, the English spelling letter for letter', () => {
    // สตาร์ทาวเวอร์ "Star Tower": r, r silenced by ์; without them the skeleton is "ST", too short
    const name = nativeNames('ตึกสตาร์ทาวเวอร์ ปอยเปต สูง ๙ ชั้น')[0];
    expect(name?.text).toBe('สตาร์ทาวเวอร์');
    expect(name?.skeleton).toBe('ST');
    expect(name?.spelt).toBe(skeleton('startower'));
    expect(scriptNames('ตึกสตาร์ทาวเวอร์ ปอยเปต สูง ๙ ชั้น', 'Star Tower Poipet, 9 floors', 2_500)).toBeDefined();
  });

  it('a tall building is not a name', () => {
    expect(texts('ตึกสูง ๙ ชั้น')).toEqual([]);
  });
});

describe('Burmese sounds', () => {
  it('reads ချ as ch and the rhyme ိုင် without a final n', () => {
    // ထောင်ချိုင် "Thongchai"; ထိုင်း "Thai"
    expect(skeleton(romanise('ထောင်ချိုင်'))).toBe(skeleton('thongchai'));
    expect(skeleton(romanise('ထိုင်း'))).toBe('T');
  });

  it('takes the name after ပွဲစား (broker), and meets it in Thai', () => {
    const burmese = 'ပွဲစား ထောင်ချိုင် က စက်ရုံအလုပ်ပေးမယ်ဆိုပြီး ခေါ်သွားတယ်။';
    expect(texts(burmese)).toEqual(['ထောင်ချိုင်']);
    expect(scriptNames('นายหน้าชื่อทองชัย รับคนไปทำงานโรงงาน', burmese, 900, { category: 'RECRUITER' })).toBeDefined();
  });
});

describe('sums in thousands', () => {
  it('reads a thousands comma and a k as one number, never as long as a phone', () => {
    expect([...numberTokens('salary 42k baht')]).toEqual(['42000']);
    expect([...numberTokens('เงินเดือน ๔๒,๐๐๐ บาท')]).toEqual(['42000']);
    expect([...numberTokens('1,500,000 riel')]).not.toContain('1500000');
    expect([...numberTokens('rooms 1, 2 and 3; 5km away')]).toEqual(['1', '2', '3', '5']);
  });
});

describe('plants compounds are named after', () => {
  it('are name words in every script', () => {
    for (const text of ['Sunflower Tower', '向日葵大厦', 'ตึกทานตะวัน', 'နေကြာတာဝါ']) expect(conceptFeatures(text).concepts.has('sunflower')).toBe(true);
    for (const text of ['Bamboo Garden', 'แบมบูการ์เด้น', '뱀부 가든']) expect(conceptFeatures(text).concepts.has('bamboo')).toBe(true);
    for (const text of ['Banyan Residence', '榕树山庄', 'แบนยันเรสซิเดนซ์']) expect(conceptFeatures(text).concepts.has('banyan')).toBe(true);
  });
});

describe('a person by a title and a name', () => {
  const recruiter = { category: 'RECRUITER' } as const;

  it('takes a Chinese given name before a kinship title, not a kinship term', () => {
    expect(texts('明哥在波贝招人')).toEqual(['明哥']);
    for (const text of ['我姐在西港', '大哥说', '小姐', '表姐', '姐姐', '三姐']) expect(texts(text)).toEqual([]);
  });

  it('meets the same person named after a Vietnamese title, weighed as a short name', () => {
    // 明 is "ming" in pinyin and "minh" in Hán-Việt; 一千五美金 is 1500 dollars
    const chinese = '明哥在波贝招越南人，说是工厂工作，一千五美金';
    const vietnamese = 'Anh Minh tuyển người ở Poipet làm công nhân, lương 1500 đô';
    // Both place him in Poipet: a name and the town he works in weigh as two names (0165); without the town, a short name.
    expect(scriptNames(chinese, vietnamese, 800, recruiter)?.weight).toBe(WEIGHTS.scriptNames);
    expect(scriptNames('明哥招越南人，说是工厂工作，一千五美金', vietnamese, 800, recruiter)?.weight).toBe(WEIGHTS.scriptName);
    expect(keyFeatures(textFeatures(chinese)).names).toContain('n:minh');
    expect(scorePair(tip(chinese, 0, recruiter), tip(vietnamese, 800, recruiter)).reasons.find((reason) => reason.code === 'numbers')).toMatchObject({ numbers: ['1500'] });
  });

  it('takes a Korean surname before a title, spelt as Koreans spell it', () => {
    expect(nativeNames('공항에서 최실장이 픽업')[0]).toMatchObject({ text: '최실장', readings: expect.arrayContaining(['choi']), person: true });
    // 이사장 is a chairman
    expect(texts('이사장님이 왔다')).toEqual([]);
    expect([...nameSets('picked up by mr choi at the airport').subjects]).toEqual(['choi']);
    expect([...nameSets('Mr Choi picked us up').subjects]).toEqual(['choi']);
    // not after a Vietnamese title: "chị ấy" is "she"
    expect([...nameSets('chị ấy bị giữ ở tầng 5').subjects]).toEqual([]);
    expect(scriptNames('공항에서 최실장이 픽업해서 바벳으로 데려감', 'mr choi picked us up at the airport and drove us to bavet', 600, recruiter)).toBeDefined();
  });
});

describe('Chinese numbers in thousands', () => {
  it('reads 千 and 万, and a last digit after them as the next unit down', () => {
    expect(hanNumber('一千')).toBe(1000);
    expect(hanNumber('三万五')).toBe(35_000);
    expect(hanNumber('三百五')).toBe(350);
    expect(hanNumber('一百零五')).toBe(105);
    expect([...numberTokens('月薪三万五泰铢')]).toEqual(['35000']);
  });
});
