/**
 * fast-check properties on the domain functions that take outside input as it comes: tip codes
 * and passphrases as typed, voucher codes at the payout desk, points on the map, and the text
 * a resident writes on its way into duplicate detection (normalisation, romanisation, features).
 * None may throw on any string or number; each gives an answer of its documented shape.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactLatin, hanViet, romanise, skeleton } from '@/lib/dedup/romanise';
import { asciiDigits, normaliseText, textFeatures } from '@/lib/dedup/text-features';
import { borderStatus, isInCambodia } from '@/lib/geo/cambodia';
import { distanceMetres } from '@/lib/geo/distance';
import { locate } from '@/lib/geo/locate';
import { generatePassphrase, generateTipCode, normaliseDigits, normalisePassphrase, normaliseTipCode } from '@/lib/tips/receipt';
import { generateVoucherCode, isVoucherCodeShape, normaliseVoucherCode } from '@/lib/rewards/voucher';

const NAUGHTY: string[] = JSON.parse(readFileSync('tests/fixtures/naughty-strings.json', 'utf8'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const options = (seed: number) => ({ numRuns: RUNS, seed });

/** Any text: naughty strings, any UTF-16 (lone surrogates too), scripts the tip line sees, long runs. */
const anyText = fc.oneof(
  fc.constantFrom(...NAUGHTY),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.stringMatching(/^[\u1780-\u17ff\u0e00-\u0e7f\u1000-\u109f\u4e00-\u4fff\uac00-\uacff a-z0-9]{0,300}$/),
  fc.string({ unit: fc.constantFrom('ក', '្', 'រ', '中', '国', '가', 'ก', 'က', 'a', ' ', '\u200b', '\u0301', '1', '៣'), maxLength: 5_000 }),
);
/** Digits as people type them: ASCII, Khmer, Thai, Burmese, full-width, Arabic-Indic, with separators. */
const typedDigit = fc.integer({ min: 0, max: 9 }).chain((digit) =>
  fc.constantFrom(...[0x30, 0x17e0, 0x0e50, 0x1040, 0xff10, 0x0660].map((zero) => String.fromCharCode(zero + digit))).map((char) => ({ digit, char })),
);
const separator = fc.constantFrom('', '', '-', ' ', '.', '\u00a0', '–');
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE), fc.double({ min: 9, max: 15, noNaN: true }), fc.double({ min: 101, max: 109, noNaN: true }));

describe('tip codes and passphrases as typed', () => {
  it('a generated code and passphrase normalise to themselves', () => {
    fc.assert(fc.property(fc.integer(), () => {
      const code = generateTipCode();
      const passphrase = generatePassphrase();
      expect(normaliseTipCode(code)).toBe(code);
      expect(normalisePassphrase(passphrase)).toBe(passphrase.replace(/-/g, ''));
    }), { numRuns: 200, seed: 742 });
  });

  it('any digits in any script, with any separators, read as the same code', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(typedDigit, separator), { minLength: 12, maxLength: 12 }), (typed) => {
        const text = typed.map(([{ char }, sep]) => char + sep).join('');
        const digits = typed.map(([{ digit }]) => digit).join('');
        expect(normaliseTipCode(text)).toBe(digits.match(/.{4}/g)!.join('-'));
      }),
      options(743),
    );
  });

  it('any text gives a well-formed code or null, never throws, and normalising is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normaliseDigits(text)).toMatch(/^\d*$/);
        const code = normaliseTipCode(text);
        if (code === null) expect(normaliseDigits(text).length).not.toBe(12);
        else {
          expect(code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
          expect(normaliseTipCode(code)).toBe(code);
        }
        const passphrase = normalisePassphrase(text);
        if (passphrase !== null) expect(passphrase).toMatch(/^\d{16}$/);
      }),
      options(744),
    );
  });

  it('voucher codes: generated ones have the shape, any text is normalised without throwing', () => {
    fc.assert(fc.property(fc.integer(), () => {
      expect(isVoucherCodeShape(generateVoucherCode())).toBe(true);
    }), { numRuns: 100, seed: 745 });
    fc.assert(
      fc.property(anyText, (text) => {
        const normal = normaliseVoucherCode(text);
        expect(typeof normal).toBe('string');
        expect(normaliseVoucherCode(normal)).toBe(normal);
        expect(typeof isVoucherCodeShape(text)).toBe('boolean');
      }),
      options(746),
    );
  });
});

describe('points on the map', () => {
  it('any pair of numbers: a border status, a yes or no, a province or null; never a throw', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (lat, lng) => {
        const status = borderStatus(lat, lng);
        expect(['inside', 'near', 'beyond', 'outside']).toContain(status.status);
        expect(status.metres >= 0 || Number.isNaN(status.metres)).toBe(true);
        const inside = isInCambodia(lat, lng);
        expect(inside).toBe(status.status !== 'outside');
        const located = locate(lat, lng);
        if (!inside) expect(located).toBeNull();
        else expect(located?.provinceCode).toMatch(/^KH-\d{1,2}$/);
        if (!Number.isFinite(lat) || !Number.isFinite(lng)) expect(inside).toBe(false);
      }),
      options(747),
    );
  });

  it('distances between valid points are finite, non-negative and symmetric', () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const there = distanceMetres(a, b);
        expect(Number.isFinite(there)).toBe(true);
        expect(there).toBeGreaterThanOrEqual(0);
        expect(Math.abs(there - distanceMetres(b, a))).toBeLessThan(1e-6 * Math.max(1, there));
        expect(distanceMetres(a, a)).toBe(0);
      }),
      options(748),
    );
  });
});

describe('a resident\'s text on its way into duplicate detection', () => {
  it('normalisation: no zero-width characters, ASCII digits only, idempotent; never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normal = normaliseText(text);
        expect(normal).not.toMatch(/[\u200b-\u200d\u2060\ufeff\u00ad]/);
        expect(normal).not.toMatch(/[\u17e0-\u17e9\u0e50-\u0e59\u1040-\u1049\uff10-\uff19]/);
        expect(asciiDigits(normal)).toBe(normal);
        expect(normaliseText(normal)).toBe(normal);
      }),
      options(749),
    );
  });

  it('romanisation gives Latin text; its compact form and skeleton only letters; never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof romanise(text)).toBe('string');
        expect(typeof hanViet(text)).toBe('string');
        expect(compactLatin(text)).toMatch(/^[a-z]*$/);
        expect(skeleton(text)).toMatch(/^[A-Z]*$/);
        expect(skeleton(skeleton(text).toLowerCase()).length).toBeLessThanOrEqual(skeleton(text).length);
      }),
      options(750),
    );
  });

  it('text features of any text: sets of strings, never throws, the same twice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const features = textFeatures(text);
        for (const set of [features.grams, features.names, features.numbers]) for (const item of set) expect(typeof item).toBe('string');
        expect(textFeatures(text)).toEqual(features);
      }),
      { numRuns: Math.min(RUNS, 200), seed: 751 },
    );
  });
});
