import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { getTranslator } from '@/lib/ui/locale';
import { payVoucherAction } from '../actions';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { enumLabel } from '@/lib/i18n/enums';

type Query = Record<string, string | string[] | undefined>;

/** The payout desk: a voucher code, a method and its reference; the reward is paid once. */
export default async function PayoutPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requirePageActor('/console/rewards/payout');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const outcome = readOutcome(query, locale);
  return (
    <>
      <p>
        <Link href="/console/rewards">{t('rewards.back')}</Link>
      </p>
      <h1>{t('rewards.payoutDesk')}</h1>
      <p>{t('rewards.payoutIntro')}</p>
      <ActionError message={outcome.summary} testId="payout-error" />
      {outcome.notice && (
        <p className="notice" role="status" data-testid="payout-done">
          {outcome.notice.text}
          {typeof query.reward === 'string' && (
            <>
              {' '}
              <Link href={`/console/rewards/${encodeURIComponent(query.reward)}`}>{t('rewards.history')}</Link>
            </>
          )}
        </p>
      )}
      <form action={payVoucherAction} className="card">
        <div className="form-field">
          <label htmlFor="code">{t('rewards.voucherCode')}</label>
          <input id="code" name="code" required autoComplete="off" spellCheck={false} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" maxLength={40} />
          <p className="form-field__hint">{t('rewards.voucherHint')}</p>
        </div>
        <fieldset className="form-field">
          <legend>{t('rewards.method')}</legend>
          {(['CASH_OFFICE', 'MOBILE_MONEY', 'BANK'] as const).map((method, index) => (
            <label key={method}>
              <input type="radio" name="method" value={method} required defaultChecked={index === 0} /> {enumLabel(t, 'PayoutMethod', method)}
            </label>
          ))}
        </fieldset>
        <div className="form-field">
          <label htmlFor="reference">{t('rewards.reference')}</label>
          <input id="reference" name="reference" required minLength={2} maxLength={200} autoComplete="off" />
          <p className="form-field__hint">{t('rewards.referenceHint')}</p>
        </div>
        <button className="button" type="submit">
          {t('rewards.pay')}
        </button>
      </form>
    </>
  );
}
