/**
 * Voucher codes: 20 characters of Crockford's base32 (100 random bits), in five groups of
 * four, easy to read aloud over a phone or a counter: no I, L, O or U, and a code typed
 * with those letters, spaces, dashes or in lower case still matches.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function generateVoucherCode(): string {
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte & 31]);
  return [0, 4, 8, 12, 16].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

/** The canonical form: upper case, separators dropped, look-alike letters read as digits. */
export function normaliseVoucherCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1').replace(/U/g, 'V');
}

export const isVoucherCodeShape = (input: string) => /^[0-9A-HJKMNP-TV-Z]{20}$/.test(normaliseVoucherCode(input));

export const voucherHash = (code: string) => createHash('sha256').update(normaliseVoucherCode(code)).digest('hex');
