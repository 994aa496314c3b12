/** On the tip page: ask standard questions, send a reply template (issue 14). Plain forms. */
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import { REPLY_TEMPLATES, type StandardQuestionView, textIn } from '@/lib/questions/standard-questions';
import styles from './triage.module.css';
import { enumLabel } from '@/lib/i18n/enums';

interface Props {
  tipId: string;
  questions: StandardQuestionView[];
  locale: Locale;
  t: Translate;
  languageName: string;
  askAction: (form: FormData) => Promise<void>;
  templateAction: (form: FormData) => Promise<void>;
}

export function MailboxForms({ tipId, questions, locale, t, languageName, askAction, templateAction }: Props) {
  return (
    <>
      {questions.length > 0 && (
        <form action={askAction} data-testid="ask-questions">
          <fieldset className="form-field">
            <legend>{t('mailboxConsole.askTitle')}</legend>
            <span className="form-field__hint">{t('mailboxConsole.askLead', { language: languageName })}</span>
            <input type="hidden" name="tipId" value={tipId} />
            <ul className={styles.questionList}>
              {questions.map((question) => (
                <li key={question.id}>
                  <label>
                    <input type="checkbox" name="questionId" value={question.id} /> {textIn(question.text, locale)}{' '}
                    <span className="form-field__hint">({t('mailboxConsole.answerForm', { kind: enumLabel(t, 'AnswerKind', question.kind) })})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button className="button button--small" type="submit">
            {t('mailboxConsole.askSend')}
          </button>
        </form>
      )}
      <form action={templateAction} className={styles.inline}>
        <input type="hidden" name="tipId" value={tipId} />
        <div className={`form-field ${styles.grow}`}>
          <label htmlFor="template">{t('mailboxConsole.templateLabel')}</label>
          <select id="template" name="template" aria-describedby="template-hint">
            {REPLY_TEMPLATES.map((template) => (
              <option key={template} value={template}>
                {t(`mailbox.template_${template}`)}
              </option>
            ))}
          </select>
          <span id="template-hint" className="form-field__hint">
            {t('mailboxConsole.templateHint', { language: languageName })}
          </span>
        </div>
        <button className="button button--small" type="submit">
          {t('mailboxConsole.templateSend')}
        </button>
      </form>
    </>
  );
}
