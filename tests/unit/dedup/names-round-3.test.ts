import { describe, expect, it } from 'vitest';
import { conceptOfTerm } from '@/lib/dedup/concepts';
import { WEIGHTS } from '@/lib/dedup/config';
import { keyFeatures } from '@/lib/dedup/keys';
import { nativeLandmarks, nativeNames } from '@/lib/dedup/native-names';
import { heardInChinese, spokenSkeleton, thaiReading } from '@/lib/dedup/romanise';
import { huiAsWei, scorePair } from '@/lib/dedup/score-pair';
import { handleTokens, textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0149: names and people across scripts, round 3 (blind-12 to blind-21). Every name and
// sentence here is invented.
const tip = tipsNear(11.57, 104.91);
const recruiter = { category: 'RECRUITER' as const };

describe('names heard, not read (0149)', () => {
  it('hears a first "hui" as "wei"', () => {
    expect(huiAsWei('huifeng')).toBe('weifeng');
    expect(huiAsWei('chui')).toBe('chui');
    const codes = reasonCodes(tip('Kampong Som, compound Hui Feng, yellow wall'), tip('Sihanoukville: compound Wei Feng with a yellow wall', 200));
    expect(codes).toContain('names');
    expect(codes).not.toContain('names_differ');
  });

  it('reads a Khmer spelling of a foreign name back as Latin writes it: i for a final យ, w for វ, ch for ឆ', () => {
    expect(nativeNames('មានបុរីហ៊ុយហេង ជញ្ជាំងលឿង')[0]!.readings).toContain('huiheng');
    expect(nativeNames('មានមនុស្សឈ្មោះ រ៉ាវី ត្រូវគេឃុំ')[0]!.readings).toEqual(['ravi', 'rawi', 'ravy']);
    expect(nativeNames('ថៃឈ្មោះ ស៊ុមផុង រកកម្មករ')[0]!.readings).toEqual(['somphong']);
    expect(nativeNames('ថៃឈ្មោះ ស៊ុនឆាយ រកកម្មករ')[0]!.readings).toContain('sonchai');
  });

  it('does not say a Thai ห that leads a sonorant', () => {
    expect(thaiReading('หลิน')).toBe('lin');
    expect(thaiReading('หวัง')).toBe('wang');
    expect(thaiReading('สมชาย')).toBe('somchai');
  });

  it('does not say the gh of "-ght"', () => {
    expect(spokenSkeleton('moonlight')).toBe('MNLT');
  });
});

describe('people across scripts (0149)', () => {
  it('reads a spaced name after a role in Chinese as a person', () => {
    const [name] = nativeNames('印尼中介 丽娜 在机场接人');
    expect(name).toMatchObject({ text: '丽娜', readings: ['lina'], person: true });
    expect(nativeNames('这个中介 公司 很大')).toEqual([]);
  });

  it('meets a Chinese spelling of a foreign name with l for r, and keys both alike', () => {
    expect(heardInChinese('rina')).toBe('lina');
    expect(heardInChinese('rudy')).toBe('ludi');
    const a = tip('印尼中介 丽娜 在机场接人', 0, recruiter);
    const b = tip('Indonesian agent Pak Rina picks up workers at the airport', 300, recruiter);
    expect(reasonCodes(a, b)).toContain('script_names');
    expect(keyFeatures(b.features).names).toContain('n:lina');
    expect(keyFeatures(a.features).names).toContain('n:lina');
  });

  it('reads a surname after an office as a person, even one that is a kind of place', () => {
    expect(textFeatures('Korean broker calls himself Manager Park, kakao parkjobs').people).toEqual(['park']);
    expect([...textFeatures('Korean broker calls himself Manager Park, kakao parkjobs').names]).not.toContain('kakao');
    const codes = reasonCodes(tip('Korean broker calls himself Manager Park', 0, recruiter), tip('한국 브로커 박부장 조심하세요', 400, recruiter));
    expect(codes).toContain('script_names');
    expect(textFeatures('Sunrise Park, grey building').people).toEqual([]);
  });

  it('reads a capitalised word before a trade verb as a person, not a pronoun', () => {
    expect([...textFeatures('Mony buys ABA accounts near the market').names]).toEqual(['mony']);
    expect([...textFeatures('Someone buys ABA accounts near the market').names]).toEqual([]);
  });
});

describe('Vietnamese titles and name syllables (0149)', () => {
  it('reads Anh after a name word as the name\'s, and an unmarked title before one as a title', () => {
    const named = textFeatures('woman named Thu Anh sells bank accounts at the market');
    expect([...named.joinedNames.keys()]).toEqual(['thuanh']);
    const titled = textFeatures('Chi Thu Anh o cho Bavet mua tai khoan ngan hang, toi bi lua');
    expect([...titled.names].sort()).toEqual(['anh', 'thu']);
    expect([...textFeatures('Em toi o khu Kim Long, bi danh, khong cho ve').names].sort()).toEqual(['kim', 'long']);
  });

  it('reads Thai before a Hán-Việt syllable as a name\'s first syllable, not the nationality', () => {
    expect([...textFeatures('Anh trai toi bi giu o khu Thai Hung, toi khong lien lac duoc').names].sort()).toEqual(['hung', 'thai']);
    expect([...textFeatures('Toi la nguoi Thai, bi giu o Bavet, khong co ho chieu').names]).toEqual([]);
  });
});

describe('areas and neighbours are not the place (0149)', () => {
  it('weighs a Khmer name that opens with a word for the land as an area', () => {
    const pair = scorePair(tip('Veal Thmey, compound with a blue gate'), tip('វាលថ្មី មានរថយន្តចេញចូល', 3000));
    expect(pair.reasons.find((reason) => reason.code === 'script_names')?.weight).toBe(WEIGHTS.districtName);
  });

  it('knows Dara Sakor as an area in every script, not a name', () => {
    expect(conceptOfTerm('ដារាសាគរ')?.id).toBe('dara sakor');
    expect(conceptOfTerm('七星海')?.id).toBe('dara sakor');
    expect([...textFeatures('kakak saya di dara sakor, tembok tinggi').names]).toEqual([]);
  });

  it('reads a Khmer or Thai place after "near" as a landmark', () => {
    expect(nativeNames('ផ្ទះពណ៌ស ក្បែរបុរីសុវណ្ណភូមិ មានឆ្កែ')).toEqual([]);
    expect(nativeLandmarks('ផ្ទះពណ៌ស ក្បែរបុរីសុវណ្ណភូមិ មានឆ្កែ')).toEqual(['សុវណ្ណភូមិ']);
    expect(nativeLandmarks('คอนโดใหม่ ใกล้คาสิโนมังกรทอง')).toEqual(['มังกรทอง']);
    expect(nativeNames('คาสิโนมังกรทอง ปอยเปต').map((name) => name.text)).toEqual(['มังกรทอง']);
  });

  it('reads a Thai or Khmer name right after "near" as a landmark, and meets it as one in any script', () => {
    expect(nativeLandmarks('ตึกใหม่ อยู่ใกล้โกลเด้นมูน คนงานเยอะ')).toEqual(['โกลเด้นมูน']);
    expect(reasonCodes(tip('Golden Moon casino, vans at night'), tip('ตึกใหม่ อยู่ใกล้โกลเด้นมูน คนงานเยอะ', 200))).toContain('landmark');
    expect(reasonCodes(tip('Golden Moon casino, vans at night'), tip('คาสิโนโกลเด้นมูน คนงานเยอะ', 200))).toContain('script_names');
    expect(reasonCodes(tip('កាស៊ីណូចាស់ ម៉ាយសាន'), tip('คอนโด ใกล้คาสิโนมายซาน', 200))).toContain('landmark');
  });

  it('does not meet a Latin name with the place the other tip stands near', () => {
    const codes = reasonCodes(tip('Borey Sovann Phum, last row, black windows'), tip('ផ្ទះវីឡាពណ៌ស ក្បែរបុរីសុវណ្ណភូមិ', 300));
    expect(codes).not.toContain('script_names');
  });

  it('reads the name a tip says it is not as a landmark', () => {
    expect([...textFeatures('Star Garden casino, không phải Lucky Moon').landmarks].sort()).toEqual(['lucky', 'moon']);
    expect([...textFeatures('Star Garden casino, not Lucky Moon next door').names].sort()).toEqual(['garden', 'star']);
    expect(nativeLandmarks('银沙大楼，六层，不是海龙。')).toEqual(['海龙']);
    expect(nativeLandmarks('អគារ ៥ជាន់ មិនមែនកាស៊ីណូមង្គល')).toEqual(['មង្គល']);
  });
});

describe('where a name or a handle ends (0149)', () => {
  it('ends a Thai name after ชื่อ where a verb starts', () => {
    expect(nativeNames('มีสาวลาวชื่อมาลีขอความช่วยเหลือ อยู่ในตึก')).toMatchObject([{ text: 'มาลี', readings: ['mali'], person: true }]);
    expect(nativeNames('นายหน้าชื่อสมศักดิ์ชวนไปทำงาน').map((name) => name.text)).toEqual(['สมศักดิ์']);
  });

  it('reads no handle in a word that starts with an app\'s name, nor a full stop in one', () => {
    expect(handleTokens('held in a compound with 2 watchtowers. sister contacted us')).toEqual([]);
    expect(handleTokens('line mali.sr. call her')).toEqual(['@malisr']);
    expect(handleTokens('zalo: hai.lua99 now')).toEqual(['@hailua99']);
  });
});

describe('words around names (0149)', () => {
  it('reads "company" in Khmer, Thai, Burmese and Korean as no part of a name', () => {
    expect(conceptOfTerm('ကုမ္ပဏီ')?.id).toBe('company');
    expect(conceptOfTerm('บริษัท')?.group).toBe('generic');
  });
});

describe('-n and -ng between Latin and other scripts (0149)', () => {
  it('does not meet a Latin -n with a Khmer -ng by skeleton', () => {
    expect(reasonCodes(tip('Tian Lian compound, many guards'), tip('អគារឈ្មោះធានឡុង', 200))).not.toContain('script_names');
    expect(reasonCodes(tip('Tian Long compound, many guards'), tip('អគារឈ្មោះធានឡុង', 200))).toContain('script_names');
  });
});
