/**
 * Languages. Residents: Khmer first, then the languages trafficked workers write in.
 * Staff console: Khmer and English.
 */
export const RESIDENT_LOCALES = ['km', 'en', 'zh', 'vi', 'th', 'id', 'ko', 'my'] as const;
export const STAFF_LOCALES = ['km', 'en'] as const;
export type Locale = (typeof RESIDENT_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'km';

/** Each language named in itself, so a person finds theirs whatever the page is in. */
export const LOCALE_NAMES: Record<Locale, string> = {
  km: 'ខ្មែរ',
  en: 'English',
  zh: '中文',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ko: '한국어',
  my: 'မြန်မာ',
};

/** BCP 47 tags for Intl formatting. */
export const INTL_TAGS: Record<Locale, string> = {
  km: 'km-KH',
  en: 'en-GB',
  zh: 'zh-CN',
  vi: 'vi-VN',
  th: 'th-TH',
  id: 'id-ID',
  ko: 'ko-KR',
  my: 'my-MM',
};

export const LOCALE_COOKIE = 'lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (RESIDENT_LOCALES as readonly string[]).includes(value);
}
