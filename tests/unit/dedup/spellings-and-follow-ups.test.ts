import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { decodeFeatures, encodeFeatures, textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decisions 0188 to 0191. Every text here is invented for the test.
const tip = tipsNear(11.52, 104.91);
const readingsOf = (text: string, name: string) => nativeNames(text).find((found) => found.text === name)?.readings ?? [];

describe('a Chinese surname spelt in Khmer or Thai reads as its pinyin (0188)', () => {
  it('gives ហួង and หวง the reading huang, besides their own', () => {
    expect(readingsOf('ថៅកែហួង ដឹកមនុស្សចូលយប់មិញ', 'ហួង')).toEqual(expect.arrayContaining(['huang', 'huong']));
    expect(readingsOf('นายหน้าชื่อหวง พาคนข้ามแดน', 'หวง')).toContain('huang');
  });

  it('meets the boss a Chinese tip calls by his surname', () => {
    const khmer = tip('ថៅកែហួង ផ្លូវលេខ៤ ដឹកកុំព្យូទ័រចូល', 0);
    const chinese = tip('四号公路 黄总的园区 灰色围墙', 500);
    expect(reasonCodes(khmer, chinese)).toContain('script_names');
    expect(scorePair(khmer, chinese).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('does not meet another surname', () => {
    const khmer = tip('ថៅកែហួង ផ្លូវលេខ៤ ដឹកកុំព្យូទ័រចូល', 0);
    const chinese = tip('四号公路 王总的园区 灰色围墙', 500);
    expect(reasonCodes(khmer, chinese)).not.toContain('script_names');
  });
});

describe('a Burmese name written in Thai letters (0188)', () => {
  it('reads อ่อง, จ่อ, ซอ, เมียว as Burmese names are spelt in Latin letters, with and without the title Ko', () => {
    expect(readingsOf('แรงงานพม่าชื่ออ่องโกโก ถูกขัง', 'อ่องโกโก')).toContain('aungkoko');
    expect(readingsOf('นายหน้าชื่อโกอ่องเมียว หลอกคนข้ามแดน', 'โกอ่องเมียว')).toEqual(expect.arrayContaining(['koaungmyo', 'aungmyo']));
    expect(readingsOf('มีคนพม่าชื่อจ่อซินอู ถูกขัง', 'จ่อซินอู')).toContain('kyawzinoo');
  });

  it('meets the same person named in Latin letters', () => {
    const thai = tip('นายอ่อง โก โก ชาวพม่า ถูกขังที่ตึกแถวถนนไปเรียม', 0, { category: 'PERSON_HELD' });
    const english = tip('my cousin Aung Ko Ko is locked in a shophouse on the road to Ream', 600, { category: 'PERSON_HELD' });
    expect(reasonCodes(thai, english)).toContain('script_names');
  });

  it('leaves a Thai name without those syllables as it was', () => {
    expect(readingsOf('นายหน้าชื่อสมชาย พาคนข้ามแดน', 'สมชาย')).toEqual(['somchai']);
  });
});

describe('a follow-up on a place already reported (0189)', () => {
  const report = 'អគារពណ៌ខៀវ ៧ជាន់ ខាងក្រោយផ្សារ បង្អួចបិទដែកទាំងអស់ យប់ភ្លើងឆេះរហូត';

  it('is known by "again" in a short tip, or by "the same place" in any', () => {
    expect(textFeatures('កន្លែងដដែល យប់នេះឡានវ៉ាន ២ គ្រឿងទៀត').followUp).toBe(true);
    expect(textFeatures('还是上周说的那栋 今天又打人了').followUp).toBe(true);
    expect(textFeatures('update: still locked inside, they moved him to the back building of the same compound').followUp).toBe(true);
    expect(textFeatures('Chỗ cũ ở Kampot, tối qua thêm 2 xe').followUp).toBe(true);
    expect(textFeatures(report).followUp).toBe(false);
  });

  it('keeps the mark when stored', () => {
    expect(decodeFeatures(encodeFeatures(textFeatures('ព្រែកព្នៅ កន្លែងដដែល យប់នេះឡាន ៣')))?.followUp).toBe(true);
  });

  it('is a likely duplicate of the report next to it', () => {
    const followUp = tip('កន្លែងដដែល យប់នេះឡានវ៉ាន ២ គ្រឿងទៀត', 0);
    expect(scorePair(followUp, tip(report, 100)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reaches a report across the road or the block, 250 m away (0191)', () => {
    const followUp = tip('កន្លែងដដែល យប់នេះឡានវ៉ាន ២ គ្រឿងទៀត', 0);
    expect(scorePair(followUp, tip(report, 250)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('is not flagged against a report a street away, nor against one it is told apart from', () => {
    const followUp = tip('កន្លែងដដែល យប់នេះឡានវ៉ាន ២ គ្រឿងទៀត', 0);
    expect(scorePair(followUp, tip(report, 400)).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    const unrelated = tip('កន្លែងដដែល អគារពណ៌ក្រហម យប់នេះឡាន ២ ទៀត', 0);
    expect(scorePair(unrelated, tip(report, 100)).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('is not flagged against a report on another road', () => {
    const followUp = tip('ផ្ទះល្វែងផ្លូវ២៧១ នៅដដែល', 0);
    const report = tip('ផ្លូវ២១៧ ផ្ទះល្វែង៥ ទ្វាររ៉ឺដូបិទជាប់រហូត យប់មានឡានចូល', 150);
    expect(reasonCodes(followUp, report)).toContain('other_road');
    expect(scorePair(followUp, report).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('leaves two tips that do not follow up as vague as before: nearness alone flags nothing', () => {
    const vague = tip('យប់នេះឡានវ៉ាន ២ គ្រឿងចូលអគារ', 0);
    expect(scorePair(vague, tip(report, 100)).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });
});

describe('a person named in a tip without capitals, or after a Khmer people word (0190)', () => {
  it('meets a one-word name or a full name\'s first word among the words of a tip without capitals', () => {
    const named = tip('My brother Rizky Pratama is held in a white tower near the bridge, they took his passport', 0, { category: 'PERSON_HELD' });
    const lower = tip('anak sy rizky di dekat jembatan tlg dia dipukuli', 450, { category: 'PERSON_HELD' });
    expect(scorePair(named, lower).reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: ['rizky'] }));
  });

  it('does not take a later word of a place\'s name for the place', () => {
    const named = tip('White Sands villas on the Otres road, about 50 workers and tinted vans', 0);
    const lower = tip('the golden sands compound on the otres road, big walls, cctv everywhere', 300);
    expect(reasonCodes(named, lower)).not.toContain('script_names');
  });

  it('reads the name after a Khmer man, woman or people word, up to a deed or a thing', () => {
    const names = (text: string) => nativeNames(text).map((name) => name.text);
    expect(names('ស្ត្រីភូមា ឃីន ឃីន អេ នាំមនុស្សមកប៉ៃលិន')).toContain('ឃីន ឃីន អេ');
    expect(names('ជនជាតិភូមា កូអោង ហាងកាតទូរស័ព្ទ ផ្ទេរលុយ')).toContain('កូអោង');
    expect(names('បុរសកូរ៉េ គីម មីនជុន ជាប់ឃុំនៅដង្កោ')).toContain('គីម មីនជុន');
    expect(names('ស្រីថៃ ជាមេខ្យល់ នៅផ្សារ')).toEqual([]);
    expect(names('ជនជាតិកូរ៉េ និងចិន រស់នៅខាងក្នុង')).toEqual([]);
  });
});

describe('a one-line follow-up that describes its place (0192)', () => {
  const report = 'Old garment factory with yellow walls on the road to the airport, razor wire and dogs, two minibuses every Friday night';

  it('meets the report it describes in two pieces, 500 m off', () => {
    const followUp = tip('រោងចក្រលឿង ឡានចូលទៀត', 0);
    expect(scorePair(followUp, tip(report, 500)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('does not reach as far when it says one piece only', () => {
    const followUp = tip('រោងចក្រ ឡានចូលទៀត', 0);
    expect(scorePair(followUp, tip(report, 500)).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });
});
