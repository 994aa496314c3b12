import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0180. Every text here is invented for the test.
const tip = tipsNear(11.55, 104.92);
const held = (text: string, north = 0) => tip(text, north, { category: 'PERSON_HELD' });
const nativeNames = (text: string) => textFeatures(text).scripts.names.map((name) => name.text);

describe("a Korean's name that a Chinese tip writes in hanja (0180)", () => {
  it('reads it as the Korean name, the surname as Koreans say it', () => {
    expect(nativeNames('韩国人金泰勋被关在金边堆谷')).toEqual(['金泰勋', '김태훈']);
    expect(nativeNames('韓國人朴志成在西港被打')).toEqual(['朴志成', '박지성']);
  });

  it('meets the name in hangul and in Latin letters', () => {
    const chinese = held('韩国人金泰勋被关在金边堆谷的白楼里', 0);
    const korean = held('동생 김태훈 28세, 프놈펜 뚤꼭 흰 건물에 갇혀 있어요', 200);
    const english = held('Korean man Kim Tae-hoon held in a white building in Toul Kork', 300);
    expect(reasonCodes(chinese, korean)).toContain('script_names');
    expect(reasonCodes(chinese, english)).toContain('script_names');
    expect(scorePair(chinese, english).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads a Chinese national or a name without a Korean surname as Chinese only', () => {
    expect(nativeNames('越南人黎文心被关在巴域')).not.toContain('려문심');
    expect(nativeNames('韩国人欧阳明被关在金边').every((name) => !/\p{Script=Hangul}/u.test(name))).toBe(true);
  });

  it('reads 叫他金室长 ("they call him Manager Kim") as the Korean surname and title, not as a name after 叫', () => {
    const chinese = held('贡布山上的旧度假村，管事的韩国人大家叫他金室长', 0);
    const korean = held('캄폿 산 위 옛날 리조트, 김실장이라는 한국 사람이 관리해요', 200);
    expect(chinese.features.scripts.names.find((name) => name.text === '金室长')?.readings).toContain('kim');
    expect(reasonCodes(chinese, korean)).toContain('script_names');
  });

  it('does not meet another Korean name', () => {
    const chinese = held('韩国人金泰勋被关在金边堆谷的白楼里', 0);
    const korean = held('동생 김태희 28세, 프놈펜 뚤꼭 흰 건물에 갇혀 있어요', 200);
    expect(reasonCodes(chinese, korean)).not.toContain('script_names');
  });
});
