import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { isAppError } from '@/lib/errors';
import { formatters } from '@/lib/i18n/format';
import { lookup, messagesFor } from '@/lib/i18n/translate';
import { QuestionForm } from '@/lib/ui/resident/question-form';
import { openTipStatus, type TipsterView } from '@/lib/tips/open-tip-status';
import { openTipsterSession, TIPSTER_SESSION_COOKIE, TIPSTER_SESSION_TTL_MS } from '@/lib/tips/tipster-session';
import { getTranslator } from '@/lib/ui/locale';
import { ReplyForm, SessionTimeout, StatusSignInForm } from '@/lib/ui/resident/status-forms';
import { GroupedCode } from '@/lib/ui/resident/grouped-code';
import styles from '@/lib/ui/resident/resident.module.css';
import { answerQuestionsAction, openStatusAction, replyAction, signOutStatusAction } from './actions';

/** An outcome key from the URL is shown only if it is one of our own error messages. */
const shownProblem = (key: string | undefined) => (key && /^(mailbox|status)\.errors\.\w+$|^errors\.[A-Z_]+$/.test(key) && lookup('en', key) ? key : null);

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('status.title') };
}

/** Opens the tip behind the session cookie; a problem (expired, locked) shows the sign-in form again. */
async function viewFromSession(): Promise<{ view: TipsterView | null; problem: string | null }> {
  const credentials = openTipsterSession((await cookies()).get(TIPSTER_SESSION_COOKIE)?.value);
  if (!credentials) return { view: null, problem: null };
  try {
    return { view: await openTipStatus(credentials), problem: null };
  } catch (error) {
    if (isAppError(error)) return { view: null, problem: error.messageKey };
    throw error;
  }
}

export default async function StatusPage({ searchParams }: { searchParams: Promise<{ sent?: string; answered?: string; problem?: string }> }) {
  const { locale, t } = await getTranslator();
  const messages = messagesFor(locale, ['status']);
  const { view, problem } = await viewFromSession();
  const format = formatters(locale);
  const date = (iso: string) => (iso.length === 10 ? format.longDay(iso) : format.longDate(new Date(iso)));

  if (!view) {
    return (
      <>
        <h1>{t('status.title')}</h1>
        <p>{t('status.lead')}</p>
        {problem && (
          <p className="form-error" role="alert">
            {t(problem)}
          </p>
        )}
        <StatusSignInForm action={openStatusAction} messages={messages} />
      </>
    );
  }

  const { sent, answered, problem: answerProblem } = await searchParams;
  const openQuestions = view.messages.filter((message) => message.question && !message.question.answered);
  const questionText = (id: string) => view.messages.find((message) => message.id === id)?.body;
  const answerError = shownProblem(answerProblem);
  const reward = view.reward;
  const money = reward?.amountMinor && reward.currency
    ? format.money(BigInt(reward.amountMinor), reward.currency)
    : null;
  return (
    <>
      <SessionTimeout afterMs={TIPSTER_SESSION_TTL_MS} />
      <h1>{t('status.title')}</h1>
      {sent === '1' && (
        <p className="notice" role="status">
          {t('status.replySent')}
        </p>
      )}
      {answered === '1' && (
        <p className="notice" role="status">
          {t('mailbox.answersSent')}
        </p>
      )}
      {answerError && (
        <p className="form-error" role="alert">
          {t(answerError)}
        </p>
      )}
      <section className="card" aria-labelledby="status-title">
        <h2 id="status-title">{t('status.statusLabel')}</h2>
        <p className={styles.status} data-testid="tip-status">
          {t(`status.status_${view.status}`)}
        </p>
        <p>{t(`status.explain_${view.status}`)}</p>
        <p className={styles.meta}>
          {t('report.tipCode')}: {view.code} · {t('status.receivedOn', { date: date(view.receivedOn) })}
        </p>
      </section>

      {reward && (
        <section className="card" aria-labelledby="reward-title" data-testid="reward">
          <h2 id="reward-title">{t('status.rewardTitle')}</h2>
          <p>{t(`status.reward_${reward.state}`)}</p>
          {money && <p>{t('status.amount', { amount: money })}</p>}
          {reward.state === 'VOUCHER' && reward.voucherCode && (
            <>
              <p className={styles.meta}>{t('status.voucherCode')}</p>
              <p className={styles.secret} data-testid="voucher-code">
                <GroupedCode value={reward.voucherCode} />
              </p>
              {reward.expiresOn && <p>{t('status.voucherExpires', { date: date(reward.expiresOn) })}</p>}
              <p>{t('status.voucherHowTo')}</p>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="messages-title">
        <h2 id="messages-title">{t('status.messagesTitle')}</h2>
        {view.messages.length === 0 ? (
          <p>{t('status.noMessages')}</p>
        ) : (
          <ol className={styles.messages}>
            {view.messages.map((message) => (
              <li key={message.id} className={`${styles.message} ${message.direction === 'TO_TIPSTER' ? styles.messageFromPolice : styles.messageFromYou}`}>
                <p className={styles.meta}>
                  {message.direction === 'TO_TIPSTER' ? t('status.fromPolice') : t('status.fromYou')} · {date(message.at)}
                  {message.photoCount > 0 ? ` · ${t('status.photoCount', { count: message.photoCount })}` : ''}
                </p>
                {/* An answer alone ("No") says nothing: the question it answers is quoted above it. */}
                {message.answersId && questionText(message.answersId) && (
                  <q className={styles.meta} lang={view.language} data-testid="answered-question">
                    {questionText(message.answersId)}
                  </q>
                )}
                {message.answersId && <br />}
                <span lang={message.direction === 'TO_TIPSTER' ? view.language : undefined}>{message.body}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {openQuestions.length > 0 && <QuestionForm questions={openQuestions} language={view.language} action={answerQuestionsAction} t={t} />}

      <ReplyForm action={replyAction} messages={messages} />

      <form action={signOutStatusAction}>
        <button className="button button--secondary" type="submit">
          {t('status.signOut')}
        </button>
      </form>
      <p className="form-field__hint">{t('status.sessionNote')}</p>
    </>
  );
}
