import { describe, expect, it } from 'vitest';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0175. Every text here is invented for the test.
const tip = tipsNear(11.57, 104.98);
const recruiter = (text: string, north = 0) => tip(text, north, { category: 'RECRUITER' });
const nativeNames = (text: string) => textFeatures(text).scripts.names.map((name) => name.text);

describe('a name before Korean "called", and Mandarin e in Korean letters (0175)', () => {
  it('keeps the 이 of a name that ends on an open syllable: 천웨이라는 is "called Cheon Wei"', () => {
    expect(nativeNames('천웨이라는 중국인이 알바를 구한대요')).toEqual(['천웨이']);
    expect(nativeNames('리메이라고 하는 여자가 사람을 모아요')).toEqual(['리메이']);
  });

  it('leaves 이라는 after a closed syllable to the word "called"', () => {
    expect(nativeNames('김민준이라는 사람이 데려갔어요')).toEqual(['김민준']);
  });

  it('meets 천웨이 with 陈伟, as Korean writes Mandarin chen 천', () => {
    const korean = recruiter('천웨이라는 중국인이 끼엔스바이에서 상담 알바 구한다고 함', 0);
    const chinese = recruiter('陈伟，在干拉省开中介，到处发广告招客服', 150);
    expect(reasonCodes(korean, chinese)).toContain('script_names');
  });
});
