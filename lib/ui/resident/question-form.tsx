/**
 * The officers' standard questions as a plain HTML form (no JavaScript): radio buttons for
 * yes/no, a choice or a time of day, a field for a number, a text box for free text. Each
 * question is in the tip's language, as are the answers to choose from.
 */
import type { TipsterMessage } from '@/lib/tips/tipster-view';
import type { Translate } from '@/lib/i18n/translate';
import styles from './resident.module.css';

export const ANSWER_FIELD = 'answer.';

export function QuestionForm({ questions, language, action, t }: { questions: TipsterMessage[]; language: string; action: (form: FormData) => Promise<void>; t: Translate }) {
  return (
    <form action={action} autoComplete="off" aria-labelledby="questions-title" data-testid="questions">
      <h2 id="questions-title">{t('mailbox.questionsTitle')}</h2>
      <p>{t('mailbox.questionsLead')}</p>
      {questions.map((message) => {
        const question = message.question!;
        const name = `${ANSWER_FIELD}${message.id}`;
        const legendId = `question-${message.id}`;
        return (
          <fieldset key={message.id} className={styles.fieldset} data-testid="question">
            <legend id={legendId} lang={language} dir="auto">
              {message.body}
            </legend>
            {question.kind === 'NUMBER' ? (
              <div className="form-field">
                <label htmlFor={name}>{t('mailbox.numberLabel')}</label>
                <span id={`${name}-hint`} className="form-field__hint">
                  {t('mailbox.numberHint')}
                </span>
                <input id={name} name={name} inputMode="numeric" maxLength={8} aria-describedby={`${name}-hint`} />
              </div>
            ) : question.kind === 'FREE_TEXT' ? (
              <div className="form-field">
                <label htmlFor={name}>{t('mailbox.freeLabel')}</label>
                <span id={`${name}-hint`} className="form-field__hint">
                  {t('mailbox.freeHint')}
                </span>
                <textarea id={name} name={name} rows={3} maxLength={2000} aria-describedby={`${name}-hint`} />
              </div>
            ) : (
              <ul className={styles.choices}>
                {question.choices.map((choice) => (
                  <li key={choice.value}>
                    <label className={styles.choice} lang={language}>
                      <input type="radio" name={name} value={choice.value} />
                      {choice.label}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        );
      })}
      <button className="button" type="submit">
        {t('mailbox.answersSend')}
      </button>
    </form>
  );
}
