import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0172. Every text here is invented for the test.
const tip = tipsNear(11.55, 104.93);

describe('a recruiter’s name heard in Thai and Korean, a tower’s letter before the Burmese word (0172)', () => {
  const latin = tip('A woman called Sokha recruits at Chbar Ampov market, says online work pays well. Two friends went with her and are gone.', 0);

  it('meets Sokha written ซกขา in Thai, its k and kh one sound', () => {
    const thai = tip('ผู้หญิงชื่อซกขา หาคนงานที่ตลาด Chbar Ampov เพื่อนไปด้วยแล้วติดต่อไม่ได้', 170);
    expect(reasonCodes(latin, thai)).toContain('script_names');
    expect(scorePair(latin, thai).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('meets Sokha written 소카 in Korean, which writes the aspirate without h; and not Soka’s namesake Sopha', () => {
    const korean = tip('Chbar Ampov 시장에서 소카라는 캄보디아 여자가 일자리 소개해 준다고 접근했어요', 170);
    expect(reasonCodes(latin, korean)).toContain('script_names');
    const sopha = tip('A woman called Sopha recruits at Chbar Ampov market, says online work pays well.', 170);
    expect(reasonCodes(sopha, korean)).not.toContain('script_names');
  });

  it('meets Wan Fu written វ៉ាន់ហ្វូ in Khmer, whose ហ្វូ is a foreign fu', () => {
    const latin = tip('My brother is in Wan Fu borey, row C, behind Aeon Mall Mean Chey. They give him his phone once a week.', 0);
    const khmer = tip('បុរីវ៉ាន់ហ្វូ ជួរ C នៅតែមាន', 250);
    expect(reasonCodes(latin, khmer)).toContain('script_names');
    expect(scorePair(latin, khmer).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads a letter before the Burmese တိုက် as the tower’s, as after it', () => {
    expect([...conceptFeatures('B တိုက် ၂၆ ထပ် လူတွေ ရှိသေးတယ်').concepts]).toContain('row:b');
    expect([...conceptFeatures('Pearl Bay တိုက် B အထပ် ၂၆').concepts]).toContain('row:b');
    expect([...conceptFeatures('WiFi တိုက် ကောင်းတယ်').concepts].some((id) => id.startsWith('row:'))).toBe(false);
  });
});
