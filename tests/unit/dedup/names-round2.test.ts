import { describe, expect, it } from 'vitest';
import { nativeNames } from '@/lib/dedup/native-names';
import { translatedNames } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0148, round 2: names found on blind-12, 14, 16 and 18. Every name here is invented.
const tip = tipsNear(11.57, 104.91);

describe('Khmer and Thai names after a kind word (0148, round 2)', () => {
  it('reads the name after the town between a Khmer kind and the name', () => {
    expect(nativeNames('វីឡា បាវិត ហ្វីនិច ពណ៌ស').map((name) => name.text)).toContain('ហ្វីនិច');
    expect(nativeNames('រីសត ហ្វីនិច ជិតសមុទ្រ').map((name) => name.text)).toContain('ហ្វីនិច');
  });

  it('reads no name in "a hotel on", "in", "near" a place', () => {
    expect(nativeNames('សណ្ឋាគារលើភ្នំធំ មានរបង')).toEqual([]);
    expect(nativeNames('វីឡាក្នុងភូមិ ពណ៌លឿង')).toEqual([]);
    expect(nativeNames('โรงแรมใกล้ตลาด สีขาว')).toEqual([]);
  });
});

describe('a qualifier dropped from a translated name (0148, round 2)', () => {
  it('meets "Royal X" and "Grand X" with X translated', () => {
    expect(translatedNames(textFeatures('Adik saya di resort Royal Phoenix dekat pantai'), textFeatures('凤凰度假村 海边'))).toBe(true);
    expect(reasonCodes(tip('Adik saya di resort Grand Phoenix dekat pantai'), tip('凤凰度假村 海边', 300))).toContain('script_names');
  });

  it('does not drop a word that tells two places apart', () => {
    expect(translatedNames(textFeatures('casino Golden Phoenix, blue roof'), textFeatures('凤凰娱乐城 蓝顶'))).toBe(false);
    expect(translatedNames(textFeatures('Royal Crown casino'), textFeatures('Crown Heights tower'))).toBe(false);
  });
});

describe('a trade word after a name (0148, round 2)', () => {
  it('reads "X Jobs" as the name X, not two names', () => {
    expect([...textFeatures('ระวังเพจ Dao Jobs Cambodia หลอกไปทำงาน').names]).toEqual(['dao']);
    expect([...textFeatures('Beware the page Somchai Recruitment on facebook').names]).toContain('somchai');
    expect([...textFeatures('Beware the page Somchai Recruitment on facebook').names]).not.toContain('recruitment');
  });

  it('meets a recruiter\'s page "X Jobs" with X titled in Thai', () => {
    const recruiter = (text: string, north = 0) => tip(text, north, { category: 'RECRUITER' });
    expect(reasonCodes(recruiter('ระวังเพจ Tong Jobs Cambodia หลอกไปทำงาน'), recruiter('พี่ตอง นายหน้า พาคนไปปอยเปต', 5000))).toContain('script_names');
  });
});
