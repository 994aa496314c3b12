/**
 * The reward workflow (lib/workflow/define-workflow.ts). Every change of Reward.state is a
 * move here: checked against the table and its guards, conditional on the state read (two
 * officials acting at once cannot both move the same reward), audited in the same
 * transaction. The use cases add the ledger entries, in that transaction too.
 *
 *   PROPOSED --approve--> APPROVED --issueVoucher (chained: final approval; money committed)--> VOUCHER_ISSUED
 *   APPROVED (large) --approveLarge (the supervisor's approval)--> APPROVED, then issueVoucher
 *   PROPOSED | APPROVED --reject--> REJECTED; APPROVED (large) --rejectLarge (supervisor)--> REJECTED
 *   VOUCHER_ISSUED --pay--> PAID | --expire (system)--> EXPIRED
 *   PROPOSED | APPROVED | VOUCHER_ISSUED --cancel--> CANCELLED
 *
 * Four eyes: nobody approves or rejects a reward they proposed or approved already, and
 * nobody who handled the tip or its case decides its reward (conflict-of-interest.ts).
 */
import type { Prisma } from '@/lib/db/client';
import type { RewardState } from '@/lib/db/generated/enums';
import { defineWorkflow, type Guard, refuse } from '@/lib/workflow/define-workflow';
import { refusalIfHandler } from './conflict-of-interest';
import { NOT_CONTRIBUTING } from './eligible-tips';
import { needsSupervisor, type RewardForChange } from './load-reward';

/** The clock a move is judged by (the expiry job passes its own). */
export interface RewardMoveInput {
  now?: Date;
}

type RewardGuard = Guard<RewardForChange, RewardMoveInput>;

const invalid = refuse('INVALID_TRANSITION', 'rewards.errors.invalidTransition');

const notOwnDecision: RewardGuard = ({ actor, entity }) =>
  actor && (actor.id === entity.proposedById || actor.id === entity.approvedById) ? refuse('FORBIDDEN', 'rewards.errors.selfApproval') : null;
/** Closed as unfounded or a duplicate since it was proposed: it no longer qualifies (reject it). */
const stillEligible: RewardGuard = ({ entity }) => (NOT_CONTRIBUTING.includes(entity.tip.status) ? refuse('CONFLICT', 'rewards.errors.notEligible') : null);
const notHandler: RewardGuard = async ({ tx, actor, entity }) => (actor ? refusalIfHandler(tx, actor.id, { tipId: entity.tipId, caseId: entity.tip.caseId ?? entity.raid.caseId }) : null);
const awaitsSupervisor: RewardGuard = ({ entity }) => (needsSupervisor(entity) && !entity.supervisorApprovedById ? null : invalid);
const approvalsComplete: RewardGuard = ({ entity }) => (!needsSupervisor(entity) || entity.supervisorApprovedById ? null : invalid);
const voucherValid: RewardGuard = ({ entity, input }) => (entity.voucherExpiresAt && entity.voucherExpiresAt > (input?.now ?? new Date()) ? null : refuse('CONFLICT', 'rewards.errors.voucherExpired'));
const voucherPastDate: RewardGuard = ({ entity, input }) => (entity.voucherExpiresAt && entity.voucherExpiresAt <= (input?.now ?? new Date()) ? null : invalid);

const same = (reward: RewardForChange) => reward.state;

export const rewardWorkflow = defineWorkflow<RewardState, RewardForChange, 'approve' | 'approveLarge' | 'issueVoucher' | 'reject' | 'rejectLarge' | 'pay' | 'expire' | 'cancel', RewardMoveInput>({
  target: 'reward',
  stateOf: same,
  invalid,
  changedMeanwhile: refuse('CONFLICT', 'rewards.errors.changedMeanwhile'),
  moves: {
    approve: { from: ['PROPOSED'], to: 'APPROVED', by: 'rewards.approve', guards: [notOwnDecision, stillEligible, notHandler], audit: 'reward.approved' },
    approveLarge: { from: ['APPROVED'], to: same, by: 'rewards.approve_large', guards: [awaitsSupervisor, notOwnDecision, stillEligible, notHandler], audit: 'reward.approved' },
    issueVoucher: { from: ['APPROVED'], to: 'VOUCHER_ISSUED', by: ['rewards.approve', 'rewards.approve_large'], guards: [approvalsComplete], audit: 'reward.voucher_issued', chained: true },
    reject: { from: ['PROPOSED', 'APPROVED'], to: 'REJECTED', by: 'rewards.approve', guards: [notOwnDecision, notHandler], audit: 'reward.rejected' },
    rejectLarge: { from: ['APPROVED'], to: 'REJECTED', by: 'rewards.approve_large', guards: [awaitsSupervisor, notOwnDecision, notHandler], audit: 'reward.rejected' },
    pay: {
      from: ['VOUCHER_ISSUED'],
      to: 'PAID',
      by: 'rewards.pay',
      guards: [voucherValid],
      hints: { CANCELLED: refuse('CONFLICT', 'rewards.errors.voucherCancelled'), EXPIRED: refuse('CONFLICT', 'rewards.errors.voucherExpired') },
      audit: 'reward.paid',
    },
    expire: { from: ['VOUCHER_ISSUED'], to: 'EXPIRED', by: 'system', guards: [voucherPastDate], audit: 'reward.expired' },
    // Like a rejection, a cancellation decides the reward: not for anyone who handled the tip or case.
    cancel: { from: ['PROPOSED', 'APPROVED', 'VOUCHER_ISSUED'], to: 'CANCELLED', by: 'rewards.approve', guards: [notHandler], audit: 'reward.cancelled' },
  },
  write: async (tx, reward, from, to, data) =>
    (await tx.reward.updateMany({ where: { id: reward.id, state: from }, data: { ...(data as Prisma.RewardUpdateManyMutationInput), state: to } })).count,
});

export type RewardMove = (typeof rewardWorkflow.moveNames)[number];

/** States in which a reward still holds (or reserves) part of a raid's cap and of the budget. */
export const LIVE_STATES: readonly RewardState[] = ['PROPOSED', 'APPROVED', 'VOUCHER_ISSUED', 'PAID'];
/** Proposed but not yet committed in the ledger: reserved against the budget. */
export const PENDING_STATES: readonly RewardState[] = ['PROPOSED', 'APPROVED'];
