/**
 * Use cases whose lib files are still being moved to defineUseCase (issue 11; the workflow
 * files: tips, cases, raids, rewards). The console actions need each one's permission now, so
 * it is stated here, beside the use case's own requirePermission, until the file is converted:
 * then its line goes, the action imports the use case itself, and when this list is empty the
 * file goes too (docs/decisions/0840).
 */
import { z } from 'zod';
import type { Actor, Permission } from '@/lib/auth/permissions';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { caseIdByReference } from '@/lib/cases/get-case';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { mergeCases } from '@/lib/cases/merge-cases';
import { recordRaid } from '@/lib/raids/record-raid';
import { approveLargeReward, approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { payVoucher } from '@/lib/rewards/pay-voucher';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { publishPolicy } from '@/lib/rewards/publish-policy';
import { rejectReward } from '@/lib/rewards/reject-reward';
import { bulkTriage } from '@/lib/triage/bulk-triage';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { defineUseCase } from '@/lib/use-case';

/** A function that checks its own permission, described as a use case (its input passes through unparsed: it parses it itself). */
function pending<Input, Output>(name: string, permission: Permission, run: (actor: Actor, input: Input) => Promise<Output>) {
  return defineUseCase({ name, permission, input: z.custom<Input>(), run });
}

export const changeTipStatusUseCase = pending('changeTipStatus', 'tips.triage', changeTipStatus);
export const bulkTriageUseCase = pending('bulkTriage', 'tips.triage', bulkTriage);
export const linkTipToCaseUseCase = pending('linkTipToCase', 'cases.manage', linkTipToCase);
export const changeCaseStatusUseCase = pending('changeCaseStatus', 'cases.manage', changeCaseStatus);
export const mergeCasesByReferenceUseCase = pending('mergeCases', 'cases.manage', async (actor, input: { targetCaseId: string; sourceReference: string }) =>
  mergeCases(actor, { targetCaseId: input.targetCaseId, sourceCaseId: await caseIdByReference(actor, input.sourceReference) }),
);
export const recordRaidUseCase = pending('recordRaid', 'raids.record', recordRaid);
export const proposeRewardUseCase = pending('proposeReward', 'rewards.propose', proposeReward);
export const approveRewardUseCase = pending('approveReward', 'rewards.approve', approveReward);
export const approveLargeRewardUseCase = pending('approveLargeReward', 'rewards.approve_large', approveLargeReward);
export const rejectRewardUseCase = pending('rejectReward', 'rewards.approve', rejectReward);
export const rejectLargeRewardUseCase = pending('rejectLargeReward', 'rewards.approve_large', rejectReward);
export const cancelRewardUseCase = pending('cancelReward', 'rewards.approve', cancelReward);
export const payVoucherUseCase = pending('payVoucher', 'rewards.pay', payVoucher);
export const publishPolicyUseCase = pending('publishPolicy', 'rewards.policy', publishPolicy);
