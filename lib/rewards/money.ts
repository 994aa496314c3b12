/**
 * Amounts as people type and read them, from and to integer minor units: US dollars with
 * cents, riel in whole riel. No floating point on the way in.
 */
import type { Currency } from '@/lib/db/generated/enums';
import { INTL_TAGS, type Locale } from '@/lib/i18n/locales';

const FRACTION: Record<Currency, number> = { USD: 2, KHR: 0 };

export function formatMoney(minor: bigint, currency: Currency, locale: Locale): string {
  const digits = FRACTION[currency];
  const negative = minor < 0n;
  const absolute = negative ? -minor : minor;
  const scale = 10n ** BigInt(digits);
  const decimal = digits ? `${absolute / scale}.${(absolute % scale).toString().padStart(digits, '0')}` : absolute.toString();
  const format = new Intl.NumberFormat(INTL_TAGS[locale], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  // A decimal string keeps every digit exact (Intl reads it without going through a float).
  return `${negative ? '-' : ''}${format.format(decimal as unknown as number)}`;
}

/** "1,060.5" USD -> 106050n; "4 000 000" KHR -> 4000000n; null when it is not an amount. */
export function parseMoney(text: string, currency: Currency): bigint | null {
  const cleaned = text.replace(/[\s,$៛]/g, '');
  const digits = FRACTION[currency];
  const match = digits ? /^([0-9]{1,13})(?:\.([0-9]{1,2}))?$/.exec(cleaned) : /^([0-9]{1,15})$/.exec(cleaned);
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(digits, '0');
  return BigInt(match[1]!) * 10n ** BigInt(digits) + (fraction ? BigInt(fraction) : 0n);
}

/** The form's default: the amount in major units without grouping, e.g. "636.00". */
export function toMajorInput(minor: bigint, currency: Currency): string {
  const digits = FRACTION[currency];
  if (!digits) return minor.toString();
  const scale = 10n ** BigInt(digits);
  return `${minor / scale}.${(minor % scale).toString().padStart(digits, '0')}`;
}
