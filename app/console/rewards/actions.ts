'use server';

import type { Currency } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';
import { consoleAction } from '@/lib/http/console-action';
import { formText } from '@/lib/http/form';
import { type ConsoleOutcome, outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { approveLargeReward, approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { payVoucher } from '@/lib/rewards/pay-voucher';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { publishPolicy } from '@/lib/rewards/publish-policy';
import { rejectLargeReward, rejectReward } from '@/lib/rewards/reject-reward';
import { parseMoney } from '@/lib/rewards/money';

const currencyOf = (form: FormData): Currency => (formText(form, 'currency') === 'KHR' ? 'KHR' : 'USD');

/** Money typed in major units -> minor units as digits, or a translated refusal. */
function minorFrom(form: FormData, name: string, currency: Currency): string {
  const minor = parseMoney(formText(form, name), currency);
  if (minor === null) throw new AppError('BAD_REQUEST', 'rewards.errors.amountFormat');
  return minor.toString();
}

const backToReward = (form: FormData, outcome: ConsoleOutcome) => redirectWithOutcome(`/console/rewards/${encodeURIComponent(formText(form, 'rewardId'))}`, outcome);
const rewardId = (form: FormData) => ({ rewardId: formText(form, 'rewardId') });
const rejection = (form: FormData) => ({ rewardId: formText(form, 'rewardId'), reason: formText(form, 'reason') });

export const proposeRewardAction = consoleAction(proposeReward, {
  read: (form) => ({
    tipId: formText(form, 'tipId'),
    raidId: formText(form, 'raidId'),
    amountMinor: minorFrom(form, 'amount', currencyOf(form)),
    justification: formText(form, 'justification'),
    currency: currencyOf(form),
  }),
  done: (result, form) => {
    if (result.ok) redirectWithOutcome(`/console/rewards/${encodeURIComponent(result.data.id)}`, { notice: 'rewards.done.proposed' });
    redirectWithOutcome('/console/rewards', outcomeOf(result, 'rewards.done.proposed'), { on: 'propose', anchor: `propose-${formText(form, 'tipId')}-${formText(form, 'raidId')}` });
  },
});

export const approveRewardAction = consoleAction(approveReward, {
  read: rewardId,
  done: (result, form) => backToReward(form, outcomeOf(result, result.ok ? `rewards.done.${result.data.state.toLowerCase()}` : '')),
});

export const approveLargeRewardAction = consoleAction(approveLargeReward, {
  read: rewardId,
  done: (result, form) => backToReward(form, outcomeOf(result, 'rewards.done.voucher_issued')),
});

export const rejectRewardAction = consoleAction(rejectReward, {
  read: rejection,
  done: (result, form) => backToReward(form, outcomeOf(result, 'rewards.done.rejected')),
});

export const rejectLargeRewardAction = consoleAction(rejectLargeReward, {
  read: rejection,
  done: (result, form) => backToReward(form, outcomeOf(result, 'rewards.done.rejected')),
});

export const cancelRewardAction = consoleAction(cancelReward, {
  read: rejection,
  done: (result, form) => backToReward(form, outcomeOf(result, 'rewards.done.cancelled')),
});

export const fundProgrammeAction = consoleAction(fundProgramme, {
  read: (form) => {
    const currency = currencyOf(form);
    return { currency, amountMinor: minorFrom(form, 'amount', currency), memo: formText(form, 'memo'), idempotencyKey: formText(form, 'idempotencyKey') || undefined };
  },
  done: (result) => redirectWithOutcome('/console/rewards', outcomeOf(result, 'rewards.done.funded')),
});

export const payVoucherAction = consoleAction(payVoucher, {
  read: (form) => ({ code: formText(form, 'code'), method: formText(form, 'method'), reference: formText(form, 'reference') }),
  done: (result) => {
    if (!result.ok) redirectWithOutcome('/console/rewards/payout', outcomeOf(result, ''));
    const { outcome, rewardId } = result.data;
    // A voucher paid before is a refusal that still names the reward, so the desk can look it up.
    redirectWithOutcome(`/console/rewards/payout?reward=${encodeURIComponent(rewardId)}`, outcome === 'PAID' ? { notice: 'rewards.done.paid' } : { error: 'rewards.errors.alreadyPaid' });
  },
});

export const publishPolicyAction = consoleAction(publishPolicy, {
  read: (form) => {
    const currency = currencyOf(form);
    const percent = Number(formText(form, 'firstInformantPercent'));
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new AppError('BAD_REQUEST', 'rewards.errors.percent');
    return {
      currency,
      basePerCompoundMinor: minorFrom(form, 'basePerCompound', currency),
      perVictimMinor: minorFrom(form, 'perVictim', currency),
      perSuspectMinor: minorFrom(form, 'perSuspect', currency),
      capPerTipMinor: minorFrom(form, 'capPerTip', currency),
      capPerRaidMinor: minorFrom(form, 'capPerRaid', currency),
      supervisorAboveMinor: minorFrom(form, 'supervisorAbove', currency),
      firstInformantBps: percent * 100,
      voucherValidDays: formText(form, 'voucherValidDays'),
    };
  },
  done: (result) => redirectWithOutcome('/console/rewards/policy', outcomeOf(result, 'rewards.done.published')),
});
