import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isInCambodia } from '@/lib/geo/cambodia';
import { DISTRICT_CODES, DISTRICTS, districtByCode, districtsOf } from '@/lib/geo/districts';
import { distanceMetres } from '@/lib/geo/distance';
import { locate } from '@/lib/geo/locate';
import { PROVINCES, provinceByCode } from '@/lib/geo/provinces';
import { tipInputSchema } from '@/lib/tips/schema';

const KHMER_ONLY = /^[\u1780-\u17FF\u19E0-\u19FF]+$/;

const byName = (provinceCode: string, en: string) => districtsOf(provinceCode).find((district) => district.en === en);

describe('districts', () => {
  it('lists the current official units: every province has at least two', () => {
    expect(DISTRICTS.length).toBeGreaterThanOrEqual(200);
    for (const province of PROVINCES) {
      expect(districtsOf(province.code).length, province.en).toBeGreaterThanOrEqual(2);
    }
    expect(districtsOf('KH-12')).toHaveLength(14);
    expect(districtsOf('KH-99')).toEqual([]);
  });

  it('has unique, well-formed codes that belong to a known province', () => {
    expect(new Set(DISTRICT_CODES).size).toBe(DISTRICTS.length);
    for (const district of DISTRICTS) {
      expect(district.code).toMatch(/^KH-(\d{1,2})-\d{2}$/);
      expect(district.code.startsWith(`${district.provinceCode}-`)).toBe(true);
      expect(provinceByCode(district.provinceCode), district.code).toBeDefined();
      expect(districtByCode(district.code)).toBe(district);
    }
    expect(districtByCode('KH-12-99')).toBeUndefined();
    expect(z.enum(DISTRICT_CODES).safeParse('KH-12-01').success).toBe(true);
    expect(z.enum(DISTRICT_CODES).safeParse('KH-12-99').success).toBe(false);
  });

  it('places every centre inside Cambodia and within 150 km of its province centre', () => {
    for (const district of DISTRICTS) {
      expect(isInCambodia(district.lat, district.lng), `${district.code} ${district.en}`).toBe(true);
      const province = provinceByCode(district.provinceCode)!;
      expect(distanceMetres(district, province), `${district.code} ${district.en}`).toBeLessThanOrEqual(150_000);
    }
  });

  it('names every unit in English and in Khmer script', () => {
    for (const district of DISTRICTS) {
      expect(district.en.trim(), district.code).not.toBe('');
      expect(district.km, `${district.code} ${district.en}`).toMatch(KHMER_ONLY);
    }
  });

  it('has the units residents will look for, in the right province', () => {
    expect(byName('KH-1', 'Poipet')?.km).toBe('ប៉ោយប៉ែត');
    expect(byName('KH-20', 'Bavet')?.km).toBe('បាវិត');
    expect(byName('KH-18', 'Preah Sihanouk (Sihanoukville)')?.km).toBe('ព្រះសីហនុ');
    expect(byName('KH-12', 'Chamkar Mon')?.km).toBe('ចំការមន');
    expect(byName('KH-24', 'Pailin')).toBeDefined();
    expect(byName('KH-23', 'Kep')).toBeDefined();
    expect(byName('KH-25', 'Memot')).toBeDefined();
    expect(byName('KH-9', 'Botum Sakor')).toBeDefined();
    // Kampong Cham's eastern districts moved to Tbong Khmum in 2013.
    expect(byName('KH-3', 'Memot')).toBeUndefined();
  });
});

describe('locate', () => {
  it('finds the province and district of a point', () => {
    expect(locate(11.5564, 104.9282)?.provinceCode).toBe('KH-12');
    expect(locate(11.5449, 104.9236)).toEqual({ provinceCode: 'KH-12', districtCode: byName('KH-12', 'Chamkar Mon')!.code });
    expect(locate(13.6586, 102.5636)).toEqual({ provinceCode: 'KH-1', districtCode: byName('KH-1', 'Poipet')!.code });
    expect(locate(11.0646, 106.1396)).toEqual({ provinceCode: 'KH-20', districtCode: byName('KH-20', 'Bavet')!.code });
    expect(locate(10.6093, 103.5296)?.provinceCode).toBe('KH-18');
  });

  it('returns null outside Cambodia', () => {
    expect(locate(13.7563, 100.5018)).toBeNull(); // Bangkok
    expect(locate(10.8231, 106.6297)).toBeNull(); // Ho Chi Minh City
    expect(locate(Number.NaN, 104.9)).toBeNull();
  });
});

describe('tip schema: district', () => {
  const tip = (place: { provinceCode?: string; districtCode?: string }) => ({
    category: 'SCAM_COMPOUND',
    description: 'High walls, guards at the gate, buses at night.',
    location: { lat: 10.6253, lng: 103.5234, source: 'MAP_PIN' },
    language: 'en',
    ...place,
  });
  const districtIssue = (input: unknown) => {
    const result = tipInputSchema.safeParse(input);
    return result.success ? null : result.error.issues.find((issue) => issue.path.join('.') === 'districtCode')?.message;
  };

  it('accepts a district in its province, or a district alone, or neither', () => {
    const sihanoukville = byName('KH-18', 'Preah Sihanouk (Sihanoukville)')!.code;
    expect(tipInputSchema.safeParse(tip({ provinceCode: 'KH-18', districtCode: sihanoukville })).success).toBe(true);
    expect(tipInputSchema.safeParse(tip({ districtCode: sihanoukville })).success).toBe(true);
    expect(tipInputSchema.safeParse(tip({ provinceCode: 'KH-18' })).success).toBe(true);
  });

  it('refuses a district of another province, and an unknown district', () => {
    const poipet = byName('KH-1', 'Poipet')!.code;
    expect(districtIssue(tip({ provinceCode: 'KH-18', districtCode: poipet }))).toBe('report.errors.district');
    expect(districtIssue(tip({ provinceCode: 'KH-18', districtCode: 'KH-18-99' }))).toBe('report.errors.district');
    expect(districtIssue(tip({ districtCode: 'Sihanoukville' }))).toBe('report.errors.district');
  });
});
