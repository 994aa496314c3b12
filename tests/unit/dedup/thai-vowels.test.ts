import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { thaiReading } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0178. Every text here is invented for the test.
const tip = tipsNear(13.65, 102.56);
const recruiter = (text: string, north = 0) => tip(text, north, { category: 'RECRUITER' });

describe('Thai vowels written around the consonant, read as one (0178)', () => {
  it('reads เ◌ีย as "ia", เ◌ิ as "e" and เ◌ือ as "uea", with no final of their ย or อ', () => {
    expect(thaiReading('เหลียง')).toBe('liang');
    expect(thaiReading('เสี่ยว')).toBe('siao');
    expect(thaiReading('เลียก')).toBe('liak');
    expect(thaiReading('เฉิน')).toBe('chen');
    expect(thaiReading('เมือง')).toBe('mueang');
  });

  it('leaves เ with a final ย as it was: เหว่ย is "wei"', () => {
    expect(thaiReading('เหว่ย')).toBe('wei');
    expect(thaiReading('สมชาย')).toBe('somchai');
  });

  it('meets a broker called Liang in Thai and in English', () => {
    const thai = recruiter('ชายจีนชื่อเหลียง ชวนคนไปทำงานที่ปอยเปต', 0);
    const english = recruiter('A Chinese broker called Liang recruits young people in Poipet', 300);
    expect(scorePair(thai, english).reasons.map((reason) => reason.code)).toContain('script_names');
    expect(scorePair(thai, english).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});
