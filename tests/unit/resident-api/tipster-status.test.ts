import { describe, expect, it } from 'vitest';
import { tipsterStatus } from '@/lib/tips/open-tip-status';

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
});
