import { describe, expect, it } from 'vitest';
import { assertTransition, CASE_STATUSES, canTransition, type CaseStatusCode } from '@/lib/cases/case-workflow';
import { generateCaseReference, CASE_REFERENCE_PATTERN } from '@/lib/cases/case-reference';

// The whole table, written out: [from, to, by a status change?, by recording a raid?]
const TABLE: [CaseStatusCode, CaseStatusCode, boolean, boolean][] = [
  ['OPEN', 'OPEN', false, false],
  ['OPEN', 'INVESTIGATING', true, false],
  ['OPEN', 'RAID_PLANNED', false, false],
  ['OPEN', 'RAIDED', false, false],
  ['OPEN', 'CLOSED', true, false],
  ['INVESTIGATING', 'OPEN', false, false],
  ['INVESTIGATING', 'INVESTIGATING', false, false],
  ['INVESTIGATING', 'RAID_PLANNED', true, false],
  ['INVESTIGATING', 'RAIDED', false, true],
  ['INVESTIGATING', 'CLOSED', true, false],
  ['RAID_PLANNED', 'OPEN', false, false],
  ['RAID_PLANNED', 'INVESTIGATING', true, false],
  ['RAID_PLANNED', 'RAID_PLANNED', false, false],
  ['RAID_PLANNED', 'RAIDED', false, true],
  ['RAID_PLANNED', 'CLOSED', true, false],
  ['RAIDED', 'OPEN', false, false],
  ['RAIDED', 'INVESTIGATING', false, false],
  ['RAIDED', 'RAID_PLANNED', false, false],
  ['RAIDED', 'RAIDED', false, true],
  ['RAIDED', 'CLOSED', true, false],
  ['CLOSED', 'OPEN', false, false],
  ['CLOSED', 'INVESTIGATING', false, false],
  ['CLOSED', 'RAID_PLANNED', false, false],
  ['CLOSED', 'RAIDED', false, false],
  ['CLOSED', 'CLOSED', false, false],
];

describe('case workflow', () => {
  it('covers every pair of statuses', () => {
    expect(TABLE).toHaveLength(CASE_STATUSES.length ** 2);
  });

  for (const [from, to, byStatus, byRaid] of TABLE) {
    it(`${from} -> ${to}: status change ${byStatus ? 'allowed' : 'refused'}, raid ${byRaid ? 'allowed' : 'refused'}`, () => {
      expect(canTransition(from, to, 'status')).toBe(byStatus);
      expect(canTransition(from, to, 'raid')).toBe(byRaid);
      if (!byStatus) expect(() => assertTransition(from, to, 'status')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    });
  }
});

describe('case reference', () => {
  it('is C-year-six digits, with the year it was made', () => {
    const reference = generateCaseReference(new Date('2026-03-04T10:00:00Z'));
    expect(reference).toMatch(CASE_REFERENCE_PATTERN);
    expect(reference.startsWith('C-2026-')).toBe(true);
  });
});
