import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { keyFeatures } from '@/lib/dedup/keys';
import { syllableOnsets } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0179. Every text here is invented for the test.
const tip = tipsNear(11.58, 104.9);

describe('a foreign name that Chinese and Burmese write by its sound (0179)', () => {
  it('reads the first sound of each syllable, closing consonants unwritten, r heard l', () => {
    expect(syllableOnsets(['srey', 'leak'])).toBe('sll');
    expect(syllableOnsets(['si', 'lei', 'li'])).toBe('sll');
    expect(syllableOnsets(['sareli'])).toBe('sll');
    expect(syllableOnsets(['keo', 'vanna'])).toBe('kvn');
    expect(syllableOnsets(['gao', 'wan', 'na'])).toBe('kvn');
    expect(syllableOnsets(['seng', 'vuthy'])).toBe('svt');
    expect(syllableOnsets(['sen', 'wu', 'di'])).toBe('svt');
  });

  it('meets a Khmer name written in Chinese characters and in Latin letters', () => {
    const chinese = tip('堆谷市场卖手机卡的女人，叫斯蕾莉，骗学生去做酒店工作', 0, { category: 'RECRUITER' });
    const english = tip('Srey Leak sells SIM cards at Toul Kork market and recruits students for hotel jobs', 150, { category: 'RECRUITER' });
    expect(reasonCodes(chinese, english)).toContain('script_names');
    expect(scorePair(chinese, english).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('meets it written in Burmese letters and in Chinese characters', () => {
    const burmese = tip('ဈေးမှာ ဆင်းကတ်ရောင်းတဲ့ စရေလိ ဆိုတဲ့ မိန်းမ ကျောင်းသားတွေကို ဟိုတယ်အလုပ် ဆိုပြီး ခေါ်တယ်', 0, { category: 'RECRUITER' });
    const chinese = tip('堆谷市场卖手机卡的女人，叫斯蕾莉，骗学生去做酒店工作', 120, { category: 'RECRUITER' });
    expect(reasonCodes(burmese, chinese)).toContain('script_names');
  });

  it('keys both spellings alike, so that the wider search finds them', () => {
    const key = 's:~sll';
    expect(keyFeatures(textFeatures('叫斯蕾莉的女人')).names).toContain(key);
    expect(keyFeatures(textFeatures('Srey Leak recruits students')).names).toContain(key);
  });

  it('does not meet a name whose syllables open otherwise', () => {
    const chinese = tip('堆谷市场卖手机卡的女人，叫斯蕾莉，骗学生去做酒店工作', 0, { category: 'RECRUITER' });
    const english = tip('Sokha Leak sells SIM cards at Toul Kork market and recruits students for hotel jobs', 150, { category: 'RECRUITER' });
    expect(reasonCodes(chinese, english)).not.toContain('script_names');
  });

  it('does not meet by two syllables alone, which too many names share', () => {
    // 苏卡 (Suka) opens its syllables as Sokha does; 索卡 is Sokha itself, as Chinese hears it (decision 0217).
    expect(syllableOnsets(['su', 'ka'])).toBe(syllableOnsets(['sokha']));
    const chinese = tip('中介叫苏卡，在市场招人去西港', 0, { category: 'RECRUITER' });
    const english = tip('a broker named Sokha recruits people at the market for Sihanoukville', 150, { category: 'RECRUITER' });
    expect(reasonCodes(chinese, english)).not.toContain('script_names');
  });
});
