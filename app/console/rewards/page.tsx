import type { ReactNode } from 'react';
import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { eligibleTips } from '@/lib/rewards/eligible-tips';
import { type RewardMoves, type RewardSummary, rewardQueues } from '@/lib/rewards/list-rewards';
import { formatMoney, toMajorInput } from '@/lib/rewards/money';
import { tipRef } from '@/lib/tips/staff-ref';
import { getTranslator } from '@/lib/ui/locale';
import { approveLargeRewardAction, approveRewardAction, fundProgrammeAction, proposeRewardAction, rejectLargeRewardAction, rejectRewardAction } from './actions';
import styles from './rewards.module.css';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { readSentValues, sentText } from '@/lib/http/sent-values';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';

type Query = Record<string, string | string[] | undefined>;

export default async function RewardsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/rewards');
  const [{ locale, t }, query, queues, eligible] = await Promise.all([getTranslator(), searchParams, rewardQueues(actor), eligibleTips(actor)]);
  const [outcome, sent] = [readOutcome(query, locale), await readSentValues(query)];
  // A refused proposal comes back to its own card, with what was typed and the refusal beside it.
  const sentTo = (tip: { tipId: string; raidId: string }) => sentText(sent, 'tipId') === tip.tipId && sentText(sent, 'raidId') === tip.raidId;
  const refusedCard = eligible.some(sentTo);
  const format = formatters(locale);
  const money = (reward: { amountMinor: bigint; currency: 'USD' | 'KHR' }) => formatMoney(reward.amountMinor, reward.currency, locale);

  const table = <T extends RewardSummary>(rewards: T[], testId: string, actions?: (reward: T) => ReactNode) =>
    rewards.length === 0 ? (
      <p>{t('rewards.none')}</p>
    ) : (
      <div className={styles.scroll} tabIndex={0}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('rewards.case')}</th>
            <th>{t('rewards.amount')}</th>
            <th>{t('rewards.state')}</th>
            <th>{t('rewards.proposedOn')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rewards.map((reward) => (
            <tr key={reward.id} data-reward-id={reward.id}>
              <td>
                {reward.raid.case.reference}
                <br />
                <small data-testid="reward-tip">{t('rewards.forTip', { ref: tipRef(reward.tipId) })}</small>
                <br />
                <small>{t('rewards.raidOn', { date: format.date(reward.raid.raidedOn) })}</small>
              </td>
              <td>{money(reward)}</td>
              <td>
                {enumLabel(t, 'RewardState', reward.state)}
                {reward.state === 'VOUCHER_ISSUED' && reward.voucherExpiresAt && (
                  <>
                    <br />
                    <small>{t('rewards.expiresOn', { date: format.date(reward.voucherExpiresAt) })}</small>
                  </>
                )}
              </td>
              <td>{format.date(reward.proposedAt)}</td>
              <td className={styles.actions}>
                <Link href={`/console/rewards/${reward.id}`}>{t('rewards.history')}</Link>
                {actions?.(reward)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
</div>
    );

  /** The decisions this actor may make on a reward, as the read model says: the approve and the reject form of whichever moves it offers. */
  const decide = (reward: RewardSummary & RewardMoves) => {
    const offers = (move: string) => reward.nextMoves.some((next) => next.move === move);
    const approve = offers('approve') ? approveRewardAction : offers('approveLarge') ? approveLargeRewardAction : null;
    const reject = offers('reject') ? rejectRewardAction : offers('rejectLarge') ? rejectLargeRewardAction : null;
    return (
      <>
        {approve && (
          <form action={approve}>
            <input type="hidden" name="rewardId" value={reward.id} />
            <button className="button button--small" type="submit">
              {t('rewards.approve')}
            </button>
          </form>
        )}
        {reject && (
          <form action={reject} className={styles.inline}>
            <input type="hidden" name="rewardId" value={reward.id} />
            <label htmlFor={`reason-${reward.id}`}>{t('rewards.reason')}</label>
            <input id={`reason-${reward.id}`} name="reason" required minLength={5} maxLength={2000} />
            <button className="button button--small button--danger" type="submit">
              {t('rewards.reject')}
            </button>
          </form>
        )}
      </>
    );
  };

  return (
    <>
      <h1>{t('rewards.title')}</h1>
      {!refusedCard && <ActionError message={outcome.summary} />}
      {outcome.notice && (
        <p className="notice" role="status">
          {outcome.notice.text}
        </p>
      )}

      <section aria-labelledby="budget-title">
        <h2 id="budget-title">{t('rewards.budget')}</h2>
        <div className={styles.scroll} tabIndex={0}>
        <table className="table" data-testid="budget">
          <thead>
            <tr>
              <th>{t('rewards.currency')}</th>
              <th>{t('rewards.funded')}</th>
              <th>{t('rewards.committed')}</th>
              <th>{t('rewards.paid')}</th>
              <th>{t('rewards.available')}</th>
            </tr>
          </thead>
          <tbody>
            {queues.balances.map((balance) => (
              <tr key={balance.currency} data-currency={balance.currency}>
                <td>{balance.currency}</td>
                <td>{formatMoney(balance.fundedMinor, balance.currency, locale)}</td>
                <td>{formatMoney(balance.committedMinor, balance.currency, locale)}</td>
                <td>{formatMoney(balance.paidMinor, balance.currency, locale)}</td>
                <td>
                  <strong>{formatMoney(balance.availableMinor, balance.currency, locale)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
</div>
        <p className={styles.links}>
          {can(actor, 'rewards.pay') && <Link href="/console/rewards/payout">{t('rewards.payoutDesk')}</Link>}
          {can(actor, 'rewards.policy') && <Link href="/console/rewards/policy">{t('rewards.policyTitle')}</Link>}
          {can(actor, 'ledger.export') && (
            <>
              <a href="/console/rewards/export/journal" download>
                {t('rewards.exportJournal')}
              </a>
              <a href="/console/rewards/export/rewards" download>
                {t('rewards.exportRewards')}
              </a>
            </>
          )}
        </p>
      </section>

      {can(actor, 'rewards.approve_large') && (
        <section aria-labelledby="supervisor-title">
          <h2 id="supervisor-title">{t('rewards.awaitingSupervisor')}</h2>
          {table(queues.awaitingSupervisor, 'awaiting-supervisor', decide)}
        </section>
      )}

      {can(actor, 'rewards.propose') && (
        <section aria-labelledby="eligible-title">
          <h2 id="eligible-title">{t('rewards.eligible')}</h2>
          {eligible.length === 0 ? (
            <p>{t('rewards.noneEligible')}</p>
          ) : (
            <ul className={styles.cards} data-testid="eligible">
              {eligible.map((tip) => (
                <li key={`${tip.tipId}-${tip.raidId}`} id={`propose-${tip.tipId}-${tip.raidId}`} className="card" data-tip-id={tip.tipId} data-raid-id={tip.raidId}>
                  <p>
                    <strong>{tip.caseReference}</strong> · <span data-testid="reward-tip">{t('rewards.forTip', { ref: tip.tipRef })}</span> · {t('rewards.raidOn', { date: format.date(tip.raidedOn) })} ·{' '}
                    {t('rewards.tipReceived', { date: format.date(tip.receivedAt) })}
                    {tip.isFirstInformant && <span className={styles.badge}>{t('rewards.firstInformant')}</span>}
                  </p>
                  <p>
                    {t('rewards.outcome', { victims: tip.outcome.victimsRescued, suspects: tip.outcome.suspectsArrested })}
                    {tip.outcome.compoundClosed && ` · ${t('rewards.compoundClosed')}`}
                  </p>
                  {tip.suggestion ? (
                    <form action={proposeRewardAction}>
                      {sentTo(tip) && <ActionError message={outcome.summary} testId="propose-error" />}
                      <input type="hidden" name="tipId" value={tip.tipId} />
                      <input type="hidden" name="raidId" value={tip.raidId} />
                      <input type="hidden" name="currency" value={tip.suggestion.currency} />
                      <p>{t('rewards.suggested', { amount: formatMoney(tip.suggestion.suggestedMinor, tip.suggestion.currency, locale) })}</p>
                      <div className="form-field">
                        <label htmlFor={`amount-${tip.tipId}-${tip.raidId}`}>{t('rewards.amountIn', { currency: tip.suggestion.currency })}</label>
                        <input
                          id={`amount-${tip.tipId}-${tip.raidId}`}
                          name="amount"
                          inputMode="decimal"
                          required
                          defaultValue={sentTo(tip) ? sentText(sent, 'amount') : toMajorInput(tip.suggestion.suggestedMinor, tip.suggestion.currency)}
                        />
                      </div>
                      <div className="form-field">
                        <label htmlFor={`justification-${tip.tipId}-${tip.raidId}`}>{t('rewards.justification')}</label>
                        <textarea id={`justification-${tip.tipId}-${tip.raidId}`} name="justification" maxLength={2000} rows={2} defaultValue={sentTo(tip) ? sentText(sent, 'justification') : undefined} />
                        <p className="form-field__hint">{t('rewards.justificationHint')}</p>
                      </div>
                      <button className="button" type="submit">
                        {t('rewards.propose')}
                      </button>
                    </form>
                  ) : (
                    <p>{t('rewards.noPolicy')}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {can(actor, 'rewards.approve') && (
        <section aria-labelledby="approval-title">
          <h2 id="approval-title">{t('rewards.awaitingApproval')}</h2>
          {table(queues.awaitingApproval, 'awaiting-approval', decide)}
          {queues.myProposals.length > 0 && (
            <>
              <h3>{t('rewards.myProposals')}</h3>
              {table(queues.myProposals, 'my-proposals')}
            </>
          )}
        </section>
      )}

      {!can(actor, 'rewards.approve_large') && queues.awaitingSupervisor.length > 0 && (
        <section aria-labelledby="with-supervisor-title">
          <h2 id="with-supervisor-title">{t('rewards.awaitingSupervisor')}</h2>
          {table(queues.awaitingSupervisor, 'awaiting-supervisor', decide)}
        </section>
      )}

      <section aria-labelledby="unpaid-title">
        <h2 id="unpaid-title">{t('rewards.unpaid')}</h2>
        {table(queues.unpaid, 'unpaid')}
      </section>
      <section aria-labelledby="paid-title">
        <h2 id="paid-title">{t('rewards.paidList')}</h2>
        {table(queues.paid, 'paid')}
      </section>
      <section aria-labelledby="closed-title">
        <h2 id="closed-title">{t('rewards.closed')}</h2>
        {table(queues.closed, 'closed')}
      </section>

      {can(actor, 'ledger.fund') && (
        <section className="card" aria-labelledby="fund-title">
          <h2 id="fund-title">{t('rewards.fundTitle')}</h2>
          <form action={fundProgrammeAction}>
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <div className="form-field">
              <label htmlFor="fund-currency">{t('rewards.currency')}</label>
              <select id="fund-currency" name="currency" defaultValue="USD">
                <option value="USD">USD</option>
                <option value="KHR">KHR</option>
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="fund-amount">{t('rewards.amount')}</label>
              <input id="fund-amount" name="amount" inputMode="decimal" required />
            </div>
            <div className="form-field">
              <label htmlFor="fund-memo">{t('rewards.memo')}</label>
              <input id="fund-memo" name="memo" required minLength={3} maxLength={500} />
            </div>
            <button className="button" type="submit">
              {t('rewards.fund')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
