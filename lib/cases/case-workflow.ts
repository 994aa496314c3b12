/**
 * The case workflow (lib/workflow/define-workflow.ts): which step may follow which, and by
 * what means. An officer moves a case by hand through OPEN, INVESTIGATING, RAID_PLANNED and
 * CLOSED; RAIDED is reached only by recording a raid (lib/raids/record-raid.ts), so a raided
 * case always has the raid record rewards are computed from. Taking in a tip and merging are
 * moves too: a closed or merged case takes no tip and no other case, a merged case takes no
 * move at all, and a case with a raid is never merged away (its raid and the tips it rewards
 * stay together).
 */
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import type { CaseStatus } from '@/lib/db/generated/enums';
import { defineWorkflow, refuse } from '@/lib/workflow/define-workflow';
import { type LockedCase, lockCaseInScope } from './case-access';

export const CASE_STATUSES = ['OPEN', 'INVESTIGATING', 'RAID_PLANNED', 'RAIDED', 'CLOSED'] as const satisfies readonly CaseStatus[];
export type CaseStatusCode = (typeof CASE_STATUSES)[number];

/** What the case workflow reads of a case. */
export interface CaseForMove {
  id: string;
  status: CaseStatusCode;
  mergedIntoId: string | null;
  raidCount: number;
}

const NOT_CLOSED: readonly CaseStatusCode[] = ['OPEN', 'INVESTIGATING', 'RAID_PLANNED', 'RAIDED'];
const closed = { CLOSED: refuse('INVALID_TRANSITION', 'cases.errors.caseClosed') };
const same = (kase: CaseForMove) => kase.status;

export const caseWorkflow = defineWorkflow<CaseStatusCode, CaseForMove, 'investigate' | 'planRaid' | 'close' | 'recordRaid' | 'takeTip' | 'takeMerged' | 'mergeAway'>({
  target: 'case',
  stateOf: same,
  invalid: refuse('INVALID_TRANSITION', 'cases.errors.invalidTransition'),
  changedMeanwhile: refuse('CONFLICT', 'cases.errors.changedMeanwhile'),
  // A merged case is kept only as a pointer to the case it went into.
  guards: [({ entity }) => (entity.mergedIntoId ? refuse('CONFLICT', 'cases.errors.merged') : null)],
  moves: {
    // A planned raid can be called off and the case investigated further.
    investigate: { from: ['OPEN', 'RAID_PLANNED'], to: 'INVESTIGATING', by: 'cases.manage', audit: 'case.status_changed', manual: true },
    planRaid: { from: ['INVESTIGATING'], to: 'RAID_PLANNED', by: 'cases.manage', audit: 'case.status_changed', manual: true },
    close: { from: NOT_CLOSED, to: 'CLOSED', by: 'cases.manage', audit: 'case.status_changed', manual: true },
    // Not straight from OPEN: someone must have taken the case up, which the status trail then
    // shows; again on a raided case (a follow-up raid on the same compound).
    recordRaid: {
      from: ['INVESTIGATING', 'RAID_PLANNED', 'RAIDED'],
      to: 'RAIDED',
      by: 'raids.record',
      hints: { OPEN: refuse('INVALID_TRANSITION', 'cases.raidNeedsInvestigating') },
      audit: 'raid.recorded',
    },
    takeTip: { from: NOT_CLOSED, to: same, by: 'cases.manage', hints: closed, audit: 'case.tip_merged' },
    takeMerged: { from: NOT_CLOSED, to: same, by: 'cases.manage', hints: closed, audit: 'case.merged' },
    mergeAway: {
      from: CASE_STATUSES,
      to: 'CLOSED',
      by: 'cases.manage',
      guards: [({ entity }) => (entity.raidCount > 0 ? refuse('CONFLICT', 'cases.errors.mergeRaided') : null)],
      audit: 'case.merged',
    },
  },
  write: async (tx, kase, from, to, data) => (await tx.case.updateMany({ where: { id: kase.id, status: from, mergedIntoId: null }, data: { ...data, status: to } })).count,
});

export type CaseMove = (typeof caseWorkflow.moveNames)[number];

/**
 * A case the actor may see, locked (two officers changing one case are applied one after
 * the other), with what the workflow reads; NOT_FOUND when missing or out of scope.
 */
export async function lockCaseForMove(tx: Tx, actor: Actor, caseId: unknown): Promise<LockedCase & CaseForMove> {
  const locked = await lockCaseInScope(tx, actor, caseId);
  return { ...locked, raidCount: await tx.raid.count({ where: { caseId: locked.id } }) };
}
