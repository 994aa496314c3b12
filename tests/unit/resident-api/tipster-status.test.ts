import { describe, expect, it } from 'vitest';
import { tipsterReward, tipsterStatus } from '@/lib/tips/open-tip-status';

describe('the status a tipster sees', () => {
  it('maps the workflow to four plain states, never more', () => {
    expect(tipsterStatus('NEW', null)).toBe('RECEIVED');
    expect(tipsterStatus('TRIAGED', null)).toBe('UNDER_REVIEW');
    expect(tipsterStatus('LINKED', { status: 'INVESTIGATING', raids: 0 })).toBe('UNDER_REVIEW');
    expect(tipsterStatus('LINKED', { status: 'RAID_PLANNED', raids: 0 })).toBe('UNDER_REVIEW');
    expect(tipsterStatus('LINKED', { status: 'RAIDED', raids: 1 })).toBe('ACTION_TAKEN');
    expect(tipsterStatus('LINKED', { status: 'CLOSED', raids: 2 })).toBe('ACTION_TAKEN');
    expect(tipsterStatus('LINKED', { status: 'CLOSED', raids: 0 })).toBe('CLOSED');
    expect(tipsterStatus('CLOSED_ACTIONED', null)).toBe('ACTION_TAKEN');
    expect(tipsterStatus('CLOSED_UNFOUNDED', null)).toBe('CLOSED');
    expect(tipsterStatus('CLOSED_DUPLICATE', null)).toBe('CLOSED');
  });

  it('shows a voucher past its date as expired, before the expiry job has booked it back', async () => {
    const tip = { id: 't', code: '1234-5678-9012', passphraseDigits: '0'.repeat(16), tipsterPublicKey: '', tipsterKeySalt: '' };
    const voucher = { state: 'VOUCHER_ISSUED', amountMinor: 25_000n, currency: 'USD' as const, voucherSealed: null, proposedAt: new Date('2026-11-01T00:00:00Z') };
    const now = new Date('2026-12-01T00:00:00Z');
    expect(await tipsterReward(tip, [{ ...voucher, voucherExpiresAt: new Date('2026-11-30T23:59:59Z') }], now)).toEqual({ state: 'EXPIRED' });
    expect(await tipsterReward(tip, [{ ...voucher, voucherExpiresAt: new Date('2026-12-31T00:00:00Z') }], now)).toEqual({
      state: 'VOUCHER', amountMinor: '25000', currency: 'USD', expiresOn: '2026-12-31',
    });
  });
});
