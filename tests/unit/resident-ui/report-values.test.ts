import { describe, expect, it } from 'vitest';
import { isInCambodia } from '@/lib/geo/cambodia';
import { DESCRIPTION_MAX, descriptionLength, tipInputSchema } from '@/lib/tips/schema';
import { areaCentre as centreOf } from '@/lib/geo/area-centre';
import { isInCambodia as isInCambodiaBox } from '@/lib/ui/resident/cambodia-bounds';
import { DESCRIPTION_MAX_CHARS, EMPTY_REPORT, errorForField, parseCoordinates, readReportForm, toTipFields } from '@/lib/ui/resident/report-values';

describe('report form values -> tip fields', () => {
  it('keeps the description limit equal to the schema’s', () => {
    expect(DESCRIPTION_MAX_CHARS).toBe(DESCRIPTION_MAX);
  });

  it('reads a posted form: repeated checkboxes, "on" for ticked boxes, empty strings for missing fields', () => {
    const form = new FormData();
    form.append('category', 'SCAM_COMPOUND');
    form.append('indicators', 'guards');
    form.append('indicators', 'buses_at_night');
    form.append('urgent', 'on');
    form.append('description', 'Ten characters at least.');
    expect(readReportForm(form)).toEqual({ ...EMPTY_REPORT, category: 'SCAM_COMPOUND', indicators: ['guards', 'buses_at_night'], urgent: true, description: 'Ten characters at least.' });
  });

  it('reads coordinates typed in the usual ways, and nothing else', () => {
    expect(parseCoordinates('10.6253, 103.5234')).toEqual({ lat: 10.6253, lng: 103.5234 });
    expect(parseCoordinates(' 10.6253 103.5234 ')).toEqual({ lat: 10.6253, lng: 103.5234 });
    // Decimal commas, as a French or Indonesian keyboard writes them, separated by a semicolon.
    expect(parseCoordinates('10,6253; 103,5234')).toEqual({ lat: 10.6253, lng: 103.5234 });
    expect(parseCoordinates('near the market')).toBeNull();
    expect(parseCoordinates('10.6')).toBeNull();
  });

  it('takes the most precise location given: pin, typed coordinates, district centre, province centre', () => {
    const base = { ...EMPTY_REPORT, provinceCode: 'KH-18', districtCode: 'KH-18-02' };
    expect(toTipFields({ ...base, lat: '10.63', lng: '103.52', source: 'GPS', accuracyM: '24.6' }, 'km', centreOf).location).toEqual({ lat: '10.63', lng: '103.52', accuracyM: 25, source: 'GPS' });
    expect(toTipFields({ ...base, coordinates: '10.7, 103.6' }, 'km', centreOf).location).toEqual({ lat: 10.7, lng: 103.6, source: 'MANUAL' });
    // Prey Nob's seat (lib/geo/districts.ts).
    expect(toTipFields(base, 'km', centreOf).location).toEqual({ lat: 10.7094, lng: 103.8209, source: 'AREA' });
    expect(toTipFields({ ...base, districtCode: '' }, 'km', centreOf).location).toEqual({ lat: 10.6253, lng: 103.5234, source: 'AREA' });
  });

  it('gives the schema a location it refuses with "give a location" when there is none', () => {
    const result = tipInputSchema.safeParse(toTipFields({ ...EMPTY_REPORT, category: 'OTHER', description: 'Long enough text here.' }, 'en', centreOf));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`)).toContain('location:report.errors.coordinates');
  });

  it('says typed coordinates cannot be read, not "give a location", even beside a chosen province', () => {
    for (const coordinates of ['abc', '13.5, 200', '95, 104']) {
      const result = tipInputSchema.safeParse(toTipFields({ ...EMPTY_REPORT, category: 'OTHER', description: 'Long enough text here.', provinceCode: 'KH-23', coordinates }, 'en', centreOf));
      const messages = result.error!.issues.map((issue) => issue.message);
      expect(messages, coordinates).toContain('report.errors.coordinatesUnreadable');
      expect(messages, coordinates).not.toContain('report.errors.coordinates');
    }
  });

  it('a valid no-JavaScript post by province passes the server schema', () => {
    const fields = toTipFields({ ...EMPTY_REPORT, category: 'RECRUITER', description: 'A broker by the river.', provinceCode: 'KH-18', districtCode: 'KH-18-02', wantsReward: true }, 'km', centreOf);
    expect(tipInputSchema.parse(fields)).toMatchObject({ category: 'RECRUITER', districtCode: 'KH-18-02', wantsReward: true, language: 'km', location: { source: 'AREA' } });
  });

  it('finds a field’s error under its own path or a nested one', () => {
    const fields = { 'location.lat': 'outside', description: 'short' };
    expect(errorForField(fields, 'location')).toBe('outside');
    expect(errorForField(fields, 'category', 'description')).toBe('short');
    expect(errorForField(fields, 'landmark')).toBeUndefined();
  });
});

describe('the browser’s border check', () => {
  it('never refuses a point the server accepts (it is the bounding box around the border)', () => {
    for (let lat = 9.8; lat <= 14.8; lat += 0.05) {
      for (let lng = 102.2; lng <= 107.8; lng += 0.05) {
        if (isInCambodia(lat, lng)) expect(isInCambodiaBox(lat, lng), `${lat},${lng}`).toBe(true);
      }
    }
  });

  it('refuses what is clearly elsewhere', () => {
    expect(isInCambodiaBox(13.7563, 100.5018)).toBe(false); // Bangkok
    expect(isInCambodiaBox(103.5, 10.6)).toBe(false); // lat and lng swapped
    expect(isInCambodiaBox(Number.NaN, 104)).toBe(false);
  });
});

describe('a description long enough to send (decision 0120)', () => {
  const shortest = (description: string, language: 'en' | 'zh' | 'ko' | 'km') =>
    tipInputSchema.safeParse(toTipFields({ ...EMPTY_REPORT, category: 'SCAM_COMPOUND', description, provinceCode: 'KH-18' }, language, centreOf));
  const refusal = (description: string, language: 'en' | 'zh' | 'ko' | 'km') => {
    const result = shortest(description, language);
    return result.success ? null : result.error.issues.find((issue) => issue.path[0] === 'description')?.message ?? null;
  };

  it('counts a Chinese character or a Korean syllable twice: five of them say as much as ten letters', () => {
    expect(descriptionLength('赌场后面有人')).toBe(12);
    expect(descriptionLength('Casino')).toBe(6);
    expect(refusal('赌场后面有人', 'zh')).toBeNull();
    expect(refusal('밤에 비명 소리', 'ko')).toBeNull();
    expect(refusal('有人打人', 'zh')).toBe('report.errors.descriptionShort');
    expect(refusal('밤비명', 'ko')).toBe('report.errors.descriptionShort');
  });

  it('counts Latin and Khmer letters once, as before', () => {
    expect(refusal('Guards 24h', 'en')).toBeNull();
    expect(refusal('Guards 24', 'en')).toBe('report.errors.descriptionShort');
    expect(descriptionLength('ឆ្មាំយាម')).toBe('ឆ្មាំយាម'.length);
    expect(refusal('ឆ្មាំយាម', 'km')).toBe('report.errors.descriptionShort');
  });
});
