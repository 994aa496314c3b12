import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import { placeholderNames } from '@/lib/i18n/plural';
import { interpolate, translator } from '@/lib/i18n/translate';

describe('message catalogue', () => {
  for (const [namespace, { locales, messages }] of Object.entries(CATALOGUE)) {
    const all = messages as Record<string, Record<string, string> | undefined>;
    const englishKeys = Object.keys(all.en ?? {}).sort();

    it(`${namespace}: has English keys`, () => {
      expect(englishKeys.length).toBeGreaterThan(0);
    });

    for (const locale of locales) {
      it(`${namespace}: ${locale} has exactly the English keys, none empty or left in English`, () => {
        const translated = all[locale];
        expect(translated, `${namespace} has no ${locale} messages`).toBeDefined();
        expect(Object.keys(translated!).sort()).toEqual(englishKeys);
        for (const [key, text] of Object.entries(translated!)) {
          expect(text.trim(), `${namespace}.${key} is empty in ${locale}`).not.toBe('');
          expect(placeholderNames(text), `${namespace}.${key} placeholders in ${locale}`).toEqual(placeholderNames(all.en![key]!));
        }
      });
    }
  }

  it('translates, interpolates, and falls back to English then the key', () => {
    expect(translator('km')('common.quickExit')).toBe('ចាកចេញរហ័ស');
    expect(translator('en')('common.quickExit')).toBe('Quick exit');
    expect(translator('km')('nonexistent.key')).toBe('nonexistent.key');
    expect(interpolate('{count} tips, {missing}', { count: 3 })).toBe('3 tips, {missing}');
  });
});
