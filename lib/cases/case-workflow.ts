/**
 * The case status workflow in one place: which step may follow which, and by what means.
 * RAIDED is reached only by recording a raid (lib/raids/record-raid.ts), never by a plain
 * status change, so a raided case always has the raid record rewards are computed from.
 */
import type { CaseStatus } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';

export const CASE_STATUSES = ['OPEN', 'INVESTIGATING', 'RAID_PLANNED', 'RAIDED', 'CLOSED'] as const satisfies readonly CaseStatus[];
export type CaseStatusCode = (typeof CASE_STATUSES)[number];

/** How a transition is made: an officer's status change, or recording a raid. */
export type CaseTransitionMeans = 'status' | 'raid';

const STATUS_CHANGES: Readonly<Record<CaseStatusCode, readonly CaseStatusCode[]>> = {
  OPEN: ['INVESTIGATING', 'CLOSED'],
  INVESTIGATING: ['RAID_PLANNED', 'CLOSED'],
  // A planned raid can be called off and the case investigated further.
  RAID_PLANNED: ['INVESTIGATING', 'CLOSED'],
  RAIDED: ['CLOSED'],
  CLOSED: [],
};

/**
 * A raid may be recorded once the case is being investigated (not straight from OPEN: someone
 * must have taken the case up, which the status trail then shows), and again on a raided case
 * (a follow-up raid on the same compound).
 */
const RAID_FROM: readonly CaseStatusCode[] = ['INVESTIGATING', 'RAID_PLANNED', 'RAIDED'];

export function canTransition(from: CaseStatusCode, to: CaseStatusCode, means: CaseTransitionMeans): boolean {
  if (means === 'raid') return to === 'RAIDED' && RAID_FROM.includes(from);
  return STATUS_CHANGES[from].includes(to);
}

export function assertTransition(from: CaseStatusCode, to: CaseStatusCode, means: CaseTransitionMeans): void {
  if (!canTransition(from, to, means)) {
    throw new AppError('INVALID_TRANSITION', 'cases.errors.invalidTransition', { from, to, means });
  }
}

/** The status changes offered to an officer for a case in `from` (raids have their own form). */
export function nextStatuses(from: CaseStatusCode): readonly CaseStatusCode[] {
  return STATUS_CHANGES[from];
}

export const canRecordRaid = (from: CaseStatusCode) => RAID_FROM.includes(from);
