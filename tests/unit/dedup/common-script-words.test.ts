import { describe, expect, it } from 'vitest';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0170. Every text here is invented for the test.
const tip = tipsNear(11.55, 104.93);
const scriptNames = (a: ReturnType<typeof tip>, b: ReturnType<typeof tip>) =>
  scorePair(a, b).reasons.flatMap((reason) => (reason.code === 'script_names' ? reason.names : []));

describe('common words of other scripts are no names (0170)', () => {
  const pearlBay = tip('Cleaner at Pearl Bay condo on Koh Pich, tower B, floors 20 to 27, all rented by one Chinese group.', 0);

  it('does not read a road, a box or "illegal" as a two-word Latin name of three consonants', () => {
    for (const text of [
      'ខ្ញុំធ្លាប់ធ្វើសន្តិសុខនៅបុរីសុខសាន្ត ជួរផ្ទះល្វែងផ្លូវ៦ ថៅកែចិនបញ្ជាឲ្យចាក់សោពីខាងក្រៅរាល់យប់',
      'ខុនដូ ច្បារអំពៅ ជាន់ទី៧ដល់ទី៩ កុម្ម៉ង់បាយម្ដង៤០-៥០ប្រអប់ ពួកខ្ញុំឡើងទៅមិនបាន',
      '이 건물은 불법 도박 회사가 씁니다 중국 사람 많음',
    ]) {
      const other = tip(text, 200);
      expect(reasonCodes(pearlBay, other), text).not.toContain('script_names');
    }
  });

  it('still meets a two-word name of three consonants written whole in Khmer', () => {
    const latin = tip('Compound at Thma Da, Chinese bosses, workers locked in at night.', 0);
    const khmer = tip('ការដ្ឋាននៅ ថ្មដា មានចិនជាថៅកែ បិទទ្វារពេលយប់', 150);
    expect(scriptNames(latin, khmer)).toEqual(['thma da']);
  });
});
