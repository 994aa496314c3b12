/**
 * The one place that turns dates, times, numbers and money into text for a locale
 * (decision 0801). Pages take `formatters(locale)` and never build an Intl formatter of
 * their own, so every page shows the same digits, the same clock and the same day.
 *
 * - Digits are Western (0-9) in every locale: codes, passphrases, amounts and dates are typed
 *   and copied in them, and one page must not mix two scripts of digits.
 * - The clock is 24-hour in every locale ("21:42", never "9:42 PM").
 * - Times are shown in Cambodia's time (UTC+7 all year); calendar days (a `@db.Date`, or an
 *   ISO day) are shown as the day they name, whatever the server's zone.
 */
import type { Currency } from '@/lib/db/generated/enums';
import { INTL_TAGS, type Locale } from './locales';

export const TIME_ZONE = 'Asia/Phnom_Penh';
/** Cambodia has no daylight saving: the offset is fixed. */
export const CAMBODIA_OFFSET = '+07:00';
export const CAMBODIA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The BCP 47 tag for Intl, with Western digits whatever the locale's default numbering. */
export const intlTag = (locale: Locale): string => `${INTL_TAGS[locale]}-u-nu-latn`;

/** The instant a Cambodian calendar day ('YYYY-MM-DD') begins. */
export const cambodiaDayStart = (isoDay: string): Date => new Date(`${isoDay}T00:00:00${CAMBODIA_OFFSET}`);

/** The Cambodian calendar day ('YYYY-MM-DD') an instant falls on. */
export const cambodiaDay = (at: Date): string => new Date(at.getTime() + CAMBODIA_OFFSET_MS).toISOString().slice(0, 10);

const MINOR_DIGITS: Record<Currency, number> = { USD: 2, KHR: 0 };

/** Integer minor units as an exact decimal string ("1060.50"), never through a float. */
function minorToDecimalString(minor: bigint, currency: Currency): string {
  const digits = MINOR_DIGITS[currency];
  const negative = minor < 0n;
  const absolute = negative ? -minor : minor;
  const scale = 10n ** BigInt(digits);
  const decimal = digits ? `${absolute / scale}.${(absolute % scale).toString().padStart(digits, '0')}` : absolute.toString();
  return `${negative ? '-' : ''}${decimal}`;
}

const cache = new Map<Locale, Formatters>();

export interface Formatters {
  /** An instant as a date, e.g. "3 Dec 2026". */
  date(at: Date): string;
  /** An instant as a long date, e.g. "3 December 2026". */
  longDate(at: Date): string;
  /** An instant with its time, 24-hour: "3 Dec 2026, 21:42". */
  dateTime(at: Date): string;
  /** The same with seconds, for the audit log. */
  dateTimeSeconds(at: Date): string;
  /** A calendar day (a `@db.Date` at UTC midnight, or 'YYYY-MM-DD'), e.g. "3 Dec 2026". */
  day(value: Date | string): string;
  /** A calendar day in long form. */
  longDay(value: Date | string): string;
  number(value: number): string;
  /** Integer minor units in their currency, every digit exact. */
  money(minor: bigint, currency: Currency): string;
}

export function formatters(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = intlTag(locale);
  const instant = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: TIME_ZONE, hourCycle: 'h23' });
  const calendar = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  const asDay = (value: Date | string) => (typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
  const date = instant({ dateStyle: 'medium' });
  const longDate = instant({ dateStyle: 'long' });
  // dateStyle with timeStyle ignores hourCycle in some engines: spell the parts out.
  const dateTime = instant({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const dateTimeSeconds = instant({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const day = calendar({ dateStyle: 'medium' });
  const longDay = calendar({ dateStyle: 'long' });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const money = Object.fromEntries(
    (Object.keys(MINOR_DIGITS) as Currency[]).map((currency) => [
      currency,
      new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: MINOR_DIGITS[currency], maximumFractionDigits: MINOR_DIGITS[currency] }),
    ]),
  ) as Record<Currency, Intl.NumberFormat>;
  const built: Formatters = {
    date: (at) => date.format(at),
    longDate: (at) => longDate.format(at),
    dateTime: (at) => dateTime.format(at),
    dateTimeSeconds: (at) => dateTimeSeconds.format(at),
    day: (value) => day.format(asDay(value)),
    longDay: (value) => longDay.format(asDay(value)),
    number: (value) => number.format(value),
    // A decimal string keeps every digit exact (Intl reads it without going through a float).
    money: (minor, currency) => `${minor < 0n ? '-' : ''}${money[currency].format(minorToDecimalString(minor < 0n ? -minor : minor, currency) as unknown as number)}`,
  };
  cache.set(locale, built);
  return built;
}

/**
 * The plural category of a count in a locale ("one", "other" …), for messages written as
 * `{count, plural, one {# tip} other {# tips}}` (lib/i18n/translate.ts).
 */
export const pluralCategory = (locale: Locale, count: number): Intl.LDMLPluralRule => new Intl.PluralRules(intlTag(locale)).select(count);
