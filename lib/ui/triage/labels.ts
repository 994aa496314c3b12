/** Place names in the console's language. */
import { provinceByCode } from '@/lib/geo/provinces';
import type { Locale } from '@/lib/i18n/locales';

export function provinceName(code: string | null, locale: Locale): string | null {
  if (!code) return null;
  const province = provinceByCode(code);
  if (!province) return code;
  return locale === 'km' ? province.km : province.en;
}
