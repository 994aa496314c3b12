import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { assertTransition, manualTargets, TIP_STATUSES, type TipStatusCode, transitionRefusal } from '@/lib/triage/tip-workflow';

const CASE = '11111111-1111-4111-8111-111111111111';
const OTHER_CASE = '22222222-2222-4222-8222-222222222222';

// The whole table for an officer whose tip is in a case (so the case guards pass): from -> allowed targets.
const ALLOWED_FOR_OFFICER_WITH_CASE: Record<TipStatusCode, TipStatusCode[]> = {
  NEW: ['TRIAGED', 'LINKED'],
  TRIAGED: ['LINKED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'],
  LINKED: ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'],
  CLOSED_ACTIONED: [],
  CLOSED_UNFOUNDED: [],
  CLOSED_DUPLICATE: [],
};

describe('tip workflow', () => {
  for (const from of TIP_STATUSES) {
    for (const to of TIP_STATUSES) {
      const allowed = ALLOWED_FOR_OFFICER_WITH_CASE[from].includes(to);
      it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'} for an officer`, () => {
        const refusal = transitionRefusal(from, to, { role: 'OFFICER', caseId: CASE, currentCaseId: from === 'NEW' || from === 'TRIAGED' ? null : CASE });
        expect(refusal === null).toBe(allowed);
      });
    }
  }

  it('a supervisor may reopen a closed tip (back to TRIAGED), an officer may not', () => {
    for (const from of ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'] as const) {
      expect(transitionRefusal(from, 'TRIAGED', { role: 'SUPERVISOR', caseId: null })).toBeNull();
      expect(transitionRefusal(from, 'TRIAGED', { role: 'OFFICER', caseId: null })).toBe('triage.errors.reopenSupervisor');
      expect(transitionRefusal(from, 'NEW', { role: 'SUPERVISOR', caseId: null })).toBe('triage.errors.transition');
    }
  });

  it('LINKED needs a case, and not a different one from the case the tip is in', () => {
    expect(transitionRefusal('TRIAGED', 'LINKED', { role: 'OFFICER', caseId: null })).toBe('triage.errors.needsCase');
    expect(transitionRefusal('TRIAGED', 'LINKED', { role: 'OFFICER', caseId: CASE, currentCaseId: OTHER_CASE })).toBe('triage.errors.otherCase');
    expect(transitionRefusal('NEW', 'LINKED', { role: 'OFFICER', caseId: CASE, currentCaseId: null })).toBeNull();
  });

  it('closing as actioned needs a case', () => {
    expect(transitionRefusal('LINKED', 'CLOSED_ACTIONED', { role: 'OFFICER', caseId: null })).toBe('triage.errors.needsCase');
  });

  it('nothing goes back to NEW, and NEW cannot be closed without triage', () => {
    for (const from of TIP_STATUSES) expect(transitionRefusal(from, 'NEW', { role: 'SUPERVISOR', caseId: CASE })).not.toBeNull();
    expect(transitionRefusal('NEW', 'CLOSED_UNFOUNDED', { role: 'SUPERVISOR', caseId: null })).toBe('triage.errors.transition');
  });

  it('assertTransition throws a typed INVALID_TRANSITION (409) with the i18n key', () => {
    let thrown: unknown;
    try {
      assertTransition('NEW', 'CLOSED_ACTIONED', { role: 'OFFICER', caseId: null });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('INVALID_TRANSITION');
    expect((thrown as AppError).status).toBe(409);
    expect((thrown as AppError).messageKey).toBe('triage.errors.transition');
  });

  it('manual targets leave LINKED to the case actions', () => {
    expect(manualTargets('NEW', { role: 'OFFICER', caseId: null })).toEqual(['TRIAGED']);
    expect(manualTargets('TRIAGED', { role: 'OFFICER', caseId: null })).toEqual(['CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE']);
    expect(manualTargets('LINKED', { role: 'OFFICER', caseId: CASE })).toEqual(['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE']);
    expect(manualTargets('CLOSED_UNFOUNDED', { role: 'OFFICER', caseId: null })).toEqual([]);
  });
});
