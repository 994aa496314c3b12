import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { CASE_STATUSES, type CaseForMove, type CaseStatusCode, caseWorkflow } from '@/lib/cases/case-workflow';
import { generateCaseReference, CASE_REFERENCE_PATTERN } from '@/lib/cases/case-reference';

// The case workflow's guards read only the case: no database.
const noDb = {} as Tx;
const supervisor: Actor = { id: 's1', role: 'SUPERVISOR', provinceCodes: [] };
const officer: Actor = { id: 'o1', role: 'OFFICER', provinceCodes: ['KH-12'] };
const kase = (status: CaseStatusCode, extra: Partial<CaseForMove> = {}): CaseForMove => ({ id: 'c1', status, mergedIntoId: null, raidCount: 0, ...extra });

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
    it(`${from} -> ${to}: status change ${byStatus ? 'allowed' : 'refused'}, raid ${byRaid ? 'allowed' : 'refused'}`, async () => {
      const { nextMoves } = await caseWorkflow.allowed(noDb, supervisor, kase(from));
      expect(nextMoves.some((next) => next.manual && next.to === to)).toBe(byStatus);
      expect(nextMoves.some((next) => next.move === 'recordRaid' && next.to === to)).toBe(byRaid);
      if (!byStatus) await expect(caseWorkflow.moveTo(noDb, supervisor, kase(from), to)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    });
  }

  it('tells a supervisor why a raid cannot be recorded on an OPEN case, and offers an officer no raid at all', async () => {
    expect((await caseWorkflow.allowed(noDb, supervisor, kase('OPEN'))).blocked.recordRaid).toBe('cases.raidNeedsInvestigating');
    const forOfficer = await caseWorkflow.allowed(noDb, officer, kase('INVESTIGATING'));
    expect(forOfficer.nextMoves.map((next) => next.move)).not.toContain('recordRaid');
    expect(forOfficer.blocked).toEqual({});
  });

  it('a merged case takes no move at all; a case with a raid is not merged away; a closed case takes nothing in', async () => {
    expect((await caseWorkflow.allowed(noDb, supervisor, kase('CLOSED', { mergedIntoId: 'c0' }))).nextMoves).toEqual([]);
    expect(await caseWorkflow.refusal(noDb, supervisor, kase('OPEN', { mergedIntoId: 'c0' }), 'close')).toEqual({ code: 'CONFLICT', key: 'cases.errors.merged' });
    expect(await caseWorkflow.refusal(noDb, supervisor, kase('RAIDED', { raidCount: 1 }), 'mergeAway')).toEqual({ code: 'CONFLICT', key: 'cases.errors.mergeRaided' });
    for (const move of ['takeTip', 'takeMerged'] as const) {
      expect(await caseWorkflow.refusal(noDb, officer, kase('CLOSED'), move)).toEqual({ code: 'INVALID_TRANSITION', key: 'cases.errors.caseClosed' });
    }
  });
});

describe('case reference', () => {
  it('is C-year-six digits, with the year it was made', () => {
    const reference = generateCaseReference(new Date('2026-03-04T10:00:00Z'));
    expect(reference).toMatch(CASE_REFERENCE_PATTERN);
    expect(reference.startsWith('C-2026-')).toBe(true);
  });
});
