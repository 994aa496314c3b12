import { describe, expect, it } from 'vitest';
import { DEDUP_DEFAULTS, DUPLICATE_FLAG_THRESHOLD, WEIGHTS } from '@/lib/dedup/config';
import { nativeNames } from '@/lib/dedup/native-names';
import { isShortTip } from '@/lib/dedup/near-words';
import { proximityShare, scorePair } from '@/lib/dedup/score-pair';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0160: one-line tips and follow-ups. Every text here is invented for the test.
const tip = tipsNear(10.62, 103.52);
const LONG = 'The Kestrel compound near the beach road in Sihanoukville, guards with sticks at the gate, people held inside and beaten.';
const texts = (text: string) => nativeNames(text).map((name) => name.text);

describe('a one-line tip', () => {
  it('is one line of letters, a Chinese or Korean character counting as two', () => {
    expect(isShortTip('Kestrel again, 3 buses tonight')).toBe(true);
    // 34 characters, most of them Han: as much as a long line of Latin letters says
    expect(isShortTip('西港海边那个园区，门口保安拿棍子，里面关着很多人，每天晚上都有车进出')).toBe(false);
    expect(isShortTip('凯斯特园区又来了两车人')).toBe(true);
  });

  it('widens nearness by the one name it shares with a longer tip', () => {
    // 800 m apart: a rough pin; the name is all the follow-up says of the place
    expect(scorePair(tip(LONG), tip('Kestrel again, 3 buses tonight', 800)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
    // Two long tips sharing one name that far apart: each could have said more, and nearness is not widened
    const other = 'Kestrel: my brother wrote that they took his passport and that he works nights on the phones, please help him.';
    const near = (text: string) => scorePair(tip(LONG), tip(text, 800)).reasons.some((reason) => reason.code === 'distance');
    expect(near(other)).toBe(false);
    expect(near('Kestrel again, 3 buses tonight')).toBe(true);
  });

  it('is not widened by its name when it says more of the place than the other tip gives', () => {
    const near = (text: string) => scorePair(tip(LONG), tip(text, 800)).reasons.some((reason) => reason.code === 'distance');
    expect(near('Kestrel again, the old casino, 2 vans')).toBe(false);
  });

  it('is near by its pin when every piece it describes is in the other tip, the other naming its place', () => {
    // "the hotel on the hill, 2 more cars": the hotel and the hill, both in the named tip 250 m away
    const named = 'Kestrel Hotel on the hill road: its east wing is shut, Chinese bosses run phone scams there, guards everywhere.';
    const distance = scorePair(tip(named), tip('khách sạn trên đồi, thêm 2 xe', 250)).reasons.find((reason) => reason.code === 'distance');
    expect(distance?.weight).toBeCloseTo(WEIGHTS.proximity * proximityShare(250, DEDUP_DEFAULTS.radiusM), 3);
    // One piece only ("the hotel") stays vague: every hotel near there is one
    const vague = scorePair(tip(named), tip('khách sạn, thêm 2 xe', 250)).reasons.find((reason) => reason.code === 'distance');
    expect(vague?.weight).toBeCloseTo(WEIGHTS.proximityVague * proximityShare(250, DEDUP_DEFAULTS.radiusM), 3);
  });

  it('is not widened when what little it says parts from the other, or it is another kind of report', () => {
    const long = `${LONG} A white building of 5 floors.`;
    expect(scorePair(tip(long), tip('Kestrel 9 floors, 2 vans', 800)).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    expect(scorePair(tip(LONG), tip('Kestrel again, recruiting at the bus station', 800, { category: 'RECRUITER' })).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });
});

describe('what a one-line Khmer or Thai tip writes after a kind word', () => {
  it('reads a colour without the word for colour as the building’s, not a name', () => {
    // "the yellow building by the river, 3 more vans"; "the blue building, 2 more cars"
    expect(texts('ตึกเหลืองริมแม่น้ำ รถตู้อีก ๓ คัน')).toEqual([]);
    expect(texts('អគារខៀវមាត់ទន្លេ ឡាន ២ ទៀត')).toEqual([]);
  });

  it('reads a follow-up that opens with a Khmer full name by both its words', () => {
    // "Sok Dara took 5 more kids": the family name alone is too short to tell anyone
    expect(texts('សុខ ដារ៉ា យកក្មេង ៥ នាក់ទៀត')).toContain('សុខ ដារ៉ា');
  });

  it('does not read "the same place" a follow-up points back with as a name', () => {
    expect(texts('កន្លែងដដែល យប់នេះឡាន ៣ ទៀត')).toEqual([]);
  });
});
