import { requirePageActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { LOCALE_NAMES, RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { listQuestions } from '@/lib/questions/list-questions';
import { QUESTION_KINDS, textIn } from '@/lib/questions/standard-questions';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { getTranslator } from '@/lib/ui/locale';
import styles from '@/lib/ui/triage/triage.module.css';
import { createQuestionAction, setQuestionActiveAction } from './actions';
import { enumLabel } from '@/lib/i18n/enums';
import { EnumSelect } from '@/lib/ui/console/pick-selects';

type Query = Record<string, string | string[] | undefined>;

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requirePageActor('/console/questions');
  const [{ locale, t }, questions, query] = await Promise.all([getTranslator(), listQuestions(db), searchParams]);
  const outcome = readOutcome(query, locale);
  return (
    <>
      <h1>{t('mailboxConsole.title')}</h1>
      <p>{t('mailboxConsole.lead')}</p>
      {outcome.notice && (
        <p className="notice" role="status">
          {outcome.notice.text}
        </p>
      )}
      <ActionError message={outcome.summary} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('mailboxConsole.title')}>
      <table className="table" data-testid="questions">
        <thead>
          <tr>
            <th>{t('mailboxConsole.colText')}</th>
            <th>{t('mailboxConsole.colKind')}</th>
            <th>{t('mailboxConsole.colState')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => (
            <tr key={question.id} data-question-key={question.key}>
              <td>
                <strong>{textIn(question.text, locale)}</strong>
                <div className="form-field__hint">{question.key}</div>
                <details>
                  <summary className={styles.summary}>{RESIDENT_LOCALES.map((code) => LOCALE_NAMES[code]).join(' · ')}</summary>
                  <ul>
                    {RESIDENT_LOCALES.map((code) => (
                      <li key={code} lang={code}>
                        {LOCALE_NAMES[code]}: {question.text[code]}
                        {question.choices.length > 0 && ` (${question.choices.map((choice) => choice.text[code]).join(' / ')})`}
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
              <td>{enumLabel(t, 'AnswerKind', question.kind)}</td>
              <td>
                {question.active ? t('mailboxConsole.inUse') : t('mailboxConsole.notInUse')}
                <form action={setQuestionActiveAction}>
                  <input type="hidden" name="questionId" value={question.id} />
                  <input type="hidden" name="active" value={question.active ? '0' : '1'} />
                  <button className="button button--secondary button--small" type="submit">
                    {question.active ? t('mailboxConsole.deactivate') : t('mailboxConsole.activate')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>

      <section className="card" aria-labelledby="add-title">
        <h2 id="add-title">{t('mailboxConsole.addTitle')}</h2>
        <form action={createQuestionAction}>
          <div className="form-field">
            <label htmlFor="key">{t('mailboxConsole.key')}</label>
            <input id="key" name="key" required pattern="[a-z0-9_]{2,40}" maxLength={40} />
          </div>
          <EnumSelect t={t} id="kind" label={t('mailboxConsole.kind')} of="AnswerKind" values={QUESTION_KINDS} />
          {RESIDENT_LOCALES.map((code) => (
            <div className="form-field" key={code}>
              <label htmlFor={`text-${code}`}>{t('mailboxConsole.textIn', { language: LOCALE_NAMES[code] })}</label>
              <input id={`text-${code}`} name={`text.${code}`} lang={code} dir="auto" required maxLength={300} />
            </div>
          ))}
          <p className="form-field__hint">{t('mailboxConsole.choicesHint')}</p>
          {RESIDENT_LOCALES.map((code) => (
            <div className="form-field" key={code}>
              <label htmlFor={`choices-${code}`}>{t('mailboxConsole.choicesIn', { language: LOCALE_NAMES[code] })}</label>
              <textarea id={`choices-${code}`} name={`choices.${code}`} lang={code} dir="auto" rows={3} />
            </div>
          ))}
          <button className="button" type="submit">
            {t('mailboxConsole.add')}
          </button>
        </form>
      </section>
    </>
  );
}
