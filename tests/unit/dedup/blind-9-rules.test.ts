import { describe, expect, it } from 'vitest';
import { conceptOfTerm } from '@/lib/dedup/concepts';
import { nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { handleTokens, nameSets, numberTokens, textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0141: general causes of wrong and missed pairs found on blind-9. Every name, phone and
// handle here is invented for the test; none is from a labelled set.
const tip = tipsNear(11.55, 104.91);

describe('a phone written with its country code is the phone written at home', () => {
  it('drops the code of a neighbouring country after + or 00, as the trunk 0 is dropped', () => {
    // Vietnam: +84 912 345 678 is 0912 345 678.
    expect(numberTokens('zalo +84 912 345 678')).toEqual(numberTokens('zalo 0912.345.678'));
    // Myanmar: +95 9 123 456 789 is 09 123 456 789, here in Burmese digits.
    expect(numberTokens('ဖုန်း ၀၉ ၁၂၃ ၄၅၆ ၇၈၉')).toEqual(numberTokens('เบอร์ +95 9 123 456 789'));
    // Thailand and Indonesia, written with 00.
    expect(numberTokens('0066 81 234 5678')).toEqual(numberTokens('081 234 5678'));
    expect(numberTokens('+62 812 3456 7890')).toEqual(numberTokens('0812 3456 7890'));
  });

  it('keeps the digits without a + or 00: they may be a number of their own', () => {
    expect(numberTokens('account 84912345678')).toEqual(new Set(['84912345678']));
  });
});

describe('a handle, whatever script names its platform and however its punctuation is copied', () => {
  it('reads a handle after the platform named in Thai, Khmer, Korean, Burmese or glued Chinese', () => {
    expect(handleTokens('นายหน้าเทเลแกรม somsri_job5 เบอร์')).toEqual(['@somsrijob5']);
    expect(handleTokens('គាត់ប្រើតេឡេក្រាម vanna_work7 ហើយ')).toEqual(['@vannawork7']);
    expect(handleTokens('실장 카톡 ID minsu_77 로 연락')).toEqual(['@minsu77']);
    expect(handleTokens('ပွဲစား တယ်လီဂရမ် kyaw_job12 က')).toEqual(['@kyawjob12']);
    expect(handleTokens('他的微信meili_2288，说')).toEqual(['@meili2288']);
  });

  it('meets the same handle copied without its underscores or dots, and keys it anywhere', () => {
    expect(handleTokens('wechat meili2288')).toEqual(handleTokens('微信 mei_li_2288'));
    expect(handleTokens('zalo: hai.lua.99')).toEqual(handleTokens('zalo hailua99'));
    const recruiter = (text: string, north: number) => tip(text, north, { category: 'RECRUITER' });
    const pair = scorePair(recruiter('Bà Mai tuyển người, wechat meili2288, hứa lương cao.', 0), recruiter('女中介微信 mei_li_2288，在咖啡店面试。', 40_000));
    expect(pair.reasons.find((reason) => reason.code === 'numbers')).toMatchObject({ numbers: expect.arrayContaining(['@meili2288']) });
  });
});

describe('a Korean title is no name; a surname before it, glued or apart, is the person', () => {
  it('reads no name in "사장이라는 사람" (a man called the boss)', () => {
    expect(nativeNames('사장이라는 사람이 운영한다고 합니다').map((name) => name.text)).toEqual([]);
  });

  it('reads 문 사장 as Moon, as 문사장 is, but not 이 사장 ("this boss")', () => {
    expect(nativeNames('사장 이름은 문 사장.')).toEqual([expect.objectContaining({ text: '문사장', readings: ['moon', 'mun'], person: true })]);
    expect(nativeNames('이 사장이 돈을 받아요').filter((name) => name.person)).toEqual([]);
  });

  it('does not pair two offices 5 km apart on the word for boss', () => {
    const a = tip('프놈펜 시내 사무실 5층. 사장 이름은 문 사장.', 0);
    const b = tip('프놈펜 다른 동네 로맨스스캠 사무실. 사장이라는 사람이 운영', 5_000);
    expect(reasonCodes(a, b)).not.toContain('script_names');
  });
});

describe('places of the country that are no compound’s name', () => {
  it('knows Prek Thnot (a river and its bridge) in Latin letters and Khmer', () => {
    expect(nameSets('Tower Sunrise 10 floors, not far from Prek Thnot bridge').subjects).not.toContain('thnot');
    expect(conceptOfTerm('ព្រែកថ្នោត')?.id).toBe('prek thnot');
  });

  it('knows Otres and O’Smach in Chinese spellings', () => {
    expect(conceptOfTerm('奥特斯')?.id).toBe('otres');
    expect(conceptOfTerm('奥斯玛')?.id).toBe('o\'smach');
    expect(nativeNames('奥特斯那边，黄色五层').map((name) => name.text)).toEqual([]);
  });

  it('ends a district before a Chinese name: 某某区宏达大楼 is 宏达', () => {
    expect(nativeNames('金边棉芷区宏达大楼，白色十层').map((name) => name.text)).toEqual(['宏达']);
  });
});

describe('a Khmer name after "old" or "new" and its kind, as in Thai', () => {
  it('reads X in សណ្ឋាគារចាស់ X (the old hotel X)', () => {
    expect(nativeNames('សណ្ឋាគារចាស់ ម៉ាលីកា នៅកំពត ឥឡូវបិទ').map((name) => name.text)).toEqual(['ម៉ាលីកា']);
  });
});

describe('a Chinese name of a view, the sky or a colour reads as its English words', () => {
  it('meets 江景酒店 and "River View" hotel 300 m apart by the name', () => {
    const a = tip('贡布江景酒店，旧桥旁边，五层黄色楼。', 0);
    const b = tip('Ở Kampot có khách sạn River View gần cầu cũ, cháu tôi ở tầng 3.', 300);
    expect(scorePair(a, b).reasons.find((reason) => reason.code === 'script_names')).toBeTruthy();
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads 蓝天 as "bluesky" but does not paint the building blue', () => {
    const features = textFeatures('巴域蓝天大厦，十层白色');
    expect(features.scripts.names.find((name) => name.text === '蓝天')?.readings).toContain('bluesky');
    expect(features.concepts.concepts.has('blue')).toBe(false);
    expect(features.concepts.concepts.has('white')).toBe(true);
  });
});

describe('Otres spelt without its r in Khmer', () => {
  it('knows អូត្រេស', () => {
    expect(conceptOfTerm('អូត្រេស')?.id).toBe('otres');
  });
});

describe('Vietnamese titles before a name', () => {
  it('reads "Ông Tùng" and "Bà Thoa" as Tùng and Thoa, as "anh" and "chị" are read', () => {
    expect([...nameSets('Ông Tùng người Hoa tuyển người qua Bavet.').subjects]).toEqual(['tung']);
    expect([...nameSets('Bà Thoa hay đứng ở chợ tuyển người.').subjects]).toEqual(['thoa']);
  });
});

describe('a tip that names nothing, by two of its words running', () => {
  it('meets a Khmer name spelt out ("sala marin" / សាឡាម៉ារីន) and a Chinese one by its reading', () => {
    const khmer = tip('នៅកំពត កាស៊ីណូ សាឡាម៉ារីន មានឆ្មាំច្រើន', 0);
    const lower = tip('kampot sala marin casino, many guards', 300);
    expect(scorePair(khmer, lower).reasons.find((reason) => reason.code === 'script_names')).toMatchObject({ weight: 0.4 });
    const han = tip('巴域金盛娱乐城后面的宿舍楼，五层。', 0);
    expect(reasonCodes(han, tip('jin sheng bavet, giu ho chieu', 300))).toContain('script_names');
  });

  it('keeps no word pairs for a tip that names something', () => {
    expect(textFeatures('kampot sala marin casino').wordPairs).toContain('salamarin');
    expect(textFeatures('The Sala Marin casino in Kampot').wordPairs).toEqual([]);
  });
});
