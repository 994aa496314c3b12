import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeLandmarks, nativeNames } from '@/lib/dedup/native-names';
import { syllableOnsets, thaiReading } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(10.6125, 103.524);
const concepts = (text: string) => [...conceptFeatures(text).concepts];
const recruiter = { category: 'RECRUITER' } as const;

// Decision 0216: what blind-57's writers (meter readers, installers, water and gas deliverers, rubbish crews, who place a
// building by its sign, its meters and who orders the service) showed the reader could not read.
describe('a sign and its colour (decision 0216)', () => {
  it('reads a Chinese sign\'s colour and the Khmer word for a sign alone', () => {
    expect(concepts('波贝转盘旁边黄招牌手机店')).toEqual(expect.arrayContaining(['yellow', 'sign']));
    expect(concepts('ផ្ទះសំណាក់ស្លាកខៀវ ភ្លើងភ្លឺពេញយប់')).toEqual(expect.arrayContaining(['blue', 'sign']));
  });

  it('meets a yellow-signed phone shop in Chinese and in Khmer', () => {
    const khmer = tip('ហាងទូរស័ព្ទស្លាកលឿង ជិតរង្វង់មូលប៉ោយប៉ែត លក់ស៊ីមកាតជាប្រអប់', 0);
    const chinese = tip('波贝转盘旁边黄招牌手机店，整箱卖电话卡。', 140);
    expect(reasonCodes(khmer, chinese)).toContain('concepts');
    expect(scorePair(khmer, chinese).reasons.find((reason) => reason.code === 'concepts')).toMatchObject({ concepts: expect.arrayContaining(['yellow', 'sign']) });
  });
});

describe('a foreign recruiter named in Chinese right after his role (decision 0216)', () => {
  it('reads a loan name glued to the role word, and not a fee or the boss\'s wife', () => {
    expect(nativeNames('印尼中介亨德拉，在金狮子环岛接新人').map((name) => name.text)).toEqual(['亨德拉']);
    expect(nativeNames('中介费很高，老板娘说不行。')).toEqual([]);
  });

  it('hears a stop before r and a vowel inside a Latin name as its own syllable, as Chinese writes it', () => {
    expect(syllableOnsets(['hendra'])).toHaveLength(3);
    expect(syllableOnsets(['hendra'])).toBe(syllableOnsets(['heng', 'de', 'la']));
    // A closing n before r is not written: Henry is two syllables.
    expect(syllableOnsets(['henry'])).toHaveLength(2);
  });

  it('meets Hendra in Chinese characters and in Latin letters', () => {
    const chinese = tip('印尼中介亨德拉，在金狮子环岛接新人，白色面包车。', 0, recruiter);
    const latin = tip('Indonesian agent who calls himself Hendra picks up new arrivals near the roundabout.', 240, recruiter);
    expect(reasonCodes(chinese, latin)).toContain('script_names');
    expect(scorePair(chinese, latin).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('which side of the road, in Indonesian (decision 0216)', () => {
  it('reads "selatan jalan 4" and "di utara" as a side, and tells the two sides of one road apart', () => {
    expect(concepts('Gedung baru 4 lantai, selatan jalan 4')).toContain('dir:south');
    expect(concepts('gudang di utara pasar')).toContain('dir:north');
    expect(concepts('dari Sumatera Utara')).not.toContain('dir:north');
    const south = tip('Gedung baru 4 lantai, selatan jalan 4', 0);
    const north = tip('磅士卑，4号公路北边，白墙旧工厂，里面三栋宿舍。', 80);
    expect(reasonCodes(south, north)).toContain('other_side');
  });
});

describe('Burmese roads and towns (decision 0216)', () => {
  it('reads လမ်းမ ၆ (main road 6) as road 6 and ဆီမ်ရိတ် as Siem Reap, not as a name', () => {
    const burmese = textFeatures('ဆီမ်ရိတ် လမ်းမ ၆ ဘေး ဟိုတယ်ဟောင်း ၄ ထပ်၊ မြန်မာ ၂၀ ရှိတယ်။');
    expect([...burmese.concepts.roads]).toEqual([6]);
    expect([...burmese.concepts.concepts]).toContain('siem reap');
    expect(burmese.scripts.names).toEqual([]);
  });
});

describe('a port (decision 0216)', () => {
  it('reads Khmer ផ្លូវកំពង់ផែ as the port road, and កំពង់ផែ alone as the landing it also names', () => {
    expect(concepts('បរិវេណរបងដែក ផ្លូវកំពង់ផែ ឡានចូលយប់')).toContain('port');
    expect(concepts('Green fence compound port rd, 5 blocks')).toContain('port');
    expect(concepts('ទូកមកទៀតយប់មិញ កំពង់ផែឈើ')).toContain('boat');
  });
});

describe('Ah Long in Thai (decision 0216)', () => {
  it('reads a silent ห after a vowel as opening the next syllable, not closing one', () => {
    expect(thaiReading('อาหลง')).toBe('along');
    expect(thaiReading('หลง')).toBe('long');
    expect(thaiReading('อาหาร')).toBe('ahan');
  });

  it('meets อาหลง after ชื่อ with 阿龙 and 아롱 a kilometre away', () => {
    const thai = tip('คนชื่ออาหลง มาหาคนไทยแถวตลาดโอรุสเซ บอกว่ามีงานแอดมินเงินดี ให้เปิดบัญชีธนาคาร', 0, recruiter);
    const chinese = tip('招人的叫阿龙，会说中文和高棉语，在奥鲁西市场那边找本地年轻人开ABA账户。', 350, recruiter);
    const korean = tip('아롱이라는 사람이 올림픽 시장 근처에서 통장 개설하면 50달러 준다고 하면서 젊은 사람들을 모읍니다.', 980, recruiter);
    expect(reasonCodes(thai, chinese)).toContain('script_names');
    expect(reasonCodes(thai, korean)).toContain('script_names');
  });
});

describe('Korean words of no name (decision 0216)', () => {
  it('does not read 작은 ("small") as a Vietnamese hotel\'s name', () => {
    const vietnamese = tip('Khách sạn Châu Giang (珠江) phía nam quốc lộ 1 ở Bavet. 10 tầng.', 0);
    const korean = tip('바벳 1번 국도 옆 흰색 호텔 5층에 한국인 2명 감금. 카지노 아니고 작은 호텔이에요.', 2100);
    expect(reasonCodes(vietnamese, korean)).not.toContain('script_names');
  });
});

describe('the place a Burmese or Khmer tip stands behind or by (decision 0216)', () => {
  it('reads what stands before a Burmese postposition as the neighbour\'s: near it a word or two on, behind it next to it', () => {
    const behind = concepts('ပွိုင်ပက် ကာစီနို ခေါင်မိုးနီ နောက်ဘက် ၈ ထပ် အဆောက်အဦ');
    expect(behind).toEqual(expect.arrayContaining(['other:red', 'other:rooftop', 'building']));
    expect(behind).not.toContain('red');
    expect(behind).not.toContain('roof:red');
    expect(concepts('ဟိုတယ်ဖြူ နားက အဆောက်အဦ')).toEqual(expect.arrayContaining(['other:hotel', 'other:white']));
    expect(concepts('ဟိုတယ်ဖြူ နားက အဆောက်အဦ')).not.toContain('white');
  });

  it('keeps the west (အနောက်ဘက်) and "understand" (နားလည်) as they were', () => {
    expect(concepts('ဆီဟာနုဗီးလ် ကာစီနိုအနောက်ဘက် ခြံဝင်း')).toEqual(expect.arrayContaining(['casino', 'dir:west']));
    expect(concepts('ဆီဟာနုဗီးလ် ကာစီနိုအနောက်ဘက် ခြံဝင်း')).not.toContain('other:casino');
    expect(concepts('ဟိုတယ်ဖြူ နားလည်တယ်')).toContain('white');
  });

  it('reads Khmer ក្រោយ alone as behind, not as later', () => {
    expect(concepts('ក្រោយកាស៊ីណូក្រហម ឡានទឹកចូលរាល់ព្រឹក')).toEqual(expect.arrayContaining(['other:casino', 'other:red']));
    expect(concepts('ក្រោយកាស៊ីណូក្រហម ឡានទឹកចូលរាល់ព្រឹក')).not.toContain('red');
    expect(concepts('ក្រោយមកអគារពណ៌ស')).toContain('white');
    // The back door (ទ្វារក្រោយ) is the tip's own building's.
    expect(concepts('ចូលតាមទ្វារក្រោយ អគារកញ្ចក់ពណ៌មាស ១១ជាន់')).toEqual(expect.arrayContaining(['glass', 'gold']));
  });

  it('does not tell the building behind the red-roofed casino in Khmer from itself in Burmese by the roof', () => {
    const khmer = tip('អគារខាងក្រោយកាស៊ីណូដំបូលក្រហម ប៉ោយប៉ែត ៨ជាន់ ចូលតាមផ្លូវតូចក្បែរផ្សារ។', 0);
    const burmese = tip('ပွိုင်ပက် ကာစီနို ခေါင်မိုးနီ နောက်ဘက် ၈ ထပ် အဆောက်အဦ၊ ဈေးနားက လမ်းကြားက ဝင်ရတယ်။', 200);
    expect(reasonCodes(khmer, burmese)).not.toContain('landmark');
    expect(scorePair(khmer, burmese).score).toBeGreaterThanOrEqual(0.5);
  });
});

// From blind-59 (the casino floor and its hotel).
describe('the counters money is changed and pawned at (decision 0216)', () => {
  it('reads a money changer and a pawn shop in every language', () => {
    for (const text of ['yellow 88 money shop, street level', '旁边那家黄招牌的88换钱店', 'ហាងដូរលុយ ស្លាកលឿង 88', 'Toko tukar uang papan kuning 88', 'ร้านแลกเงินในตลาดโอรุสเซ', 'ငွေလဲဆိုင် နံပါတ် ၁၂']) {
      expect(concepts(text)).toContain('money changer');
    }
    expect(concepts('Red awning pawn shop on Sivatha')).toContain('pawn shop');
    expect(concepts('โรงรับจำนำกันสาดแดง ถนนสีวัตถา')).toContain('pawn shop');
  });

  it('meets the yellow-signed 88 money shop in Indonesian and in English a kilometre apart no more than by its 88', () => {
    const indonesian = tip('Toko tukar uang papan kuning 88 di sebelah kasino, orang bawa banyak kartu ATM.', 0);
    const english = tip('yellow 88 money shop, street level', 390);
    expect(scorePair(indonesian, english).reasons.find((reason) => reason.code === 'concepts')).toMatchObject({ concepts: expect.arrayContaining(['money changer', 'yellow']) });
  });
});

describe('what a Chinese tip says it is not, across the road (decision 0216)', () => {
  it('reads 不是对面金沙 ("not the Jinsha opposite") as a landmark, and so tells the two apart', () => {
    expect(nativeLandmarks('金海娱乐场，绿色玻璃那栋，七楼整层租给公司。不是对面金沙。')).toContain('金沙');
    expect(nativeLandmarks('在金时代附近')).toEqual(['金时代']);
    const jinhai = tip('金海娱乐场，绿色玻璃那栋，马路南边，七楼整层租给公司，黄色工牌。不是对面金沙。', 0);
    const jinsha = tip('金沙B栋十二楼，还在。', 390);
    expect(reasonCodes(jinhai, jinsha)).not.toContain('script_names');
    expect(scorePair(jinhai, jinsha).score).toBeLessThan(0.5);
  });

  it('reads Cham Yeam in Korean as the town, and in Latin letters as no name', () => {
    expect(concepts('참엠 세탁소, 카지노 유니폼 빨래')).toContain('cham yeam');
    expect([...textFeatures('Ocean Pearl Cham Yeam, the casino with its own jetty').names]).toEqual(['ocean', 'pearl']);
    const casino = tip('Ocean Pearl Cham Yeam, the casino with its own jetty. people brought by speedboat at night to floors 4-6', 0);
    const laundry = tip('참엠 세탁소, 카지노 유니폼 빨래', 780);
    expect(reasonCodes(casino, laundry)).not.toContain('script_names');
  });

  it('reads gongsi, the scam "company" in Latin letters, as the kind it is, no name', () => {
    expect([...textFeatures("Jinsha Bay hotel tower B, floors 9-14 is a scam 'gongsi'.").names]).not.toContain('gongsi');
  });
});

describe('a short tip that says the place is still there (decision 0216)', () => {
  it('follows up on a report, as one that says "again" does, in every script', () => {
    for (const text of ['ជីនសា B ជាន់ ១២ នៅតែមាន', 'Hotel NR6 masih ada', 'Blue towers still lit', '88二楼洗码的还在做', 'ပိုက်ကွန်အပြာ တိုက် ဒီနေ့လည်း ရှိသေး', 'แกรนด์รอยัล ตึกหลัง ยังอยู่']) {
      expect(textFeatures(text).followUp).toBe(true);
    }
    expect(textFeatures('The building is blue and has 9 floors, I saw it still standing there from the bus window yesterday, with guards at the gate and vans going in.').followUp).toBe(false);
  });

  it('does not follow up on a report that does not give the name it gives', () => {
    const named = tip('Hong Fu phase 2 masih jalan', 0);
    const unnamed = tip('ក្មួយស្រីខ្ញុំ ទូរសព្ទមកយំ ថាគេឃុំនៅផ្ទះមួយជិតផ្លូវជាតិ២ ចាក់អង្គ្រែ មិនដឹងលេខផ្ទះ ឃើញតែវត្តពីបង្អួច', 208, { category: 'PERSON_HELD' });
    expect(scorePair(named, unnamed).score).toBeLessThan(0.5);
    const report = tip('宏福花园二期6号路那一排,十几间打通的,里面都是做盘的。老板叫陈伟,护照全部收走', 275);
    expect(scorePair(named, report).score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads the first word of a Latin one as the name it follows up on, a short one too', () => {
    expect(reasonCodes(tip('Jinma lt 6 masih ada org Indo', 0), tip('金马大厦又来了三车人', 300))).toContain('script_names');
  });

  it('reads the first word of a Khmer one that says so as the name it follows up on', () => {
    expect(textFeatures('ជីនសា B ជាន់ ១២ នៅតែមាន').scripts.names.map((name) => name.text)).toEqual(['ជីនសា']);
  });
});
