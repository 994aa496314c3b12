import { describe, expect, it } from 'vitest';
import { withoutConceptWords } from '@/lib/dedup/concepts';
import { nativeNames } from '@/lib/dedup/native-names';
import { romanise, skeleton, spokenSkeleton, spokenSkeletons } from '@/lib/dedup/romanise';
import { runHolds, textFeatures } from '@/lib/dedup/text-features';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.57, 104.91);
const mule = { category: 'MONEY_MULE' as const };
const names = (text: string) => [...textFeatures(text).names];

// Decision 0158: names and people, round 5. Every name and sentence here is invented.

describe('places, roads and kinds are not names (0158)', () => {
  it('reads a concept written in capitals as the concept, not a code', () => {
    expect(names('A tall tower with KTV downstairs and guards')).not.toContain('ktv');
    expect(names('Guards at gate KB9 every night')).toContain('kb9');
  });

  it('reads a national road by its number as a road', () => {
    expect(names('Old casino with a dome beside NR5, guards at night')).not.toContain('nr5');
    expect(names('song bac cu ben QL22, co bao ve')).not.toContain('ql22');
  });

  it('reads a colour before a number as a description, not a name', () => {
    expect(names('Red 9-floor block next to the market')).not.toContain('red');
    expect(names('Kaisheng 9 floors, next to the market')).toContain('kaisheng');
  });

  it('reads a Khmer, Thai or Burmese road with its name as a road', () => {
    expect(nativeNames('អគារខ្ពស់ កាស៊ីណូ ផ្លូវម៉ៅសេទុង').map((name) => name.text)).toEqual([]);
    expect(nativeNames('อยู่โรงแรม ถนนพระรามเก้า').map((name) => name.text)).toEqual([]);
  });

  it('reads a commune named by an area and "lower" or "upper" as the area', () => {
    expect(names('Chak Angre Leu, a grey block by the river')).toEqual([]);
  });

  it('reads the home town a relative writes from as a town', () => {
    expect(names('My cousin phoned from Mandalay, he is held in a blue tower')).toEqual([]);
  });

  it('reads a Thai or Khmer colour right after a kind of place as the paint', () => {
    expect(nativeNames('ตึกแดงข้างวัด มีคนเฝ้า').map((name) => name.text)).toEqual([]);
    expect(withoutConceptWords('ពណ៌ខៀវ').trim()).toBe('');
  });

  it('reads a role or FB before a name as no name', () => {
    expect(names('Broker Keo Sophal posts jobs on FB')).toEqual(['keo', 'sophal']);
  });
});

describe('names as relatives write them (0158)', () => {
  it('splits three capitalised words run together into a name', () => {
    const features = textFeatures('ZawMinTun (Myanmar) is held in the grey tower');
    expect([...features.joinedNames.keys()]).toContain('zawmintun');
    expect([...features.names]).toContain('tun');
    expect(names('Message me on WeChat about the grey tower')).toEqual([]);
  });

  it('reads a Burmese final k after the inherent vowel as the t names are written with', () => {
    expect(skeleton(romanise('ဇော်ထက်'))).toBe(skeleton('zaw htet'));
  });

  it('meets a two-character Chinese name by its surname spelling and the consonants of the given name', () => {
    expect(reasonCodes(tip('Lim Meng changes dollars by the market', 0, mule), tip('市场边上有个叫林明的人换美金', 300, mule))).toContain('script_names');
    expect(reasonCodes(tip('Lim Mok changes dollars by the market', 0, mule), tip('市场边上有个叫林明的人换美金', 300, mule))).not.toContain('script_names');
    expect(reasonCodes(tip('Tan Meng changes dollars by the market', 0, mule), tip('市场边上有个叫林明的人换美金', 300, mule))).not.toContain('script_names');
  });
});

describe('people named where tipsters name them (0158)', () => {
  it('reads a Khmer tip that opens with a family name and a given name as that person', () => {
    expect(nativeNames('សុខ ពិសី នៅផ្សារ ប្រមូលកាតធនាគារ').map((name) => name.text)).toContain('សុខ ពិសី');
  });

  it('ends a Chinese name after 叫 at 的, and starts one after 卖给 or 帮', () => {
    expect(nativeNames('村里那个叫李美玲的女人收身份证').map((name) => name.text)).toContain('李美玲');
    expect(nativeNames('把账户卖给园区').map((name) => name.text)).toEqual([]);
    expect(nativeNames('每天帮园区换钱').map((name) => name.text)).toEqual([]);
  });

  it('reads no name in quotes made of a kind of place and the trade', () => {
    expect(names("She offers 'casino jobs' in the city")).toEqual([]);
    expect(names("A compound called 'golden fortune' by the river")).toEqual(['golden', 'fortune']);
  });
});

describe('a common surname alone (0158)', () => {
  it('weighs one of the commonest Chinese surnames, shared alone, as little as a district', () => {
    const weight = (a: string, b: string) => scorePair(tip(a, 0), tip(b, 300)).reasons.find((reason) => reason.code === 'names')?.weight;
    expect(weight('The boss is Mr Chen, they took passports', 'Mr Chen keeps the passports there')).toBe(0.2);
    expect(weight('The boss is Mr Sokun, they took passports', 'Mr Sokun keeps the passports there')).toBe(0.3);
  });
});

describe('a Vietnamese called by the given name (0158)', () => {
  it('meets a Vietnamese name in characters at its last syllable, by the middle name Văn or Thị', () => {
    const recruiter = { category: 'RECRUITER' as const };
    expect(reasonCodes(tip('越南人阮文明在市场招工', 0, recruiter), tip('យួនឈ្មោះ មិញ ជួលមនុស្សនៅផ្សារ', 300, recruiter))).toContain('script_names');
    expect(reasonCodes(tip('中介王志明在市场招工', 0, recruiter), tip('យួនឈ្មោះ មិញ ជួលមនុស្សនៅផ្សារ', 300, recruiter))).not.toContain('script_names');
  });
});

describe('one-syllable names in unspaced text (0158)', () => {
  it('finds a reading in a Chinese run only as two whole syllables or more', () => {
    expect(runHolds("zao'chen'", 'chen')).toBe(false);
    expect(runHolds("sheng'chan'", 'heng')).toBe(false);
    expect(runHolds("jin'fan'da'lou'", 'jinfan')).toBe(true);
  });

  it('does not cut a Khmer reading inside a digraph', () => {
    expect(runHolds('chenhchol', 'chen')).toBe(false);
    expect(runHolds('sokhachea', 'sokha')).toBe(true);
  });

  it('meets a surname alone in Chinese text only as its own character', () => {
    expect(reasonCodes(tip('Boss Chen keeps the passports, grey tower', 0), tip('早晨有车进出灰色大楼', 300))).not.toContain('script_names');
  });
});

describe('spoken skeletons (0158)', () => {
  it('leaves the n + d cluster as spelt when asked', () => {
    expect(spokenSkeletons('grand', { clusters: false })).toEqual([spokenSkeleton('grand')]);
    expect(spokenSkeletons('grand')).toEqual([spokenSkeleton('grand'), spokenSkeleton('gran')]);
  });
});
