import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { formatMoney, toMajorInput } from '@/lib/rewards/money';
import { policyHistory } from '@/lib/rewards/policy';
import { getTranslator } from '@/lib/ui/locale';
import { publishPolicyAction } from '../actions';
import styles from '../rewards.module.css';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { formatters } from '@/lib/i18n/format';

type Query = Record<string, string | string[] | undefined>;

const AMOUNTS = ['basePerCompound', 'perVictim', 'perSuspect', 'capPerTip', 'capPerRaid', 'supervisorAbove'] as const;

/** Reward policy versions; publishing makes a new version, never edits one. */
export default async function PolicyPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requirePageActor('/console/rewards/policy');
  const [{ locale, t }, query, versions] = await Promise.all([getTranslator(), searchParams, policyHistory()]);
  const outcome = readOutcome(query, locale);
  const format = formatters(locale);
  const current = versions[0];
  return (
    <>
      <p>
        <Link href="/console/rewards">{t('rewards.back')}</Link>
      </p>
      <h1>{t('rewards.policyTitle')}</h1>
      <ActionError message={outcome.summary} />
      {outcome.notice && (
        <p className="notice" role="status">
          {outcome.notice.text}
        </p>
      )}
      {versions.length === 0 ? (
        <p>{t('rewards.noPolicy')}</p>
      ) : (
        <div className={styles.scroll} tabIndex={0}>
        <table className="table" data-testid="policy-versions">
          <thead>
            <tr>
              <th>{t('rewards.version')}</th>
              {AMOUNTS.map((name) => (
                <th key={name}>{t(`rewards.policy.${name}`)}</th>
              ))}
              <th>{t('rewards.policy.firstInformantPercent')}</th>
              <th>{t('rewards.policy.voucherValidDays')}</th>
              <th>{t('rewards.publishedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((policy) => (
              <tr key={policy.id}>
                <td>
                  {policy.version}
                  {policy.id === current?.id && ` (${t('rewards.inForce')})`}
                </td>
                {AMOUNTS.map((name) => (
                  <td key={name}>{formatMoney(policy[`${name}Minor`], policy.currency, locale)}</td>
                ))}
                <td>{policy.firstInformantBps / 100}%</td>
                <td>{policy.voucherValidDays}</td>
                <td>{format.date(policy.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
</div>
      )}
      <section className="card" aria-labelledby="publish-title">
        <h2 id="publish-title">{t('rewards.publishTitle')}</h2>
        <p>{t('rewards.publishHint')}</p>
        <form action={publishPolicyAction}>
          <div className="form-field">
            <label htmlFor="currency">{t('rewards.currency')}</label>
            <select id="currency" name="currency" defaultValue={current?.currency ?? 'USD'}>
              <option value="USD">USD</option>
              <option value="KHR">KHR</option>
            </select>
          </div>
          {AMOUNTS.map((name) => (
            <div className="form-field" key={name}>
              <label htmlFor={name}>{t(`rewards.policy.${name}`)}</label>
              <input id={name} name={name} inputMode="decimal" required defaultValue={current ? toMajorInput(current[`${name}Minor`], current.currency) : ''} />
            </div>
          ))}
          <div className="form-field">
            <label htmlFor="firstInformantPercent">{t('rewards.policy.firstInformantPercent')}</label>
            <input id="firstInformantPercent" name="firstInformantPercent" type="number" min={0} max={100} step={1} required defaultValue={current ? current.firstInformantBps / 100 : 60} />
          </div>
          <div className="form-field">
            <label htmlFor="voucherValidDays">{t('rewards.policy.voucherValidDays')}</label>
            <input id="voucherValidDays" name="voucherValidDays" type="number" min={1} max={365} required defaultValue={current?.voucherValidDays ?? 60} />
          </div>
          <button className="button" type="submit">
            {t('rewards.publish')}
          </button>
        </form>
      </section>
    </>
  );
}
