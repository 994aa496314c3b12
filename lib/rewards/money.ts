/**
 * Amounts as people type and read them, from and to integer minor units: US dollars with
 * cents, riel in whole riel. No floating point on the way in.
 */
import type { Currency } from '@/lib/db/generated/enums';
import { formatters } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

const FRACTION: Record<Currency, number> = { USD: 2, KHR: 0 };

/** Kept for its callers; the formatting itself lives in lib/i18n/format.ts. */
export function formatMoney(minor: bigint, currency: Currency, locale: Locale): string {
  return formatters(locale).money(minor, currency);
}

/**
 * "1,060.5" USD -> 106050n; "4 000 000" KHR -> 4000000n; null when it is not an amount.
 * Grouping separators only between groups of three digits: "1,5" or "12,34" is a typo (or a
 * decimal comma), never silently read as 15 or 1234.
 */
export function parseMoney(text: string, currency: Currency): bigint | null {
  const cleaned = text.replace(/[$៛]/g, '').trim();
  const digits = FRACTION[currency];
  const match = /^([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:\s[0-9]{3})+)(?:\.([0-9]+))?$/.exec(cleaned);
  if (!match) return null;
  const whole = match[1]!.replace(/[,\s]/g, '');
  const fraction = match[2] ?? '';
  if (whole.length > (digits ? 13 : 15) || fraction.length > digits) return null;
  return BigInt(whole) * 10n ** BigInt(digits) + (digits ? BigInt(fraction.padEnd(digits, '0')) : 0n);
}

/** The form's default: the amount in major units without grouping, e.g. "636.00". */
export function toMajorInput(minor: bigint, currency: Currency): string {
  const digits = FRACTION[currency];
  if (!digits) return minor.toString();
  const scale = 10n ** BigInt(digits);
  return `${minor / scale}.${(minor % scale).toString().padStart(digits, '0')}`;
}
