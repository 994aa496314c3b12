/**
 * The tipster's credentials. The code names the tip; the passphrase proves ownership and is
 * stored only as an argon2id hash. Digits only: they type the same on a Khmer, Chinese or
 * Burmese keyboard, and read aloud the same in any language.
 */
import { randomInt } from 'node:crypto';

export const CODE_DIGITS = 12;
/** 16 random digits: log2(10^16) = 53 bits of entropy. */
export const PASSPHRASE_DIGITS = 16;

const randomDigits = (count: number) => Array.from({ length: count }, () => randomInt(0, 10)).join('');
const groupsOfFour = (digits: string) => digits.match(/.{1,4}/g)!.join('-');

/** e.g. 4821-0937-5512; random, so no code says anything about another. */
export const generateTipCode = () => groupsOfFour(randomDigits(CODE_DIGITS));
export const generatePassphrase = () => groupsOfFour(randomDigits(PASSPHRASE_DIGITS));

/** Accepts what people type: spaces, dots, no dashes, Khmer/Thai/Burmese/full-width digits. */
export function normaliseDigits(input: string): string {
  const ascii = input.replace(/[\u17E0-\u17E9\u0E50-\u0E59\u1040-\u1049\uFF10-\uFF19\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    for (const zero of [0x17e0, 0x0e50, 0x1040, 0xff10, 0x0660]) if (code >= zero && code <= zero + 9) return String(code - zero);
    return digit;
  });
  return ascii.replace(/\D/g, '');
}

export const normaliseTipCode = (input: string) => {
  const digits = normaliseDigits(input);
  return digits.length === CODE_DIGITS ? groupsOfFour(digits) : null;
};

export const normalisePassphrase = (input: string) => {
  const digits = normaliseDigits(input);
  return digits.length === PASSPHRASE_DIGITS ? digits : null;
};
