/** Numbers and money for the statistics pages, in the reader's locale (lib/i18n/locales.ts). */
import { intlTag } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/** Minor units per major unit: cents for dollars; riel has no minor unit in use (schema). */
const MINOR_DIGITS = { USD: 2, KHR: 0 } as const;
export type MoneyCurrency = keyof typeof MINOR_DIGITS;

export function countFormatter(locale: Locale): (value: number) => string {
  const format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 });
  return (value) => format.format(value);
}

export function percentFormatter(locale: Locale): (percent: number) => string {
  const format = new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 1 });
  return (percent) => format.format(percent / 100);
}

/** Exact for any size: integer minor units become a decimal string, never a float. */
export function minorToDecimal(minor: bigint | string, currency: MoneyCurrency): `${number}` {
  const digits = MINOR_DIGITS[currency];
  const value = BigInt(minor);
  const negative = value < 0n;
  const magnitude = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = digits ? `.${magnitude.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}` as `${number}`;
}

export function moneyFormatter(locale: Locale, currency: MoneyCurrency): (minor: bigint | string) => string {
  const digits = MINOR_DIGITS[currency];
  const format = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (minor) => format.format(minorToDecimal(minor, currency));
}

/** Major units as a plain number, for chart axes only (tables use moneyFormatter). */
export function minorToMajor(minor: bigint | string, currency: MoneyCurrency): number {
  return Number(minorToDecimal(minor, currency));
}

/** 'YYYY-MM' as a short month and year, e.g. "Jan 2026". */
export function monthFormatter(locale: Locale, month: 'short' | 'long' = 'short'): (key: string) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { month, year: 'numeric', timeZone: 'UTC' });
  return (key) => {
    const [year, monthNumber] = key.split('-').map(Number) as [number, number];
    return format.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
  };
}

/** 'YYYY-MM-DD' (a week's Monday) as a short date. */
export function dayFormatter(locale: Locale): (key: string) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (key) => format.format(new Date(`${key}T00:00:00Z`));
}
