import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeLandmarks, nativeNames } from '@/lib/dedup/native-names';
import { NEAR_WORDS } from '@/lib/dedup/near-words';
import { spokenSkeleton, spokenSkeletons } from '@/lib/dedup/romanise';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.57, 104.91);
const recruiter = { category: 'RECRUITER' as const };

// Decision 0150: names and people across scripts, round 4. Every name and sentence here is invented.

describe('one table of Khmer and Thai words for near and not (0150)', () => {
  it('lists every word once', () => {
    const words = NEAR_WORDS.map((entry) => entry.word);
    expect(new Set(words).size).toBe(words.length);
  });

  it('reads a Khmer or Thai name after near or not as a landmark, in the native and the Latin reading alike', () => {
    expect(nativeLandmarks('ខ្ញុំនៅក្បែរកាស៊ីណូ ផ្កាយមាស')).toContain('ផ្កាយមាស');
    expect(nativeLandmarks('อยู่ใกล้โรงแรมดาวทอง')).toContain('ดาวทอง');
    expect([...textFeatures('ខ្ញុំនៅក្បែរ Silver Moon ។').landmarks]).toContain('silver');
    expect([...textFeatures('อยู่ข้างๆ Silver Moon ครับ').landmarks]).toContain('silver');
    expect([...textFeatures('ไม่ใช่ Silver Moon นะครับ').landmarks]).toContain('silver');
  });

  it('takes ជាប់ and ติด ("held", "stuck") for "next to" only before a kind of place', () => {
    expect([...textFeatures('គាត់ជាប់ឃុំនៅ Silver Moon ។').names]).toContain('silver');
    expect([...textFeatures('គាត់នៅជាប់កាស៊ីណូ Silver Moon ។').landmarks]).toContain('silver');
    expect([...textFeatures('น้องติดอยู่ที่ Silver Moon').names]).toContain('silver');
    expect(nativeLandmarks('น้องติดอยู่ที่ดาวทอง')).toEqual([]);
  });

  it('blanks what a Khmer or Thai tip says the place is not', () => {
    expect(conceptFeatures('មិនមែនអគារពណ៌ខៀវទេ').concepts.has('blue')).toBe(false);
    expect(conceptFeatures('ไม่ใช่ตึกสีฟ้านะ').concepts.has('blue')).toBe(false);
  });
});

describe('titles from one list (0150)', () => {
  it('keeps a title out of the names and the name after it as a person', () => {
    const features = textFeatures('The recruiter is Mr Dornan, his boss is Director Hwang.');
    expect([...features.names]).not.toContain('mr');
    expect([...features.names]).not.toContain('director');
    expect(features.people).toEqual(expect.arrayContaining(['dornan', 'hwang']));
    expect(textFeatures('ketemu bu sarni di pelabuhan').people).toContain('sarni');
  });
});

describe('people named by their whole name (0150)', () => {
  it('reads a Khmer family name and the given name after ឈ្មោះ as one person, not the family name alone', () => {
    const names = nativeNames('មេខ្យល់ឈ្មោះ ចាន់ សុភា នៅផ្សារ');
    expect(names.map((name) => name.text)).toEqual(['ចាន់ សុភា', 'សុភា']);
    expect(names.every((name) => name.person)).toBe(true);
    expect(names[0]!.readings).toContain('chansophea');
    // A given name alone, or a family name before a verb, stays as it was read.
    expect(nativeNames('ឈ្មោះ ចាន់ រត់ចេញពីទីនោះបាត់').map((name) => name.text)).toEqual(['ចាន់']);
  });

  it('tells two people of one family name apart, and meets the whole name in Latin letters', () => {
    const codes = reasonCodes(tip('ស្រីឈ្មោះ ចាន់ សុភា ជួលមនុស្សទៅថៃ', 0, recruiter), tip('បុរសឈ្មោះ ចាន់ សុភី ជួលមនុស្សទៅថៃ', 300, recruiter));
    expect(codes).not.toContain('script_names');
    expect(reasonCodes(tip('ស្រីឈ្មោះ ចាន់ សុភា ជួលមនុស្សទៅថៃ', 0, recruiter), tip('Recruiter Chan Sophea at the market', 300, recruiter))).toContain('script_names');
  });

  it('does not meet a Korean full name by the first consonants of another', () => {
    const codes = reasonCodes(tip('최민호 카톡 알바 모집', 0, recruiter), tip('Korean recruiter Choi Min Ji, kakao, office BKK1', 300, recruiter));
    expect(codes).not.toContain('script_names');
    expect(reasonCodes(tip('최민호 카톡 알바 모집', 0, recruiter), tip('Korean recruiter Choi Min Ho, kakao, office BKK1', 300, recruiter))).toContain('script_names');
  });
});

describe('words that are no names (0150)', () => {
  it('does not read a Korean word for near, or Cambodia in any script, as a name', () => {
    expect(nativeNames('동생이 시장 근처라고 했어요').map((name) => name.text)).not.toContain('근처');
    expect(textFeatures('캄보디아 어디인지 몰라요').scripts.chunks).not.toContain('KMPT');
    expect(reasonCodes(tip('캄보디아 어디인지 몰라요', 0), tip('o Bavet co khach san Kim Pho 5 tang', 300))).not.toContain('script_names');
  });

  it('ends a Thai "not X" before its particle, and meets X as spelt', () => {
    expect(nativeLandmarks('ตึกเทา ไม่ใช่ซิลเวอร์มูนนะ')).toEqual(['ซิลเวอร์มูน']);
    const codes = reasonCodes(tip('ตึกเทา ๕ ชั้น ไม่ใช่แกรนด์โรสนะ', 0), tip('Grand Rose blue glass 5 floors', 200));
    expect(codes).not.toContain('script_names');
  });
});

describe('short follow-up tips (0150)', () => {
  it('reads the first chunk of a short tip that says "again" as a name', () => {
    expect(nativeNames('ស៊ីលវើមូន ឡានចូលទៀត').map((name) => name.text)).toEqual(['ស៊ីលវើមូន']);
    expect(nativeNames('ซิลเวอร์มูน รถตู้เข้าอีก ๒ คัน').map((name) => name.text)).toEqual(['ซิลเวอร์มูน']);
    // Not a word the concepts know, nor one before "named", nor without "again".
    expect(nativeNames('អគារខៀវ ឡានចូលទៀត')).toEqual([]);
    expect(nativeNames('ស៊ីលវើមូន ឡានចូល')).toEqual([]);
    expect([...textFeatures('Silvermoon: 3 more vans tonight').names]).toEqual(['silvermoon']);
    expect([...textFeatures('Silvermoon has 3 vans tonight').names]).toEqual([]);
  });
});

describe('a landmark described before its name (0150)', () => {
  it('reads the name after the kind and colour a Khmer tip glues before it, and meets no name inside it', () => {
    expect(nativeLandmarks('អគារខៀវ ជាប់នឹងអគារលឿងស៊ីលវើមូន')).toEqual(['ស៊ីលវើមូន']);
    const codes = reasonCodes(tip('អគារពណ៌លឿង ៩ ជាន់ ឈ្មោះ ស៊ីលវើមូន', 0), tip('អគារពណ៌ខៀវ ៧ជាន់ ជាប់នឹងអគារលឿងស៊ីលវើមូនផាឡេស', 300));
    expect(codes).not.toContain('script_names');
  });
});

describe('sounds a script has not (0150)', () => {
  it('says an English n + d or t cluster n, as Khmer and Thai spell it', () => {
    expect(spokenSkeletons('diamondbay')).toContain(spokenSkeleton('diamonbay'));
    expect(reasonCodes(tip('កាស៊ីណូ ហ្គ្រែនមូន នៅបាវិត', 0), tip('Grand Moon casino, Bavet', 300))).toContain('script_names');
  });


  it('meets a Latin sh with the s Khmer writes for it', () => {
    const codes = reasonCodes(tip('កាស៊ីណូសានលី អូរស្មាច់ មានជនបរទេសច្រើន', 0), tip('Shan Li casino, O Smach, back dormitory', 300));
    expect(codes).toContain('script_names');
  });
});

describe('a Chinese family name as Vietnamese reads it (0150)', () => {
  it('meets Vương with Wang and Trần with Chen, not with another surname', () => {
    const boss = { category: 'SCAM_COMPOUND' as const };
    expect(reasonCodes(tip('Kampot, nha 4 tang mai do, ông chủ là ông Vương', 0, boss), tip('Kampot, red roof 4 storey, Chinese boss Mr Wang', 300, boss))).toContain('names');
    expect(reasonCodes(tip('Kampot, nha 4 tang mai do, ông chủ họ Trần', 0, boss), tip('Kampot, red roof 4 storey, boss is Mr Chen', 300, boss))).toContain('names');
    expect(reasonCodes(tip('Kampot, nha 4 tang mai do, ông chủ là ông Vương', 0, boss), tip('Kampot, red roof 4 storey, boss is Mr Chen', 300, boss))).toContain('names_differ');
  });
});

describe('a Korean named in full (0150)', () => {
  it('reads a full name after a kin word or before an age, and meets its Latin spelling', () => {
    expect(nativeNames('동생 최민호가 잡혀 있어요').map((name) => name.text)).toEqual(['최민호']);
    expect(nativeNames('최민호 25세, 연락이 안 돼요')[0]!.readings).toContain('choiminho');
    expect(nativeNames('주유소 근처 안에서 봤어요')).toEqual([]);
    const held = { category: 'PERSON_HELD' as const };
    expect(reasonCodes(tip('동생 최민수가 잡혀 있어요', 0, held), tip('Choi Min-soo (korean, 25) held east of the river', 300, held))).toContain('script_names');
  });
});

describe('a person after a nationality in Chinese (0150)', () => {
  it('reads the name between the people word and the verb, and a Vietnamese one by Hán-Việt', () => {
    const names = nativeNames('越南人陈文英被关在巴域');
    expect(names.map((name) => name.text)).toEqual(['陈文英']);
    expect(names[0]!.readings).toContain('tranvananh');
    expect(nativeNames('口岸旁边，越南人很多')).toEqual([]);
  });
});
