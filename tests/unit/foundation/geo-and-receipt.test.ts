import { describe, expect, it } from 'vitest';
import { isInCambodia } from '@/lib/geo/cambodia';
import { distanceMetres } from '@/lib/geo/distance';
import { PROVINCES } from '@/lib/geo/provinces';
import { coarseTime } from '@/lib/tips/coarse-time';
import { generatePassphrase, generateTipCode, normalisePassphrase, normaliseTipCode } from '@/lib/tips/receipt';

describe('Cambodia', () => {
  it('contains every province capital and border towns where compounds cluster', () => {
    for (const province of PROVINCES) expect(isInCambodia(province.lat, province.lng), province.en).toBe(true);
    expect(isInCambodia(13.6611, 102.5574)).toBe(true); // Poipet
    expect(isInCambodia(11.0672, 106.1362)).toBe(true); // Bavet
  });

  it('refuses neighbouring countries past the 15 km border margin', () => {
    expect(isInCambodia(13.75, 100.5)).toBe(false); // Bangkok, Thailand
    expect(isInCambodia(10.776, 106.7)).toBe(false); // Ho Chi Minh City, Vietnam
    expect(isInCambodia(11.31, 106.1)).toBe(false); // Tay Ninh, Vietnam (19 km)
    expect(isInCambodia(10.22, 103.96)).toBe(false); // Phu Quoc, Vietnam
    expect(isInCambodia(15.12, 105.8)).toBe(false); // Pakse, Laos
    expect(isInCambodia(Number.NaN, 104)).toBe(false);
  });

  it('measures distance: Phnom Penh to Sihanoukville is about 180 km as the crow flies', () => {
    const km = distanceMetres({ lat: 11.5564, lng: 104.9282 }, { lat: 10.6253, lng: 103.5234 }) / 1000;
    expect(km).toBeGreaterThan(180);
    expect(km).toBeLessThan(190);
  });
});

describe('receipt', () => {
  it('makes 12-digit codes and 16-digit passphrases (53 bits) in groups of four', () => {
    expect(generateTipCode()).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(generatePassphrase()).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    const codes = new Set(Array.from({ length: 500 }, generateTipCode));
    expect(codes.size).toBe(500);
  });

  it('accepts codes as people type them, in Khmer, Thai or Burmese digits too', () => {
    expect(normaliseTipCode(' 1234 5678 9012 ')).toBe('1234-5678-9012');
    expect(normaliseTipCode('១២៣៤-៥៦៧៨-៩០១២')).toBe('1234-5678-9012');
    expect(normaliseTipCode('๑๒๓๔๕๖๗๘๙๐๑๒')).toBe('1234-5678-9012');
    expect(normalisePassphrase('၁၂၃၄ ၅၆၇၈ ၉၀၁၂ ၃၄၅၆')).toBe('1234567890123456');
    expect(normaliseTipCode('1234-5678')).toBeNull();
  });

  it('floors resident times to the hour, never later than the truth', () => {
    const at = new Date('2026-05-01T10:59:59.999Z');
    expect(coarseTime(at).toISOString()).toBe('2026-05-01T10:00:00.000Z');
  });
});
