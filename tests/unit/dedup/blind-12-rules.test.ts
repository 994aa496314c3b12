import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '@/lib/dedup/config';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { thaiReading } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { handleTokens, scriptRuns, textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decisions 0143, 0144 and 0145: general causes of wrong pairs found on blind-12. Every name here is
// invented for the test; none is from a labelled set.
const tip = tipsNear(11.08, 106.13);
const distanceWeight = (a: ReturnType<typeof tip>, b: ReturnType<typeof tip>) => scorePair(a, b).reasons.find((reason) => reason.code === 'distance')?.weight ?? 0;

describe('proximity counts fully only with something of the place in common (0143)', () => {
  it('does not flag two vague tips 100 m apart in one town', () => {
    const a = tip('Bavet, a walled compound with guards, buses at night');
    const b = tip('Tiệm đổi tiền ở Bavet, người trong khu ra đổi tiền', 100);
    const pair = scorePair(a, b);
    // distance at most proximityVague (0.25), + category 0.10 + time 0.05 + Bavet 0.04
    expect(distanceWeight(a, b)).toBeLessThanOrEqual(WEIGHTS.proximityVague);
    expect(pair.score).toBeGreaterThanOrEqual(0.3);
    expect(pair.score).toBeLessThan(0.5);
  });

  it('counts the town and the landmark both stand by as where, not as which', () => {
    // distance 0.235 + roundabout 0.06 and Bavet 0.04 + category 0.10 + time 0.05 = 0.485
    const a = tip('ជិតរង្វង់មូល នៅបាវិត មានរបងខ្ពស់');
    const b = tip('Gần vòng xoay ở Bavet, có bảo vệ ở cổng', 80);
    expect(distanceWeight(a, b)).toBeLessThanOrEqual(WEIGHTS.proximityVague);
    expect(scorePair(a, b).score).toBeLessThan(0.5);
  });

  it('counts proximity fully with a shared colour, floor count or name', () => {
    const near = (a: string, b: string) => distanceWeight(tip(a), tip(b, 80));
    expect(near('Bavet, a purple building with guards', 'Bavet: purple compound, buses at night')).toBeGreaterThan(0.4);
    expect(near('Bavet, a building of 11 floors', 'Bavet: compound, 11 floors')).toBeGreaterThan(0.4);
    expect(near('The Quillon Tower in Bavet', 'Workers held in Quillon Tower')).toBeGreaterThan(0.4);
  });
});

describe('a Chinese common word in a tip of another language is not a name (0144)', () => {
  it('reads 保安 (security guard) and 大楼 (building) as words, a name as a name', () => {
    expect(scriptRuns('Bavet có khu mới, 保安 có súng').hanNames).toEqual([]);
    expect(scriptRuns('Khu mới ở Bavet, 大楼 rất cao').hanNames).toEqual([]);
    expect(scriptRuns('Khu mới ở Bavet tên là 银槐, có bảo vệ').hanNames).toEqual(['银槐']);
  });

  it('does not pair a Vietnamese and a Chinese tip by 保安 alone', () => {
    const a = tip('Bavet có khu mới, 保安 có súng', 0, { lng: 106.14 });
    const b = tip('木牌口岸过去的银槐娱乐城，后门保安带枪。');
    expect(reasonCodes(a, b)).not.toContain('script_names');
  });
});

describe('a colour word inside a name is not the paint (0144)', () => {
  it('reads the cream of a building named "Red Orchid", not red', () => {
    const concepts = textFeatures('My cousin is at the Red Orchid resort in Koh Kong, a cream building of 8 floors.').concepts.concepts;
    expect(concepts).toContain('beige');
    expect(concepts).not.toContain('red');
  });

  it('keeps a colour that opens a sentence or describes', () => {
    expect(textFeatures('Red building near the market, guards at the gate.').concepts.concepts).toContain('red');
    expect(textFeatures('The Quillon Tower is a red building.').concepts.concepts).toContain('red');
  });

  it('sets a named place against a building of another paint', () => {
    const a = tip('My cousin is at the Red Orchid resort in Koh Kong, a cream building.');
    const b = tip('Koh Kong, a red tin-roof factory by the mangroves', 60);
    expect(reasonCodes(a, b)).toContain('other_colour');
  });
});

describe('an area of Phnom Penh is where, not which (0144)', () => {
  it('reads Chắc Ang Rê as Chak Angre', () => {
    expect(conceptFeatures('Tòa Hoa Mai ở Chắc Ang Rê, 30 tầng').concepts).toContain('chak angre');
  });

  it('gives no name to two towers that share only their area', () => {
    const a = tip('Tòa Hoa Mai ở Chắc Ang Rê, 30 tầng, sát sông', 0, { lat: 11.515, lng: 104.942 });
    const b = tip('អគារពណ៌ប្រផេះ ២៥ជាន់ ចាក់អង្រែ មានឆ្មាំ', 0, { lat: 11.5165, lng: 104.9437 });
    expect(reasonCodes(a, b)).not.toContain('script_names');
    expect(scorePair(a, b).score).toBeLessThan(0.5);
  });
});

describe('Khmer words of a resort', () => {
  it('reads រមណីយដ្ឋាន as a resort', () => {
    expect(conceptFeatures('រមណីយដ្ឋានចាស់ ផ្លូវឡើងភ្នំ').concepts).toContain('resort');
  });
});

describe('recruiters by their handle, across aliases and towns (0145)', () => {
  it('reads a Thai word of two consonants with its unwritten o (a nickname)', () => {
    expect(thaiReading('ต้น')).toBe('ton');
    expect(thaiReading('นก')).toBe('nok');
  });

  const recruiter = (text: string, north: number) => tip(text, north, { category: 'RECRUITER' });

  it('reads a handle written with spaces after a platform\'s name, not a word and a number', () => {
    expect(handleTokens('Cò tên Sói, tele: soibao work 77, hẹn ở bến xe')).toEqual(['@soibaowork77']);
    expect(handleTokens('He added us to a telegram group 5 days ago')).toEqual([]);
  });

  it('pairs two tips with one handle under two aliases in two towns', () => {
    const a = recruiter('ပွဲစား Telegram @soibao_work77 ၊ ပွိုင်းပက်ကို ခေါ်သွားတယ်', 0);
    const b = recruiter('Cò tên Anh Sói, tele: soibao work 77, hẹn gặp ở Sihanoukville rồi đưa vào khu.', 300_000);
    const codes = reasonCodes(a, b);
    expect(codes).not.toContain('other_town');
    expect(codes).not.toContain('names_differ');
    expect(scorePair(a, b).score).toBeGreaterThanOrEqual(0.5);
  });

  it('still sets two towns against each other for places', () => {
    const a = tip('A walled compound in Poipet, 6 floors, yellow', 0);
    const b = tip('A walled compound in Sihanoukville, 6 floors, yellow', 300_000);
    expect(reasonCodes(a, b)).toContain('other_town');
  });
});
