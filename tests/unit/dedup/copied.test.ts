import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { translator } from '@/lib/i18n/translate';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.58, 104.93);
const scriptNames = (text: string) => textFeatures(text).scripts.names.map((name) => ({ text: name.text, readings: name.readings, person: name.person ?? false }));
const reason = (a: ReturnType<typeof tip>, b: ReturnType<typeof tip>, code: string) => scorePair(a, b).reasons.find((found) => found.code === code);

// Decision 0213: what blind-47's writers (pasted ads, reposts, names as heard) showed the reader could not read.
describe('a Burmese name after its title, in running text (decision 0213)', () => {
  const recruiter = { category: 'RECRUITER' } as const;

  it('reads ကိုဇော် (Ko Zaw) as a person, whole, as Thai โกซอ is', () => {
    expect(scriptNames('ကိုဇော် ဒီနေ့လည်း ဆိုင်မှာ ရှိတယ်')).toEqual([{ text: 'ကိုဇော်', readings: ['kozaw'], person: true }]);
    const teaShop = tip('ပွိုင်ပက်ဈေးနား လက်ဖက်ရည်ဆိုင်မှာ ကိုဇော် က အလုပ်ရှာနေတဲ့သူတွေကို စောင့်တယ်။', 0, recruiter);
    expect(reasonCodes(teaShop, tip('ကိုဇော် ဒီနေ့လည်း ဆိုင်မှာ ရှိတယ်', 100, recruiter))).toContain('script_names');
    expect(reasonCodes(tip('ร้านน้ำชาพม่าใกล้ตลาดปอยเปต มีคนชื่อโกซอ หาคนพม่าไปทำงานคาสิโน', 0, recruiter), teaShop)).toContain('script_names');
  });

  it('leaves the words ကို opens alone: "self", Korea', () => {
    for (const text of ['ကိုယ်တိုင် သွားကြည့်တယ်', 'ကိုရီးယား လူ ၅ ယောက်']) expect(scriptNames(text)).toEqual([]);
  });
});

describe('a three-letter name opening a one-line tip (decision 0213)', () => {
  it('meets the name another tip gives: "Pao the noodle lady" is the Pov or Pao of the hotline call', () => {
    const call = tip('Hotline call: her son left with a woman called Pov (also spelled Pao / Pouv) who sells noodles at the north gate of the pagoda.', 0, { category: 'RECRUITER' });
    expect(reason(tip('Pao the noodle lady, pagoda gate', 190, { category: 'RECRUITER' }), call, 'names')).toMatchObject({ names: ['pao'] });
    // Lower case, a tip's first word is no name of three letters: "sao mai" is read as its words (0190).
    expect(textFeatures('sao mai bavet cong do').openers).toEqual([]);
  });
});

describe('one floor of the building in common (decision 0213)', () => {
  it('weighs the floor both were held on, in any script', () => {
    const khmer = tip("ខ្ញុំនៅអគារមានស្ទូចលើដំបូល ជ្រោយចង្វា ជាន់ទី៧ គេមិនឲ្យចេញ", 0, { category: 'PERSON_HELD' });
    const chinese = tip('我在水净华半岛上一栋没建完的楼里，楼顶还有塔吊。我们住七楼。', 60, { category: 'PERSON_HELD' });
    const sameLevel = reason(khmer, chinese, 'same_level');
    expect(sameLevel).toMatchObject({ levels: [7], weight: 0.08 });
    const { key, vars } = reasonMessage(sameLevel!);
    expect(translator('en')(key, vars)).toBe('Same floor of the building: 7');
    // The floor is weighed once: not again as the number 7.
    expect(reasonCodes(khmer, tip('Gedung ada crane, lt 7 ada WNI', 80, { category: 'PERSON_HELD' }))).not.toContain('numbers');
  });

  it('weighs a group’s floors in common as a floor count, and widens nearness with them', () => {
    const vietnamese = tip('toà nhà casino đang xây, giàn giáo xanh, tầng 1-3 có người ở làm lừa đảo', 0);
    const khmer = tip('អគារកាស៊ីណូកំពុងសាងសង់ ព័ទ្ធដោយដែកទ្រពណ៌ខៀវ។ ជាន់ទី ១ ដល់ ៣ មានមនុស្សរស់នៅ', 616);
    expect(reason(vietnamese, khmer, 'same_level')).toMatchObject({ levels: [2, 3], weight: 0.12 });
    expect(scorePair(vietnamese, khmer).score).toBeGreaterThanOrEqual(0.5);
  });

  it('does not meet two groups whose floors only touch (floors 3 to 6, 二楼三楼)', () => {
    expect(reasonCodes(tip('Sunshine Residence Tuol Kork, floors 3 to 6. Korean guy runs it.', 0), tip('堆谷315街北边那排,绿色招牌,二楼三楼住人', 350))).not.toContain('same_level');
  });
});

describe('a Chinese tip that says last which place it is not (decision 0213)', () => {
  it('reads 不是对面那栋七层的鸿运 as a neighbour, Hongyun, not its own name', () => {
    expect(textFeatures('星海国际在堆谷289街东边那栋九层蓝玻璃楼，楼下是KTV。不是对面那栋七层的鸿运。').scripts.landmarks).toEqual(['鸿运']);
    expect(textFeatures('不是七层的楼房。').scripts.landmarks).toEqual([]);
    const hongyun = tip("ចែករំលែកពីផេកមួយ៖ 'ក្រុមហ៊ុន ហុងយុន ត្រូវការបុគ្គលិកផ្នែកសេវាអតិថិជន ទួលគោក។'", 0);
    const starOcean = tip('星海国际在堆谷289街东边那栋九层蓝玻璃楼，楼下是KTV。不是对面那栋七层的鸿运。', 320);
    expect(reasonCodes(hongyun, starOcean)).toContain('landmark');
    expect(reasonCodes(hongyun, starOcean)).not.toContain('script_names');
  });
});

describe('Chroy Changvar as Khmer often spells it (decision 0213)', () => {
  it('reads ជ្រោយចង្វា without its final រ', () => {
    expect([...conceptFeatures('អគារមានស្ទូចលើដំបូល ជ្រោយចង្វា').concepts]).toContain('chroy changvar');
  });
});

describe('what a Khmer tip says its place has, after the landmark it is near (decision 0213)', () => {
  it('reads ជិតរាម មានប៉មយាម as "near Ream, with watchtowers": the watchtowers are the tip’s own', () => {
    const features = conceptFeatures('បរិវេណធំ របងខ្ពស់ លើផ្លូវជាតិលេខ ៤ ជិតរាម មានប៉មយាមបួនជ្រុង។');
    expect([...features.concepts]).toContain('watchtower');
    expect([...features.concepts]).not.toContain('other:watchtower');
    // Still the neighbour's when nothing opens the tip's own: ជិតអគារកញ្ចក់ខៀវ is by the blue-glass building.
    expect([...conceptFeatures('ផ្ទះល្វែង ជិតអគារកញ្ចក់ខៀវ').concepts]).toContain('other:glass');
  });

  it('reads Indonesian "dekat jembatan ada gudang coklat" as the tip’s own brown warehouse, and "yang ada" as the landmark’s', () => {
    const own = [...conceptFeatures('Di Koh Kong dekat jembatan ada gudang coklat 3 lantai').concepts];
    expect(own).toEqual(expect.arrayContaining(['warehouse', 'brown']));
    expect(own).not.toContain('other:warehouse');
    expect([...conceptFeatures('dekat kasino yang ada kubah emas').concepts]).toEqual(expect.arrayContaining(['other:dome', 'other:gold']));
  });
});

describe('Thai "diagonally across from" (decision 0213)', () => {
  it('gives the colour after เยื้องกับ to the neighbour, as after ตรงข้าม', () => {
    const concepts = [...conceptFeatures('คาสิโนที่มีประตูมังกรทอง ฝั่งใต้ถนนหมายเลข ๑ เยื้องกับที่มีม้าขาว').concepts];
    expect(concepts).toContain('other:white');
    expect(concepts).not.toContain('white');
  });
});

// Decision 0213, from blind-49 (night, noise and glimpses).
describe('whose the place is: a possessive names its owner (decision 0213)', () => {
  const mule = { category: 'MONEY_MULE' } as const;
  it('reads Heng of "Heng’s phone shop", ហាងទូរស័ព្ទរបស់ ហេង and ร้านโทรศัพท์ของเฮง', () => {
    expect([...textFeatures('Heng’s phone shop open again at 2am').names]).toEqual(['heng']);
    const khmer = tip('ហាងទូរស័ព្ទរបស់ ហេង ជិតផ្សារប៉ោយប៉ែត បើកពេញមួយយប់។', 0, mule);
    expect(scriptNames('ហាងទូរស័ព្ទរបស់ ហេង ជិតផ្សារប៉ោយប៉ែត')).toContainEqual({ text: 'ហេង', readings: ['heng'], person: true });
    expect(reasonCodes(khmer, tip('ร้านโทรศัพท์ของเฮง ใกล้ตลาดปอยเปต ให้ครอบครัวโอนเงินมาที่ร้านนี้', 50, mule))).toContain('script_names');
    expect(reasonCodes(tip("Heng's phone shop open again at 2am", 14, mule), khmer)).toContain('script_names');
  });

  it('reads Ta Mok’s lake as the lake in Anlong Veng, not a person’s name two compounds share', () => {
    const features = textFeatures("West bank of Ta Mok's lake in Anlong Veng: new wall, 4 storey block, phone mast inside the yard.");
    expect([...features.names]).toEqual([]);
    expect([...conceptFeatures('ផ្ទះសំណាក់ពណ៌ទឹកក្រូច ២ ជាន់ ខាងកើតបឹងតាម៉ុក អន្លង់វែង').concepts]).toEqual(expect.arrayContaining(['ta mok', 'lake']));
  });

  it('reads no pronoun as an owner (របស់ គាត់, ของเขา: his)', () => {
    expect(scriptNames('ហាងរបស់ គាត់ នៅជិតផ្សារ')).toEqual([]);
    expect(scriptNames('ร้านของเขา ใกล้ตลาด')).toEqual([]);
  });
});

describe('a follow-up that gives its place another look than the report (decision 0213)', () => {
  it('is no follow-up of it: "Otres resort loudspeaker again" is not the 8-floor condo 220 m away', () => {
    const condo = tip('Otres road, inland side: the 8-floor condo with the blue LED strip on the roof. Food-app orders go there in bulk at 1am.', 0);
    expect(scorePair(tip('Otres resort loudspeaker again 10pm', 220), condo).score).toBeLessThan(0.5);
    // One that says of its place only what the report says is still weighed by its nearness (0189).
    expect(scorePair(tip('Otres condo, blue light on the roof, 50 boxes again at 1am', 220), condo).score).toBeGreaterThanOrEqual(0.5);
  });
});
