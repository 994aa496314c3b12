/**
 * The tip page's ways of writing to the tipster, all here so there is one of each: a message in
 * words, standard questions and reply templates for an officer without the tipster's language
 * (issue 14). Plain forms; the page hands in its server actions.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import { REPLY_TEMPLATES, type StandardQuestionView, textIn } from '@/lib/questions/standard-questions';
import { TipForm } from './tip-form';
import styles from './triage.module.css';
import { enumLabel } from '@/lib/i18n/enums';

interface Props {
  tipId: string;
  questions: StandardQuestionView[];
  locale: Locale;
  t: Translate;
  languageName: string;
  messageAction: (form: FormData) => Promise<void>;
  askAction: (form: FormData) => Promise<void>;
  templateAction: (form: FormData) => Promise<void>;
}

export function MailboxForms({ tipId, questions, locale, t, languageName, messageAction, askAction, templateAction }: Props) {
  return (
    <>
      {questions.length > 0 && (
        <TipForm action={askAction} tipId={tipId} submit={t('mailboxConsole.askSend')} testId="ask-questions">
          <fieldset className="form-field">
            <legend>{t('mailboxConsole.askTitle')}</legend>
            <span className="form-field__hint">{t('mailboxConsole.askLead', { language: languageName })}</span>
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
        </TipForm>
      )}
      <TipForm action={templateAction} tipId={tipId} submit={t('mailboxConsole.templateSend')} inline>
        <div className={`form-field ${styles.grow}`}>
          <label htmlFor="template">{t('mailboxConsole.templateLabel')}</label>
          <select id="template" name="template" aria-describedby="template-hint">
            {REPLY_TEMPLATES.map((template) => (
              <option key={template} value={template}>
                {t(`mailbox.template_${template}`)}
              </option>
            ))}
          </select>
          <FieldHint id="template-hint" text={t('mailboxConsole.templateHint', { language: languageName })} />
        </div>
      </TipForm>
      <TipForm action={messageAction} tipId={tipId} submit={t('triage.send')}>
        <div className="form-field">
          <label htmlFor="message-body">{t('triage.messageLabel')}</label>
          <textarea id="message-body" name="body" rows={4} maxLength={2000} required aria-describedby="message-hint" dir="auto" />
          <FieldHint id="message-hint" text={t('triage.messageHint', { language: languageName })} />
        </div>
      </TipForm>
    </>
  );
}

function FieldHint({ id, text }: { id: string; text: string }) {
  return (
    <span id={id} className="form-field__hint">
      {text}
    </span>
  );
}
