import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { nativeName, nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { khmerReadings } from '@/lib/dedup/romanise';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0193. Every text here is invented for the test.
const tip = tipsNear(10.62, 103.52);
const readingsOf = (text: string, name: string) => nativeNames(text).find((found) => found.text === name)?.readings ?? [];

describe('"Indo", months and days are no names (0193)', () => {
  it('reads none of them as a name', () => {
    expect([...textFeatures('Baolong lt 6 masih ada org Indo').names]).not.toContain('indo');
    expect([...textFeatures('Mr Chen runs the Baolong Tower, I was a cook there till October and left on a Friday.').names]).not.toEqual(
      expect.arrayContaining(['october']),
    );
    expect([...textFeatures('Mr Chen runs the Baolong Tower, I was a cook there till October and left on a Friday.').names]).not.toContain('friday');
  });

  it('so a one-line tip that says "org Indo" is not another name, and meets the report by its first word', () => {
    const short = tip('Baolong lt 6 masih ada org Indo', 0);
    const report = tip('Baolong Tower, 14 floors, near the port road. Boss is Mr Chen. I was a cook there till October.', 300);
    expect(reasonCodes(short, report)).not.toContain('names_differ');
    // Since 0210 as a name: the first word of a sentence that the other tip gives as a name is one.
    const met = scorePair(short, report).reasons.find((reason) => reason.code === 'names' || reason.code === 'script_names');
    expect(met).toEqual(expect.objectContaining({ names: ['baolong'] }));
  });
});

describe('a follow-up that says "as I wrote last week" (0193)', () => {
  it('is known in Khmer and in Vietnamese without marks', () => {
    expect(textFeatures('ដូចលិខិតខ្ញុំអាទិត្យមុន ផ្ទះល្វែងទ្វារក្រហម។ យប់មិញឡានពីរគ្រឿងចូល').followUp).toBe(true);
    expect(textFeatures('dung cho toi bao tuan truoc, dem qua co 2 xe tai vao').followUp).toBe(true);
  });

  it('is not any tip that says when something happened', () => {
    expect(textFeatures('Saya kabur dari gedung hijau itu minggu lalu, masih ada 9 orang di dalam, paspor ditahan semua.').followUp).toBe(false);
    expect(textFeatures('ខ្ញុំរត់ចេញពីអគារនោះអាទិត្យមុន នៅមានមនុស្ស ៩ នាក់ខាងក្នុង').followUp).toBe(false);
  });
});

describe('a Chinese name met as the first word of a tip without capitals inside (0193)', () => {
  it('meets 宝龙 "baolong" in "Baolong lt 6"', () => {
    const latin = tip('Baolong lt 6 masih ada org Indo', 0);
    const chinese = tip('宝龙大厦又来了三车人', 300);
    expect(reasonCodes(latin, chinese)).toContain('script_names');
    expect(scorePair(latin, chinese).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('but not a name of fewer than six letters, nor another name', () => {
    // Without "masih" ("still"): since decision 0216 a short tip that says its place is still there names it first.
    expect(reasonCodes(tip('Jinma lt 6 ada org Indo', 0), tip('金马大厦又来了三车人', 300))).not.toContain('script_names');
    expect(reasonCodes(tip('Baolong lt 6 masih ada org Indo', 0), tip('宝丽华大厦又来了三车人', 300))).not.toContain('script_names');
  });
});

describe('the Burmese Aung written in Khmer letters (0193)', () => {
  it('reads អោង as aung, with and without the title Ko', () => {
    expect(readingsOf('ឈ្មួញភូមា ឈ្មោះ កូអោងទុន នាំមនុស្សឆ្លងដែន', 'កូអោងទុន')).toEqual(expect.arrayContaining(['koaungtun', 'aungtun']));
    expect(readingsOf('ឈ្មួញ ឈ្មោះ សុខា នាំមនុស្សឆ្លងដែន', 'សុខា')).not.toContain('aung');
  });

  it('meets the same broker named in Burmese', () => {
    const khmer = tip('ជនជាតិភូមា កូអោង ហាងលុយជាប់ផ្សារ ផ្ទេរលុយ', 0, { category: 'MONEY_MULE' });
    const burmese = tip('ဈေးနားက ငွေလွှဲဆိုင်မှာ ကိုအောင် ဆိုသူ ပိုက်ဆံလွှဲပေးတယ်', 200, { category: 'MONEY_MULE' });
    expect(reasonCodes(khmer, burmese)).toEqual(expect.arrayContaining([expect.stringMatching(/names/)]));
  });
});

describe('Khmer names of one syllable after "named", and a people opening the tip (0194)', () => {
  it('reads ឈ្មោះ ម៉ៃ as the person Mai, but not ម៉ៃ without "named"', () => {
    expect(nativeNames('ស្ត្រីលក់ស៊ីមកាត នៅផ្សារ ឈ្មោះ ម៉ៃ នាំមនុស្សឆ្លងដែន')).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'ម៉ៃ', readings: ['mai'], person: true })]));
    expect(nativeName('ម៉ៃ')).toBeNull();
  });

  it('meets the same woman named in Vietnamese', () => {
    const khmer = tip('ស្ត្រីលក់ស៊ីមកាត នៅផ្សារ ឈ្មោះ ម៉ៃ នាំមនុស្សឆ្លងដែន', 0, { category: 'RECRUITER' });
    const vietnamese = tip('Chị Nguyễn Thị Mai bán sim ở chợ, chuyên dẫn người qua biên giới', 150, { category: 'RECRUITER' });
    expect(reasonCodes(khmer, vietnamese)).toContain('script_names');
  });

  it('reads the name after a people word that opens the tip (កូរ៉េ គីម មីនស៊ូ), and meets it in Chinese', () => {
    expect(readingsOf('កូរ៉េ គីម មីនស៊ូ ជាប់ឃុំនៅផ្ទះល្វែង', 'គីម មីនស៊ូ')).toContain('kimminso');
    const khmer = tip('កូរ៉េ គីម មីនស៊ូ ជាប់ឃុំនៅផ្ទះល្វែង', 0, { category: 'PERSON_HELD' });
    const chinese = tip('韩国人金敏洙被关在排屋里', 400, { category: 'PERSON_HELD' });
    expect(reasonCodes(khmer, chinese)).toContain('script_names');
  });
});

describe('a name one tip says the place is not, written by the other without a marker (0195)', () => {
  it('weighs against the pair when the other tip gives that name as a word of its own', () => {
    const notIt = tip('ปอยเปต ตึกโกลเด้นสตาร์ ๙ ชั้น สีขาว ใกล้วงเวียน ไม่ใช่หลงเซิ่งหัวนะ', 0);
    const it = tip('ปอยเปต หลงเซิ่งหัว ๙ ชั้น ช่วยด้วย', 300, { category: 'PERSON_HELD' });
    expect(reasonCodes(notIt, it)).toContain('landmark');
    expect(scorePair(notIt, it).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('but not a bridge or a market by its name, which one tip stands near and the other at', () => {
    const near = tip('ใกล้สะพานกบาลทนัล รั้วสีเขียว ตึก ๔ ชั้น เพื่อนฉันอยู่ข้างใน', 0, { category: 'PERSON_HELD' });
    const at = tip('របងបៃតង ស្ពានក្បាលថ្នល់ នៅមាន', 150);
    expect(reasonCodes(near, at)).not.toContain('landmark');
  });
});

describe('a Khmer run read as a foreign name is spelt back, whether or not anything marks it as a name (0196)', () => {
  it('reads ហ្វូ as "fu" and វ as "w" in every Khmer run, as in a name', () => {
    expect(khmerReadings('វ៉ាន់ហ្វូ')).toEqual(expect.arrayContaining(['wanfo', 'wanfu']));
    expect(textFeatures('ហុងហ្វូ តាខ្មៅ ចាប់មនុស្ស').scripts.latin).toContain('hongfu');
  });

  it('so a one-line Khmer tip that opens with the name meets it in Latin letters', () => {
    const khmer = tip('ហុងហ្វូ តាខ្មៅ ចាប់មនុស្ស 🙏', 0, { category: 'PERSON_HELD' });
    const latin = tip('Adik saya di gedung putih 6 lantai namanya Hong Fu, dekat pasar Ta Khmau. Paspor ditahan.', 500);
    expect(reasonCodes(khmer, latin)).toContain('script_names');
    expect(scorePair(khmer, latin).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});
