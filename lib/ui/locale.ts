/**
 * The request's language: the `lang` cookie set by the switcher, else on /status the open
 * tip's own language (sealed in `tip_session`, decision 0890), else Khmer. Never Accept-Language.
 */
import { cookies } from 'next/headers';
import { cache } from 'react';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { type Translate, translator } from '@/lib/i18n/translate';
import { TIPSTER_SESSION_COOKIE, tipsterSessionLanguage } from '@/lib/tips/tipster-session';

export const getLocale = cache(async (): Promise<Locale> => {
  const jar = await cookies();
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const tipLanguage = tipsterSessionLanguage(jar.get(TIPSTER_SESSION_COOKIE)?.value);
  return isLocale(tipLanguage) ? tipLanguage : DEFAULT_LOCALE;
});

export async function getTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
