import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { rewardHistory } from '@/lib/rewards/list-rewards';
import { formatMoney } from '@/lib/rewards/money';
import { getTranslator } from '@/lib/ui/locale';
import { approveLargeRewardAction, approveRewardAction, cancelRewardAction, rejectLargeRewardAction, rejectRewardAction } from '../actions';
import styles from '../rewards.module.css';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { tipRef } from '@/lib/tips/staff-ref';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';

type Query = Record<string, string | string[] | undefined>;

export default async function RewardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/rewards/[id]');
  const [{ locale, t }, { id }, query] = await Promise.all([getTranslator(), params, searchParams]);
  const outcome = readOutcome(query, locale);
  const format = formatters(locale);
  const history = await rewardHistory(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const { reward, events, entries, nextMoves, blocked } = history;
  const large = reward.amountMinor > reward.policy.supervisorAboveMinor;
  const offers = (move: string) => nextMoves.some((next) => next.move === move);
  const approve = offers('approve') ? approveRewardAction : offers('approveLarge') ? approveLargeRewardAction : null;
  const reject = offers('reject') ? rejectRewardAction : offers('rejectLarge') ? rejectLargeRewardAction : null;
  // Why this actor may not decide (their own proposal, a tip they handled), said once.
  const whyNot = [...new Set([blocked.approve, blocked.approveLarge, blocked.reject, blocked.rejectLarge].filter((key): key is string => !!key))];

  const rejectForm = (action: typeof rejectRewardAction) => (
    <form action={action} className={styles.inline}>
      <input type="hidden" name="rewardId" value={reward.id} />
      <label htmlFor="reject-reason">{t('rewards.reason')}</label>
      <input id="reject-reason" name="reason" required minLength={5} maxLength={2000} />
      <button className="button button--danger" type="submit">
        {t('rewards.reject')}
      </button>
    </form>
  );

  return (
    <>
      <p>
        <Link href="/console/rewards">{t('rewards.back')}</Link>
      </p>
      <h1>{t('rewards.rewardTitle', { reference: reward.raid.case.reference })}</h1>
      <p data-testid="reward-tip">{t('rewards.forTip', { ref: tipRef(reward.tipId) })}</p>
      <ActionError message={outcome.summary} />
      {outcome.notice && (
        <p className="notice" role="status">
          {outcome.notice.text}
        </p>
      )}
      <dl className="card" data-testid="reward-summary">
        <dt>{t('rewards.state')}</dt>
        <dd data-testid="reward-state">{enumLabel(t, 'RewardState', reward.state)}</dd>
        <dt>{t('rewards.amount')}</dt>
        <dd>
          {formatMoney(reward.amountMinor, reward.currency, locale)}{' '}
          <small>({t('rewards.suggested', { amount: formatMoney(reward.suggestedMinor, reward.currency, locale) })})</small>
        </dd>
        {reward.justification && (
          <>
            <dt>{t('rewards.justification')}</dt>
            <dd>{reward.justification}</dd>
          </>
        )}
        <dt>{t('rewards.policyVersion')}</dt>
        <dd>{reward.policy.version}</dd>
        {large && (
          <>
            <dt>{t('rewards.supervisorNeeded')}</dt>
            <dd>{reward.supervisorApprovedAt ? format.dateTime(reward.supervisorApprovedAt) : t('rewards.notYet')}</dd>
          </>
        )}
        {reward.voucherExpiresAt && (
          <>
            <dt>{t('rewards.voucherExpires')}</dt>
            <dd>{format.dateTime(reward.voucherExpiresAt)}</dd>
          </>
        )}
        {reward.rejectionReason && (
          <>
            <dt>{t('rewards.reason')}</dt>
            <dd>{reward.rejectionReason}</dd>
          </>
        )}
        {reward.paidAt && (
          <>
            <dt>{t('rewards.paidOn')}</dt>
            <dd>
              {format.dateTime(reward.paidAt)} · {reward.payoutMethod && enumLabel(t, 'PayoutMethod', reward.payoutMethod)} · {reward.payoutReference}
            </dd>
          </>
        )}
      </dl>

      {whyNot.map((key) => (
        <p key={key} className="note" data-testid="reward-blocked">
          {t(key)}
        </p>
      ))}
      {(approve || reject) && (
        <section className={styles.actions} aria-label={t('rewards.decide')}>
          {approve && (
            <form action={approve}>
              <input type="hidden" name="rewardId" value={reward.id} />
              <button className="button" type="submit">
                {approve === approveLargeRewardAction ? t('rewards.approveLarge') : t('rewards.approve')}
              </button>
            </form>
          )}
          {reject && rejectForm(reject)}
        </section>
      )}

      <h2>{t('rewards.historyTitle')}</h2>
      <ol className={styles.timeline} data-testid="reward-history">
        {events.map((event) => (
          <li key={event.id.toString()}>
            <strong>{t(`rewards.events.${event.action.replace('reward.', '')}`)}</strong> · {format.dateTime(event.at)} ·{' '}
            {event.actorName && event.actorRole ? `${event.actorName} (${enumLabel(t, 'StaffRole', event.actorRole)})` : (event.actorName ?? t('rewards.system'))}
            {typeof (event.detail as { reason?: unknown } | null)?.reason === 'string' && <> · {(event.detail as { reason: string }).reason}</>}
          </li>
        ))}
      </ol>

      <h2>{t('rewards.entriesTitle')}</h2>
      {entries.length === 0 ? (
        <p>{t('rewards.noEntries')}</p>
      ) : (
        <div className={styles.scroll} tabIndex={0}>
        <table className="table" data-testid="reward-entries">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('rewards.entryKind')}</th>
              <th>{t('rewards.when')}</th>
              <th>{t('rewards.lines')}</th>
              <th>{t('rewards.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id.toString()}>
                <td>{entry.id.toString()}</td>
                <td>{enumLabel(t, 'JournalKind', entry.kind)}</td>
                <td>{format.dateTime(entry.createdAt)}</td>
                <td>
                  {entry.lines.map((line) => (
                    <div key={line.account.code}>
                      {line.account.code}: {formatMoney(line.amountMinor, reward.currency, locale)}
                    </div>
                  ))}
                </td>
                <td>
                  <code>{entry.hash.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
</div>
      )}

      {offers('cancel') && (
        <section className="card" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{t('rewards.cancelTitle')}</h2>
          <form action={cancelRewardAction} className={`${styles.inline} ${styles.cancel}`}>
            <input type="hidden" name="rewardId" value={reward.id} />
            <label htmlFor="cancel-reason">{t('rewards.reason')}</label>
            <input id="cancel-reason" name="reason" required minLength={5} maxLength={2000} />
            <button className="button button--danger" type="submit">
              {t('rewards.cancel')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
