'use server';

import { REWARD_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import type { Currency } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';
import { settleAction } from '@/lib/http/action';
import { outcomeOf, redirectWithOutcome, type ConsoleOutcome } from '@/lib/http/outcome';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { approveLargeReward, approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { parseMoney } from '@/lib/rewards/money';
import { payVoucher } from '@/lib/rewards/pay-voucher';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { publishPolicy } from '@/lib/rewards/publish-policy';
import { rejectLargeReward, rejectReward } from '@/lib/rewards/reject-reward';
import { formText } from '@/lib/http/form';
const currencyOf = (form: FormData): Currency => (formText(form, 'currency') === 'KHR' ? 'KHR' : 'USD');

/** Money typed in major units -> minor units as digits, or a translated refusal. */
function minorFrom(form: FormData, name: string, currency: Currency): string {
  const minor = parseMoney(formText(form, name), currency);
  if (minor === null) throw new AppError('BAD_REQUEST', 'rewards.errors.amountFormat');
  return minor.toString();
}

const backToReward = (rewardId: string, outcome: ConsoleOutcome) => redirectWithOutcome(`/console/rewards/${encodeURIComponent(rewardId)}`, outcome);

export async function proposeRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.proposeRewardAction);
  const result = await settleAction('proposeReward', () =>
    proposeReward(actor, {
      tipId: formText(form, 'tipId'),
      raidId: formText(form, 'raidId'),
      amountMinor: minorFrom(form, 'amount', currencyOf(form)),
      justification: formText(form, 'justification'),
      currency: currencyOf(form),
    }),
  );
  if (result.ok) backToReward(result.data.id, { notice: 'rewards.done.proposed' });
  redirectWithOutcome('/console/rewards', outcomeOf(result, 'rewards.done.proposed'));
}

export async function approveRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.approveRewardAction);
  const rewardId = formText(form, 'rewardId');
  const result = await settleAction('approveReward', () => approveReward(actor, { rewardId }));
  backToReward(rewardId, outcomeOf(result, result.ok ? `rewards.done.${result.data.state.toLowerCase()}` : ''));
}

export async function approveLargeRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.approveLargeRewardAction);
  const rewardId = formText(form, 'rewardId');
  const result = await settleAction('approveLargeReward', () => approveLargeReward(actor, { rewardId }));
  backToReward(rewardId, outcomeOf(result, 'rewards.done.voucher_issued'));
}

export async function rejectRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.rejectRewardAction);
  const rewardId = formText(form, 'rewardId');
  const result = await settleAction('rejectReward', () => rejectReward(actor, { rewardId, reason: formText(form, 'reason') }));
  backToReward(rewardId, outcomeOf(result, 'rewards.done.rejected'));
}

export async function rejectLargeRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.rejectLargeRewardAction);
  const rewardId = formText(form, 'rewardId');
  const result = await settleAction('rejectLargeReward', () => rejectLargeReward(actor, { rewardId, reason: formText(form, 'reason') }));
  backToReward(rewardId, outcomeOf(result, 'rewards.done.rejected'));
}

export async function cancelRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.cancelRewardAction);
  const rewardId = formText(form, 'rewardId');
  const result = await settleAction('cancelReward', () => cancelReward(actor, { rewardId, reason: formText(form, 'reason') }));
  backToReward(rewardId, outcomeOf(result, 'rewards.done.cancelled'));
}

export async function fundProgrammeAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.fundProgrammeAction);
  const result = await settleAction('fundProgramme', () => {
    const currency = currencyOf(form);
    return fundProgramme(actor, { currency, amountMinor: minorFrom(form, 'amount', currency), memo: formText(form, 'memo'), idempotencyKey: formText(form, 'idempotencyKey') || undefined });
  });
  redirectWithOutcome('/console/rewards', outcomeOf(result, 'rewards.done.funded'));
}

export async function payVoucherAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.payVoucherAction);
  const result = await settleAction('payVoucher', () =>
    payVoucher(actor, { code: formText(form, 'code'), method: formText(form, 'method'), reference: formText(form, 'reference') }),
  );
  if (!result.ok) redirectWithOutcome('/console/rewards/payout', outcomeOf(result, ''));
  const { outcome, rewardId } = result.data;
  // A voucher paid before is a refusal that still names the reward, so the desk can look it up.
  redirectWithOutcome(`/console/rewards/payout?reward=${encodeURIComponent(rewardId)}`, outcome === 'PAID' ? { notice: 'rewards.done.paid' } : { error: 'rewards.errors.alreadyPaid' });
}

export async function publishPolicyAction(form: FormData): Promise<void> {
  const actor = await requireActor(REWARD_ACTIONS.publishPolicyAction);
  const result = await settleAction('publishPolicy', () => {
    const currency = currencyOf(form);
    const percent = Number(formText(form, 'firstInformantPercent'));
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new AppError('BAD_REQUEST', 'rewards.errors.percent');
    return publishPolicy(actor, {
      currency,
      basePerCompoundMinor: minorFrom(form, 'basePerCompound', currency),
      perVictimMinor: minorFrom(form, 'perVictim', currency),
      perSuspectMinor: minorFrom(form, 'perSuspect', currency),
      capPerTipMinor: minorFrom(form, 'capPerTip', currency),
      capPerRaidMinor: minorFrom(form, 'capPerRaid', currency),
      supervisorAboveMinor: minorFrom(form, 'supervisorAbove', currency),
      firstInformantBps: percent * 100,
      voucherValidDays: formText(form, 'voucherValidDays'),
    });
  });
  redirectWithOutcome('/console/rewards/policy', outcomeOf(result, 'rewards.done.published'));
}
