import { describe, expect, it } from 'vitest';
import { BORDER_MARGIN_M, borderStatus, isInCambodia } from '@/lib/geo/cambodia';
import { DISTRICTS } from '@/lib/geo/districts';
import { locate } from '@/lib/geo/locate';
import { PROVINCES } from '@/lib/geo/provinces';
import { borderStatus as browserBorderStatus, isInCambodia as isInCambodiaBox } from '@/lib/ui/resident/cambodia-bounds';

// Real places where compounds cluster on the border, and the towns across it.
const BORDER_TOWNS = {
  bavetCasinoStrip: [11.064, 106.142],
  bavetEast: [11.05, 106.16],
  poipet: [13.6611, 102.5574],
  oSmach: [14.423, 103.698],
  chamYeam: [11.418, 102.913],
} as const;

describe('border margin', () => {
  it('is at least 10 km', () => expect(BORDER_MARGIN_M).toBeGreaterThanOrEqual(10_000));

  it('accepts border-town compounds, including those the 1:10m outline draws outside, and places them in a province', () => {
    for (const [name, [lat, lng]] of Object.entries(BORDER_TOWNS)) {
      expect(isInCambodia(lat, lng), name).toBe(true);
      expect(locate(lat, lng), name).not.toBeNull();
    }
    expect(locate(...BORDER_TOWNS.oSmach)?.provinceCode).toBe('KH-22');
    expect(locate(...BORDER_TOWNS.chamYeam)?.provinceCode).toBe('KH-9');
    expect(locate(...BORDER_TOWNS.bavetCasinoStrip)?.provinceCode).toBe('KH-20');
  });

  it('tells officers whether a point is inside, near or beyond the drawn line', () => {
    expect(borderStatus(11.5564, 104.9282).status).toBe('inside'); // Phnom Penh
    expect(borderStatus(...BORDER_TOWNS.bavetEast).status).toBe('near');
    const chamYeam = borderStatus(...BORDER_TOWNS.chamYeam);
    expect(chamYeam.status).toBe('beyond');
    expect(chamYeam.metres).toBeGreaterThan(5_000);
    expect(borderStatus(...BORDER_TOWNS.oSmach).status).toBe('beyond');
    expect(borderStatus(13.69, 102.5).status).toBe('beyond'); // Aranyaprathet, 5 km over: accepted, marked
  });

  it('does not mark a town by the sea as near the border: only land borders count', () => {
    expect(borderStatus(10.6253, 103.5234).status).toBe('inside'); // Sihanoukville, the form's example
    expect(borderStatus(10.4829, 104.3167).status).toBe('inside'); // Kep
    expect(borderStatus(11.6153, 102.9838).status).toBe('inside'); // Koh Kong town
    expect(borderStatus(11.05, 106.16).metres).toBeLessThan(2_000); // Bavet still measured to the land border
  });

  it('never marks the centre of a province or district, where a tip placed by name is pinned', () => {
    for (const area of [...PROVINCES, ...DISTRICTS]) {
      expect(['inside', 'near'], `${area.code} ${area.en}`).toContain(borderStatus(area.lat, area.lng).status);
      if (borderStatus(area.lat, area.lng).status === 'near') expect(['KH-20-01', 'KH-20-08'], area.code).toContain(area.code);
    }
  });

  it('still refuses points clearly elsewhere', () => {
    expect(borderStatus(13.7563, 100.5018).status).toBe('outside'); // Bangkok
    expect(borderStatus(10.8231, 106.6297).status).toBe('outside'); // Ho Chi Minh City
    expect(borderStatus(48.8566, 2.3522).status).toBe('outside'); // Paris
    expect(borderStatus(12.24, 102.51).status).toBe('outside'); // Trat, Thailand (21 km)
    expect(locate(10.8231, 106.6297)).toBeNull();
  });

  it('the browser box accepts what the server accepts at the edges and refuses other countries', () => {
    for (const [name, [lat, lng]] of Object.entries(BORDER_TOWNS)) expect(isInCambodiaBox(lat, lng), name).toBe(true);
    expect(isInCambodiaBox(14.8, 103.7)).toBe(true); // 5 km north of the outline's box
    expect(isInCambodiaBox(13.7563, 100.5018)).toBe(false);
    expect(browserBorderStatus(48.8566, 2.3522).status).toBe('outside');
  });
});
