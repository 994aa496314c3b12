import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { conceptFeatures, conceptLabel } from '@/lib/dedup/concepts';
import { scorePair } from '@/lib/dedup/score-pair';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0176. Every text here is invented for the test.
const tip = tipsNear(11.62, 104.86);
const concepts = (text: string) => [...conceptFeatures(text).concepts];

describe('a fence of zinc sheets, said in every language (0176)', () => {
  it('reads the zinc fence as one feature in eight languages, not as a fence or a roof', () => {
    const texts = [
      'a compound with a tall zinc fence by the river',
      'បរិវេណមានរបងស័ង្កសីខ្ពស់ មាត់ទន្លេ',
      '河边一个园区，铁皮围墙很高',
      'khu có hàng rào tôn cao cạnh sông',
      'khu co hang rao ton cao canh song',
      'มีรั้วสังกะสีสูงริมแม่น้ำ',
      'ada kompleks pagar seng tinggi di pinggir sungai',
      '강가에 높은 양철 담장이 있는 단지',
      'မြစ်ကမ်းဘေး သွပ်ခြံစည်းရိုးမြင့် ဝင်း',
    ];
    for (const text of texts) {
      expect(concepts(text), text).toContain('tin fence');
      expect(concepts(text), text).not.toContain('tin roof');
    }
    expect(concepts('a blue tin roof and a wooden fence')).toEqual(expect.arrayContaining(['tin roof', 'fence']));
    expect(concepts('a blue tin roof and a wooden fence')).not.toContain('tin fence');
  });

  it('reads "tin roofs" as a tin roof, as "tin roof" is', () => {
    expect(concepts('old workers quarters with tin roofs')).toContain('tin roof');
  });

  it('names the zinc fence in the officer language', () => {
    expect(conceptLabel('tin fence', 'km')).toBe('របងស័ង្កសី');
    expect(conceptLabel('tin fence', 'en')).toBe('tin fence');
  });

  it('flags two tips 150 m apart that describe one compound by its zinc fence, in Khmer and Indonesian', () => {
    const khmer = tip('បរិវេណចាស់មាត់ទន្លេ នៅព្រែកព្នៅ មានរបងស័ង្កសីខ្ពស់ ឡានក្រុងចេញចូលពេលយប់', 0);
    const indonesian = tip('di Prek Pnov pinggir sungai ada kompleks pagar seng tinggi, temen sy kerja di situ', 150);
    const pair = scorePair(khmer, indonesian);
    expect(pair.reasons.find((reason) => reason.code === 'concepts')).toMatchObject({ concepts: expect.arrayContaining(['tin fence']) });
    expect(pair.score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});
