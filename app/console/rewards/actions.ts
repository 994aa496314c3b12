'use server';

import type { Currency } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';
import { consoleAction } from '@/lib/http/console-action';
import { formText } from '@/lib/http/form';
import { type ConsoleOutcome, outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { approveLargeReward, approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { checkVoucher, payVoucher } from '@/lib/rewards/pay-voucher';
import { requireActor } from '@/lib/auth/session';
import { enumLabel } from '@/lib/i18n/enums';
import { formatters } from '@/lib/i18n/format';
import { tipRef } from '@/lib/tips/staff-ref';
import type { PayoutDeskState } from '@/lib/ui/console/payout-desk-form';
import { getTranslator } from '@/lib/ui/locale';
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

const checkStep = consoleAction(checkVoucher, { read: (form) => ({ code: formText(form, 'code') }), done: (result) => result });
const payStep = consoleAction(payVoucher, {
  read: (form) => ({ code: formText(form, 'code'), method: formText(form, 'method'), reference: formText(form, 'reference'), rewardId: formText(form, 'rewardId') }),
  done: (result) => result,
});

/**
 * The payout desk (lib/ui/console/payout-desk-form.tsx): without `confirm`, checks the code and
 * shows the amount to hand over; with it, pays the checked voucher and says what was paid.
 * Its texts are translated here: the state is rendered in place, not carried in the URL.
 */
export const payoutDeskAction = Object.assign(
  async (_state: PayoutDeskState | null, form: FormData): Promise<PayoutDeskState> => {
    await requireActor(payVoucher.permission ?? undefined);
    const { locale, t } = await getTranslator();
    const format = formatters(locale);
    const values = { code: formText(form, 'code'), method: formText(form, 'method'), reference: formText(form, 'reference') };
    const refused = (result: { messageKey: string; fields?: Record<string, string> }): PayoutDeskState => ({
      step: 'check',
      values,
      error: t(result.messageKey),
      fields: Object.fromEntries(Object.entries(result.fields ?? {}).map(([field, key]) => [field, t(key)])),
    });
    if (formText(form, 'confirm') !== '1') {
      const checked = await checkStep(form);
      if (!checked.ok) return refused(checked);
      const voucher = checked.data;
      const amount = format.money(voucher.amountMinor, voucher.currency);
      if (voucher.state === 'PAID') {
        return { step: 'check', values, error: t('rewards.errors.alreadyPaidOn', { amount, date: voucher.paidAt ? format.dateTime(voucher.paidAt) : '', reference: voucher.payoutReference ?? '' }) };
      }
      if (voucher.state !== 'VOUCHER_ISSUED') return { step: 'check', values, error: t('rewards.errors.voucherNotPayable', { amount, state: enumLabel(t, 'RewardState', voucher.state) }) };
      const date = voucher.voucherExpiresAt ? format.date(voucher.voucherExpiresAt) : '';
      return { step: 'confirm', values, rewardId: voucher.rewardId, summary: t('rewards.deskFound', { ref: tipRef(voucher.tipId), amount, date }), pay: t('rewards.deskPay', { amount }) };
    }
    const paid = await payStep(form);
    if (!paid.ok) return refused(paid);
    if (paid.data.outcome === 'ALREADY_PAID') return refused({ messageKey: 'rewards.errors.alreadyPaid' });
    const amount = format.money(paid.data.amountMinor, paid.data.currency);
    const method = enumLabel(t, 'PayoutMethod', values.method);
    return { step: 'paid', rewardId: paid.data.rewardId, notice: t('rewards.done.paidAmount', { amount, method, reference: values.reference.trim() }) };
  },
  { permission: payVoucher.permission, useCaseName: payVoucher.useCaseName },
);

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
