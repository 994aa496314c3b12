import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/ledger/csv';
import { assertBalanced } from '@/lib/ledger/post-entry';
import { looksLikePhoneNumber, payoutSchema } from '@/lib/rewards/pay-voucher';
import { generateVoucherCode, isVoucherCodeShape, normaliseVoucherCode, voucherHash } from '@/lib/rewards/voucher';

describe('voucher codes', () => {
  it('are five groups of four unambiguous characters, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, generateVoucherCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('match however they are typed: case, spaces, O for 0, I and L for 1', () => {
    expect(normaliseVoucherCode('ab0c-1d2e 3f4g-h5j6-k7m8')).toBe('AB0C1D2E3F4GH5J6K7M8');
    expect(voucherHash('ABOC-ID2E-3F4G-H5J6-K7M8')).toBe(voucherHash('ab0c 1d2e 3f4g h5j6 k7m8'));
    expect(isVoucherCodeShape('AB0C-1D2E-3F4G-H5J6')).toBe(false);
  });
});

describe('CSV cells', () => {
  it('neutralise formulas but keep negative amounts as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+1')).toBe(`"'+1+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell(-63_600n)).toBe('-63600');
    expect(csvCell('-500')).toBe('-500');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1n, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('journal entries', () => {
  it('must balance per currency', () => {
    expect(() => assertBalanced([{ kind: 'FUNDING', currency: 'USD', amountMinor: 5n }, { kind: 'EXTERNAL', currency: 'USD', amountMinor: -5n }])).not.toThrow();
    expect(() => assertBalanced([{ kind: 'FUNDING', currency: 'USD', amountMinor: 5n }, { kind: 'EXTERNAL', currency: 'KHR', amountMinor: -5n }])).toThrow(/balance/);
    expect(() => assertBalanced([{ kind: 'FUNDING', currency: 'USD', amountMinor: 0n }, { kind: 'EXTERNAL', currency: 'USD', amountMinor: 0n }])).toThrow();
  });
});

describe('payout reference', () => {
  it('refuses a Cambodian phone number, which would identify the tipster, and accepts transaction references', () => {
    for (const phone of ['012 345 678', '+855 12 345 678', '855-97-123-4567', '(097) 1234567', '0101234567']) {
      expect(looksLikePhoneNumber(phone), phone).toBe(true);
      expect(payoutSchema.safeParse({ code: generateVoucherCode(), method: 'MOBILE_MONEY', reference: phone }).success, phone).toBe(false);
    }
    for (const reference of ['WING-778812', 'TXN 20261130 0042', 'ABA-FT-998877665', '1234567', 'R-000123']) {
      expect(looksLikePhoneNumber(reference), reference).toBe(false);
      expect(payoutSchema.safeParse({ code: generateVoucherCode(), method: 'MOBILE_MONEY', reference }).success, reference).toBe(true);
    }
  });
});
