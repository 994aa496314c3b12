import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import { cambodiaDay, cambodiaDayStart, formatters } from '@/lib/i18n/format';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { applyPlurals } from '@/lib/i18n/plural';
import { translator } from '@/lib/i18n/translate';

// 14:42 UTC is 21:42 in Phnom Penh (UTC+7 all year).
const EVENING = new Date('2026-12-03T14:42:05Z');
const OTHER_DIGITS = /[\u17e0-\u17e9\u1040-\u1049\u0e50-\u0e59]/; // Khmer, Myanmar, Thai digits

describe('one formatting layer (decision 0801)', () => {
  it('shows a 24-hour clock in Cambodian time, with Western digits, in every locale', () => {
    for (const locale of RESIDENT_LOCALES) {
      const text = formatters(locale).dateTime(EVENING);
      // Indonesian writes 21.42: still the 24-hour clock.
      expect(text, locale).toMatch(/21[:.]42/);
      expect(text, locale).not.toMatch(/PM|AM|ល្ងាច|ព្រឹក/);
      expect(text, locale).not.toMatch(OTHER_DIGITS);
      expect(formatters(locale).dateTimeSeconds(EVENING), locale).toMatch(/21[:.]42[:.]05/);
      expect(formatters(locale).number(1234567), locale).not.toMatch(OTHER_DIGITS);
    }
  });

  it('shows a calendar day as the day it names, and money exactly', () => {
    expect(formatters('en').day('2026-12-03')).toBe('3 Dec 2026');
    expect(formatters('en').day(new Date('2026-12-03T00:00:00Z'))).toBe('3 Dec 2026');
    // 20:00 UTC on the 3rd is already the 4th in Phnom Penh.
    expect(formatters('en').date(new Date('2026-12-03T20:00:00Z'))).toBe('4 Dec 2026');
    expect(cambodiaDay(new Date('2026-12-03T20:00:00Z'))).toBe('2026-12-04');
    expect(cambodiaDayStart('2026-12-04').toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(formatters('en').money(123456789012345n, 'USD')).toBe('US$1,234,567,890,123.45');
    expect(formatters('en').money(-250n, 'USD')).toBe('-US$2.50');
    expect(formatters('km').money(4000000n, 'KHR')).not.toMatch(OTHER_DIGITS);
  });

  it('says "1 tip" and "2 tips": plural-aware messages', () => {
    const en = translator('en');
    expect(en('cases.tipCount', { count: 1 })).toBe('1 tip');
    expect(en('cases.tipCount', { count: 2 })).toBe('2 tips');
    expect(en('triage.photos', { count: 1 })).toBe('1 photo');
    expect(en('rewards.outcome', { victims: 1, suspects: 3 })).toBe('1 person rescued, 3 suspects arrested');
    expect(en('bulk.retry', { count: 1 })).toBe('Apply to the other tip only');
    expect(en('cases.tipCount', { count: 1200 })).toBe('1,200 tips');
    expect(translator('km')('cases.tipCount', { count: 1 })).toBe('ព័ត៌មាន 1');
    expect(applyPlurals('{n, plural, =0 {none} one {# item} other {# items}} left', { n: 0 }, () => 'other')).toBe('none left');
    expect(applyPlurals('{n, plural, one {# item} other {# items}}', { n: '1' }, (count) => (count === 1 ? 'one' : 'other'))).toBe('1 item');
    expect(applyPlurals('{n, plural, one {# item} other {# items}}', { n: 'some' }, () => 'one')).toBe('some items');
  });

  it('has no Khmer or Myanmar digits in any message: digits are Western everywhere', () => {
    for (const [namespace, { messages }] of Object.entries(CATALOGUE)) {
      for (const [locale, texts] of Object.entries(messages as Record<string, Record<string, string>>)) {
        for (const [key, text] of Object.entries(texts)) expect(text, `${namespace}.${key} in ${locale}`).not.toMatch(OTHER_DIGITS);
      }
    }
  });
});
