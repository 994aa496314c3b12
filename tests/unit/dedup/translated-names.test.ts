import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { scorePair, translatedNames } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0133: a name translated from one language to another meets its original on its name words.
const words = (text: string) => [...textFeatures(text).concepts.concepts];
const tip = tipsNear(10.6, 103.55);
const codes = (a: string, b: string, north = 0) => scorePair(tip(a), tip(b, north)).reasons.map((reason) => reason.code);

describe('name words of a Vietnamese name', () => {
  it('reads the Hán-Việt syllables of a marked name as name words, never in running text', () => {
    expect(words('tôi bị giữ ở khu Kim Liên gần biển')).toEqual(expect.arrayContaining(['golden', 'lotus']));
    expect(words('khu Cát Mã ở Bavet, 6 tầng')).toEqual(expect.arrayContaining(['lucky', 'horse']));
    // "long" (long) and "kim" (needle) in running Vietnamese, and an English name without marks
    expect(words('tôi đợi rất lâu, kim đồng hồ chạy mãi, chờ long cả người')).not.toEqual(expect.arrayContaining(['golden']));
    expect(words('Long Bay apartments near the pier')).not.toContain('dragon');
  });
});

describe('brand words spelt in other scripts', () => {
  it('reads a transliterated English brand word as the English word', () => {
    expect(words('คาสิโนโกลเด้นดราก้อน ที่ปอยเปต')).toEqual(expect.arrayContaining(['golden', 'dragon']));
    expect(words('កាស៊ីណូ ហ្គោលដិន នៅបាវិត')).toContain('golden');
    expect(words('바벳 블루코랄 카지노')).toEqual(expect.arrayContaining(['coral', 'blue']));
    expect(words('ရွှေကိုးကို ဂိုးလ်ဒင် ကာစီနို')).toContain('golden');
    expect(words('西港蓝珊瑚园区')).toContain('coral');
  });

  it('takes a lower-case name word in a text with capitals for a description, not a name', () => {
    expect(conceptFeatures('Grey building behind the casino with the gold lions.').concepts).not.toContain('lion');
    // (Not "Golden Lion": that is Sihanoukville's roundabout, a landmark; decision 0215.)
    expect(conceptFeatures('Recruiter works from the Golden Tiger office.').concepts).toContain('tiger');
    // a tipster who writes no capitals at all still names: 'golden fortune'
    expect(conceptFeatures("casino 'golden fortune' in sihanoukville").concepts).toContain('fortune');
  });

  it('keeps the name word of a landmark out: "near the Golden Lion roundabout" names another place', () => {
    expect(conceptFeatures('Agent hangs out at a cafe dekat bundaran Golden Lion').concepts).not.toContain('lion');
  });
});

describe('translatedNames', () => {
  const f = (text: string) => textFeatures(text);
  it('takes names that translate to the same name words for one name', () => {
    expect(translatedNames(f('tôi trốn ra từ khu Kim Liên ở Ream'), f('Golden Lotus Bay compound near Ream'))).toBe(true);
    expect(translatedNames(f('khu Cát Mã ở Bavet'), f('Lucky Horse casino in Bavet'))).toBe(true);
    expect(translatedNames(f('西港蓝珊瑚园区'), f('바벳 블루코랄 카지노'))).toBe(true);
  });

  it('does not take two brand names sharing one lead word, or a word left over, for one name', () => {
    expect(translatedNames(f('Golden Dragon casino'), f('Golden Phoenix casino'))).toBe(false);
    expect(translatedNames(f('Royal Crown casino in Poipet'), f('Crown Heights apartments in Poipet'))).toBe(false);
    expect(translatedNames(f('我在巴域金帆园区'), f('巴域金时代园区'))).toBe(false);
  });
});

describe('scorePair with translated names', () => {
  it('does not count "names differ" between a Vietnamese name and its English translation, and weighs their name words', () => {
    const reasons = codes('tôi trốn ra từ khu Kim Liên ở Ream, 7 tầng', 'Golden Lotus Bay compound near Ream, 7 floors', 300);
    expect(reasons).not.toContain('names_differ');
    expect(reasons).toContain('concepts');
    const concepts = scorePair(tip('tôi trốn ra từ khu Kim Liên ở Ream, 7 tầng'), tip('Golden Lotus Bay compound near Ream, 7 floors', 300)).reasons.find((reason) => reason.code === 'concepts');
    expect(concepts).toMatchObject({ concepts: expect.arrayContaining(['golden', 'lotus']) });
  });

  it('keeps two different brand names side by side apart', () => {
    const score = scorePair(tip('Golden Dragon casino, 7 floors, blue glass'), tip('Golden Phoenix casino, 7 floors, blue glass', 40));
    expect(score.reasons.map((reason) => reason.code)).toContain('names_differ');
    const hotels = scorePair(tip('khu Hải Long ở Ream'), tip('khu Cát Mã ở Ream', 40));
    expect(hotels.reasons.map((reason) => reason.code)).toContain('names_differ');
  });
});
