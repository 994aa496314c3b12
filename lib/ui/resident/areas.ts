/** Provinces (and districts) as plain options for the report form, named in the reader's script. */
import { DISTRICTS } from '@/lib/geo/districts';
import { PROVINCES } from '@/lib/geo/provinces';
import type { Locale } from '@/lib/i18n/locales';

import type { Areas } from './report-values';

export type { AreaOption, Areas } from './report-values';

// Only Khmer and English names exist; other languages read the romanised English name.
const nameIn = (locale: Locale, place: { en: string; km: string }) => (locale === 'km' ? place.km : place.en);

export function areasFor(locale: Locale): Areas {
  const provinces = PROVINCES.map((province) => ({ code: province.code, provinceCode: province.code, name: nameIn(locale, province) }));
  const collator = new Intl.Collator(locale);
  provinces.sort((a, b) => collator.compare(a.name, b.name));
  const districts = DISTRICTS.map((district) => ({ code: district.code, provinceCode: district.provinceCode, name: nameIn(locale, district) }));
  districts.sort((a, b) => collator.compare(a.name, b.name));
  return { provinces, districts };
}
