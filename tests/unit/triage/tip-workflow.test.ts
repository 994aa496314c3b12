import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { TIP_STATUSES, type TipForMove, type TipStatusCode, tipWorkflow } from '@/lib/triage/tip-workflow';

const CASE = '11111111-1111-4111-8111-111111111111';
const OTHER_CASE = '22222222-2222-4222-8222-222222222222';
// The tip workflow's guards read only the actor, the tip and the input: no database.
const noDb = {} as Tx;
const officer: Actor = { id: 'a1', role: 'OFFICER', provinceCodes: ['KH-12'] };
const supervisor: Actor = { id: 'a2', role: 'SUPERVISOR', provinceCodes: [] };
const rewardsAdmin: Actor = { id: 'a3', role: 'REWARDS_ADMIN', provinceCodes: [] };
const tip = (status: TipStatusCode, caseId: string | null = null): TipForMove => ({ id: 't1', status, caseId, triagedAt: null });
const inCase = (status: TipStatusCode) => tip(status, status === 'NEW' || status === 'TRIAGED' ? null : CASE);

// The whole table for an officer whose tip is in a case when it is LINKED or closed: from -> the statuses offered.
const OFFERED_TO_OFFICER: Record<TipStatusCode, TipStatusCode[]> = {
  NEW: ['TRIAGED', 'LINKED'],
  TRIAGED: ['LINKED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'],
  LINKED: ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'],
  CLOSED_ACTIONED: [],
  CLOSED_UNFOUNDED: [],
  CLOSED_DUPLICATE: [],
};

describe('tip workflow', () => {
  for (const from of TIP_STATUSES) {
    it(`offers an officer ${OFFERED_TO_OFFICER[from].join(', ') || 'nothing'} from ${from}`, async () => {
      const { nextMoves } = await tipWorkflow.allowed(noDb, officer, inCase(from));
      expect(nextMoves.map((next) => next.to)).toEqual(OFFERED_TO_OFFICER[from]);
    });
  }

  it('a supervisor may reopen a closed tip (back to TRIAGED), an officer may not, and says why', async () => {
    for (const from of ['CLOSED_ACTIONED', 'CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE'] as const) {
      expect(await tipWorkflow.refusal(noDb, supervisor, inCase(from), 'reopen')).toBeNull();
      expect(await tipWorkflow.refusal(noDb, officer, inCase(from), 'reopen')).toEqual({ code: 'INVALID_TRANSITION', key: 'triage.errors.reopenSupervisor' });
      expect((await tipWorkflow.allowed(noDb, officer, inCase(from))).blocked).toEqual({ reopen: 'triage.errors.reopenSupervisor' });
    }
  });

  it('LINKED needs a case when made, and not a different one from the case the tip is in', async () => {
    expect(await tipWorkflow.refusal(noDb, officer, tip('TRIAGED'), 'link')).toMatchObject({ key: 'triage.errors.needsCase' });
    expect(await tipWorkflow.refusal(noDb, officer, tip('TRIAGED', OTHER_CASE), 'link', { caseId: CASE })).toMatchObject({ key: 'triage.errors.otherCase' });
    expect(await tipWorkflow.refusal(noDb, officer, tip('NEW'), 'link', { caseId: CASE })).toBeNull();
  });

  it('closing as actioned needs a case', async () => {
    expect(await tipWorkflow.refusal(noDb, officer, tip('LINKED', null), 'closeActioned')).toMatchObject({ key: 'triage.errors.needsCase' });
  });

  it('nothing goes back to NEW, and NEW cannot be closed without triage', () => {
    for (const spec of Object.values(tipWorkflow.definition.moves)) expect(spec.to).not.toBe('NEW');
    expect(tipWorkflow.definition.moves.closeUnfounded.from).not.toContain('NEW');
  });

  it('offers nothing to a role without tips.triage, and refuses it as FORBIDDEN', async () => {
    expect((await tipWorkflow.allowed(noDb, rewardsAdmin, tip('NEW'))).nextMoves).toEqual([]);
    expect(await tipWorkflow.refusal(noDb, rewardsAdmin, tip('NEW'), 'triage')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a status chosen from the list that no move reaches is a typed INVALID_TRANSITION (409) with the i18n key', async () => {
    await expect(tipWorkflow.moveTo(noDb, officer, tip('NEW'), 'CLOSED_ACTIONED')).rejects.toMatchObject({ code: 'INVALID_TRANSITION', status: 409, messageKey: 'triage.errors.transition' });
  });

  it('LINKED is never on the status list: it is reached through a case', async () => {
    const { nextMoves } = await tipWorkflow.allowed(noDb, officer, tip('TRIAGED'));
    expect(nextMoves.filter((next) => next.manual).map((next) => next.to)).toEqual(['CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE']);
  });
});
