'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import type { Currency } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors';
import { runAction } from '@/lib/http/action';
import { fundProgramme } from '@/lib/ledger/fund-programme';
import { approveLargeReward, approveReward } from '@/lib/rewards/approve-reward';
import { cancelReward } from '@/lib/rewards/cancel-reward';
import { parseMoney } from '@/lib/rewards/money';
import { payVoucher } from '@/lib/rewards/pay-voucher';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { publishPolicy } from '@/lib/rewards/publish-policy';
import { rejectReward } from '@/lib/rewards/reject-reward';
import { getLocale } from '@/lib/ui/locale';
import { formText } from '@/lib/http/form';
const currencyOf = (form: FormData): Currency => (formText(form, 'currency') === 'KHR' ? 'KHR' : 'USD');

/** Money typed in major units -> minor units as digits, or a translated refusal. */
function minorFrom(form: FormData, name: string, currency: Currency): string {
  const minor = parseMoney(formText(form, name), currency);
  if (minor === null) throw new AppError('BAD_REQUEST', 'rewards.errors.amountFormat');
  return minor.toString();
}

type Outcome = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };

function back(path: string, result: Outcome, done: string): never {
  if (result.ok) redirect(`${path}${path.includes('?') ? '&' : '?'}done=${done}`);
  const detail = result.fields ? Object.values(result.fields)[0] : undefined;
  redirect(`${path}${path.includes('?') ? '&' : '?'}error=${encodeURIComponent(detail ?? result.message)}`);
}

export async function proposeRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.propose');
  const result = await runAction('proposeReward', await getLocale(), () =>
    proposeReward(actor, {
      tipId: formText(form, 'tipId'),
      raidId: formText(form, 'raidId'),
      amountMinor: minorFrom(form, 'amount', currencyOf(form)),
      justification: formText(form, 'justification'),
      currency: currencyOf(form),
    }),
  );
  if (result.ok) redirect(`/console/rewards/${result.data.id}?done=proposed`);
  back('/console/rewards', result, 'proposed');
}

export async function approveRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.approve');
  const rewardId = formText(form, 'rewardId');
  const result = await runAction('approveReward', await getLocale(), () => approveReward(actor, { rewardId }));
  back(`/console/rewards/${encodeURIComponent(rewardId)}`, result, result.ok ? result.data.state.toLowerCase() : '');
}

export async function approveLargeRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.approve_large');
  const rewardId = formText(form, 'rewardId');
  const result = await runAction('approveLargeReward', await getLocale(), () => approveLargeReward(actor, { rewardId }));
  back(`/console/rewards/${encodeURIComponent(rewardId)}`, result, 'voucher_issued');
}

export async function rejectRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.approve');
  const rewardId = formText(form, 'rewardId');
  const result = await runAction('rejectReward', await getLocale(), () => rejectReward(actor, { rewardId, reason: formText(form, 'reason') }));
  back(`/console/rewards/${encodeURIComponent(rewardId)}`, result, 'rejected');
}

export async function rejectLargeRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.approve_large');
  const rewardId = formText(form, 'rewardId');
  const result = await runAction('rejectLargeReward', await getLocale(), () => rejectReward(actor, { rewardId, reason: formText(form, 'reason') }));
  back(`/console/rewards/${encodeURIComponent(rewardId)}`, result, 'rejected');
}

export async function cancelRewardAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.approve');
  const rewardId = formText(form, 'rewardId');
  const result = await runAction('cancelReward', await getLocale(), () => cancelReward(actor, { rewardId, reason: formText(form, 'reason') }));
  back(`/console/rewards/${encodeURIComponent(rewardId)}`, result, 'cancelled');
}

export async function fundProgrammeAction(form: FormData): Promise<void> {
  const actor = await requireActor('ledger.fund');
  const result = await runAction('fundProgramme', await getLocale(), () => {
    const currency = currencyOf(form);
    return fundProgramme(actor, { currency, amountMinor: minorFrom(form, 'amount', currency), memo: formText(form, 'memo'), idempotencyKey: formText(form, 'idempotencyKey') || undefined });
  });
  back('/console/rewards', result, 'funded');
}

export async function payVoucherAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.pay');
  const result = await runAction('payVoucher', await getLocale(), () =>
    payVoucher(actor, { code: formText(form, 'code'), method: formText(form, 'method') as 'CASH_OFFICE', reference: formText(form, 'reference') }),
  );
  if (!result.ok) back('/console/rewards/payout', result, '');
  const { outcome, rewardId } = result.data;
  redirect(`/console/rewards/payout?${outcome === 'PAID' ? 'done=paid' : 'refused=alreadyPaid'}&reward=${encodeURIComponent(rewardId)}`);
}

export async function publishPolicyAction(form: FormData): Promise<void> {
  const actor = await requireActor('rewards.policy');
  const result = await runAction('publishPolicy', await getLocale(), () => {
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
  back('/console/rewards/policy', result, 'published');
}
