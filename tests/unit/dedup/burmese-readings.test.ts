import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { conceptOfTerm } from '@/lib/dedup/concepts';
import { burmeseReading, burmeseReadings } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0177. Every text here is invented for the test.
const tip = tipsNear(10.63, 103.51);
const nativeNames = (text: string) => textFeatures(text).scripts.names.map((name) => [name.text, name.readings]);

describe('Burmese read with its vowels, as its names are spelt in Latin letters (0177)', () => {
  it('reads names as they are written in Latin letters', () => {
    expect(burmeseReading('အောင်ကိုကို')).toBe('aungkoko');
    expect(burmeseReading('ဇော်မင်း')).toBe('zawmin');
    expect(burmeseReading('ထွန်း')).toBe('htun');
    expect(burmeseReading('သိန်း')).toBe('thein');
    expect(burmeseReading('ကျော်')).toBe('kyaw');
    expect(burmeseReading('မြတ်')).toBe('myat');
    expect(burmeseReading('ချန်ဝေ')).toBe('chanwe');
    expect(burmeseReading('ရှမ်း')).toBe('shan');
  });

  it('reads a final letter of a foreign word without a vowel of its own', () => {
    expect(burmeseReading('ဆီဟာနုဗီးလ်')).toBe('hsihanubil');
    expect(burmeseReading('အိုစမက်ချ်')).toBe('osametch');
  });

  it('gives ဆ and ထ also as the s and t Latin spellings write', () => {
    expect(burmeseReadings('ထွန်းဆွေ')).toEqual(['htunhswe', 'tunswe']);
  });

  it('gives a Burmese name its readings', () => {
    expect(nativeNames('ကိုဇော်မင်း ဆိုတဲ့ ပွဲစား ဖုန်းနံပါတ်ပေးတယ်')).toContainEqual(['ကိုဇော်မင်း', ['zawmin']]);
  });

  it('meets a Latin name in a Burmese tip that does not mark it as a name', () => {
    const burmese = tip('ကျွန်မမောင် အောင်ကိုကို အသက် ၂၄ ရိမ်းလမ်းနားက ကုမ္ပဏီမှာ ပိတ်မိနေတယ် ကယ်ပါ', 0);
    const english = tip('my coworker Aung Ko Ko (myanmar) is locked in room 3F after he tried to run. ream road', 600);
    expect(reasonCodes(burmese, english)).toContain('script_names');
    expect(scorePair(burmese, english).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('takes a town written with or without its tone mark for the town, not a name', () => {
    expect(conceptOfTerm('ပွိုင်းပက်')?.id).toBe('poipet');
    expect(conceptOfTerm('ပိုင်လင်း')?.id).toBe('pailin');
    expect(nativeNames('ပွိုင်းပက် ကာစီနိုနောက် အဆောက်အဦ')).toEqual([]);
    const one = tip('ပွိုင်းပက် ကာစီနိုနောက် အဆောက်အဦ', 0);
    const other = tip('ဝမ်ဂေး ဆိုတဲ့ ပွဲစား၊ ပွိုင်းပက်ကို ခေါ်သွားတယ်', 2000, { category: 'RECRUITER' });
    expect(reasonCodes(one, other)).not.toContain('script_names');
  });
});
