import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeLandmarks, nativeNames } from '@/lib/dedup/native-names';
import { NEAR_WORDS } from '@/lib/dedup/near-words';
import { textFeatures } from '@/lib/dedup/text-features';

// Decision 0150: names and people across scripts, round 4. Every name and sentence here is invented.

describe('one table of Khmer and Thai words for near and not (0150)', () => {
  it('lists every word once', () => {
    const words = NEAR_WORDS.map((entry) => entry.word);
    expect(new Set(words).size).toBe(words.length);
  });

  it('reads a Khmer or Thai name after near or not as a landmark, in the native and the Latin reading alike', () => {
    expect(nativeLandmarks('ខ្ញុំនៅក្បែរកាស៊ីណូ ផ្កាយមាស')).toContain('ផ្កាយមាស');
    expect(nativeLandmarks('อยู่ใกล้โรงแรมดาวทอง')).toContain('ดาวทอง');
    expect([...textFeatures('ខ្ញុំនៅក្បែរ Silver Moon ។').landmarks]).toContain('silver');
    expect([...textFeatures('อยู่ข้างๆ Silver Moon ครับ').landmarks]).toContain('silver');
    expect([...textFeatures('ไม่ใช่ Silver Moon นะครับ').landmarks]).toContain('silver');
  });

  it('takes ជាប់ and ติด ("held", "stuck") for "next to" only before a kind of place', () => {
    expect([...textFeatures('គាត់ជាប់ឃុំនៅ Silver Moon ។').names]).toContain('silver');
    expect([...textFeatures('គាត់នៅជាប់កាស៊ីណូ Silver Moon ។').landmarks]).toContain('silver');
    expect([...textFeatures('น้องติดอยู่ที่ Silver Moon').names]).toContain('silver');
    expect(nativeLandmarks('น้องติดอยู่ที่ดาวทอง')).toEqual([]);
  });

  it('blanks what a Khmer or Thai tip says the place is not', () => {
    expect(conceptFeatures('មិនមែនអគារពណ៌ខៀវទេ').concepts.has('blue')).toBe(false);
    expect(conceptFeatures('ไม่ใช่ตึกสีฟ้านะ').concepts.has('blue')).toBe(false);
  });
});

describe('titles from one list (0150)', () => {
  it('keeps a title out of the names and the name after it as a person', () => {
    const features = textFeatures('The recruiter is Mr Dornan, his boss is Director Hwang.');
    expect([...features.names]).not.toContain('mr');
    expect([...features.names]).not.toContain('director');
    expect(features.people).toEqual(expect.arrayContaining(['dornan', 'hwang']));
    expect(textFeatures('ketemu bu sarni di pelabuhan').people).toContain('sarni');
  });
});
