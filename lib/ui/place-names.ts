/** Place names in the reader's language: Khmer, else the Latin-script name (the only two we hold). */
import { districtByCode } from '@/lib/geo/districts';
import { provinceByCode } from '@/lib/geo/provinces';
import type { Locale } from '@/lib/i18n/locales';

export function provinceName(code: string | null, locale: Locale): string | null {
  if (!code) return null;
  const province = provinceByCode(code);
  if (!province) return code;
  return locale === 'km' ? province.km : province.en;
}

export function districtName(code: string | null, locale: Locale): string | null {
  if (!code) return null;
  const district = districtByCode(code);
  if (!district) return code;
  return locale === 'km' ? district.km : district.en;
}
