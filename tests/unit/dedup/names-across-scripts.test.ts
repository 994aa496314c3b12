import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '@/lib/dedup/config';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { keyFeatures } from '@/lib/dedup/keys';
import { nativeName, nativeNames } from '@/lib/dedup/native-names';
import { romanise, skeleton } from '@/lib/dedup/romanise';
import { type DedupTip, prepareTip, scorePair } from '@/lib/dedup/score-pair';
import { numberTokens, textFeatures } from '@/lib/dedup/text-features';

// Decision 0136: names that cross scripts by translation, by a loanword's spelling or by a
// Burmese sound, and sums written in thousands. Every name here is invented for the test.
const METRE_LAT = 1 / 111_195;
const tip = (text: string, north = 0, overrides: Partial<DedupTip> = {}) =>
  prepareTip({ id: text, category: 'SCAM_COMPOUND', lat: 13.66 + north * METRE_LAT, lng: 102.56, accuracyM: null, at: new Date('2026-10-01T00:00:00Z'), text, photos: [], ...overrides });
const scriptNames = (a: string, b: string, north = 0, overrides: Partial<DedupTip> = {}) =>
  scorePair(tip(a, 0, overrides), tip(b, north, overrides)).reasons.find((reason) => reason.code === 'script_names');
const texts = (text: string) => nativeNames(text).map((name) => name.text);

describe('a Chinese name of name words', () => {
  it('reads as its English words, and is keyed by them', () => {
    // 虎冠: tiger, crown
    expect(nativeName('虎冠')?.readings).toContain('tigercrown');
    expect(keyFeatures(textFeatures('西港虎冠大楼，九楼')).names).toContain('n:tigercrown');
    // 冠华: 华 is no name word, so no translation
    expect(nativeName('冠华')?.readings).not.toContain('crown');
  });

  it('is taken before a floor, and meets its English name 2.5 km away', () => {
    expect(texts('波贝虎冠九楼，老板打人')).toEqual(['虎冠']);
    expect(texts('我住在三楼')).toEqual([]);
    // the name before a kind was taken already; the kind before the floor is no name
    expect(texts('西港蓝鲸大楼十二楼')).toEqual(['蓝鲸']);
    expect(scriptNames('波贝虎冠九楼，老板打人', 'Tiger Crown building in Poipet, 9 floors, workers held', 2_500)?.weight).toBe(WEIGHTS.scriptNames);
  });
});

describe("a Thai loanword's silenced letters", () => {
  it('are read in a second skeleton, the English spelling letter for letter', () => {
    // สตาร์ทาวเวอร์ "Star Tower": r, r silenced by ์; without them the skeleton is "ST", too short
    const name = nativeNames('ตึกสตาร์ทาวเวอร์ ปอยเปต สูง ๙ ชั้น')[0];
    expect(name?.text).toBe('สตาร์ทาวเวอร์');
    expect(name?.skeleton).toBe('ST');
    expect(name?.spelt).toBe(skeleton('startower'));
    expect(scriptNames('ตึกสตาร์ทาวเวอร์ ปอยเปต สูง ๙ ชั้น', 'Star Tower Poipet, 9 floors', 2_500)).toBeDefined();
  });

  it('a tall building is not a name', () => {
    expect(texts('ตึกสูง ๙ ชั้น')).toEqual([]);
  });
});

describe('Burmese sounds', () => {
  it('reads ချ as ch and the rhyme ိုင် without a final n', () => {
    // ထောင်ချိုင် "Thongchai"; ထိုင်း "Thai"
    expect(skeleton(romanise('ထောင်ချိုင်'))).toBe(skeleton('thongchai'));
    expect(skeleton(romanise('ထိုင်း'))).toBe('T');
  });

  it('takes the name after ပွဲစား (broker), and meets it in Thai', () => {
    const burmese = 'ပွဲစား ထောင်ချိုင် က စက်ရုံအလုပ်ပေးမယ်ဆိုပြီး ခေါ်သွားတယ်။';
    expect(texts(burmese)).toEqual(['ထောင်ချိုင်']);
    expect(scriptNames('นายหน้าชื่อทองชัย รับคนไปทำงานโรงงาน', burmese, 900, { category: 'RECRUITER' })).toBeDefined();
  });
});

describe('sums in thousands', () => {
  it('reads a thousands comma and a k as one number, never as long as a phone', () => {
    expect([...numberTokens('salary 42k baht')]).toEqual(['42000']);
    expect([...numberTokens('เงินเดือน ๔๒,๐๐๐ บาท')]).toEqual(['42000']);
    expect([...numberTokens('1,500,000 riel')]).not.toContain('1500000');
    expect([...numberTokens('rooms 1, 2 and 3; 5km away')]).toEqual(['1', '2', '3', '5']);
  });
});

describe('plants compounds are named after', () => {
  it('are name words in every script', () => {
    for (const text of ['Sunflower Tower', '向日葵大厦', 'ตึกทานตะวัน', 'နေကြာတာဝါ']) expect(conceptFeatures(text).concepts.has('sunflower')).toBe(true);
    for (const text of ['Bamboo Garden', 'แบมบูการ์เด้น', '뱀부 가든']) expect(conceptFeatures(text).concepts.has('bamboo')).toBe(true);
  });
});
