import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney, toMajorInput } from '@/lib/rewards/money';

describe('money as typed and read', () => {
  it('parses dollars to cents and riel to riel, without floating point', () => {
    expect(parseMoney('636', 'USD')).toBe(63_600n);
    expect(parseMoney('1,060.5', 'USD')).toBe(106_050n);
    expect(parseMoney('$0.07', 'USD')).toBe(7n);
    expect(parseMoney('9999999999999.99', 'USD')).toBe(999_999_999_999_999n);
    expect(parseMoney('4 000 000', 'KHR')).toBe(4_000_000n);
    expect(parseMoney('៛4,000', 'KHR')).toBe(4_000n);
  });

  it('refuses what is not an amount', () => {
    for (const [text, currency] of [['1.234', 'USD'], ['-5', 'USD'], ['12.5', 'KHR'], ['abc', 'USD'], ['', 'USD'], ['1e3', 'USD']] as const) {
      expect(parseMoney(text, currency), `${text} ${currency}`).toBeNull();
    }
  });

  it('refuses a grouping separator that does not separate thousands, rather than read a different amount', () => {
    for (const [text, currency] of [['1,5', 'USD'], ['12,34', 'USD'], ['1,0000', 'USD'], ['1,5', 'KHR'], ['12 34', 'KHR'], [',500', 'USD'], ['1,000.', 'USD']] as const) {
      expect(parseMoney(text, currency), `${text} ${currency}`).toBeNull();
    }
    expect(parseMoney('1,000,000', 'KHR')).toBe(1_000_000n);
    expect(parseMoney('12,345.67', 'USD')).toBe(1_234_567n);
    expect(parseMoney(' 4\u00a0000 ', 'KHR')).toBe(4_000n);
  });

  it('formats exactly and gives the form its default', () => {
    expect(formatMoney(63_600n, 'USD', 'en')).toBe('US$636.00');
    expect(formatMoney(999_999_999_999_999n, 'USD', 'en')).toBe('US$9,999,999,999,999.99');
    expect(formatMoney(-7n, 'USD', 'en')).toBe('-US$0.07');
    expect(formatMoney(4_000_000n, 'KHR', 'en')).toBe('KHR\u00a04,000,000'); // Intl puts a no-break space after the code
    expect(toMajorInput(63_605n, 'USD')).toBe('636.05');
    expect(toMajorInput(4_000_000n, 'KHR')).toBe('4000000');
  });
});
