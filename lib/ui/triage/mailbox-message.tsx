/**
 * One mailbox message on the tip page, in the officer's language where it can be (issue 14):
 * a standard question or reply template in the officer's words, a chosen answer translated
 * from its structure; anything the tipster wrote stays as written, labelled with its language.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import { answerText, questionFromRow, REPLY_TEMPLATES, type ReplyTemplate, structuredAnswerSchema, textIn } from '@/lib/questions/standard-questions';
import type { TipDetail } from '@/lib/triage/view-tip';

type Message = TipDetail['messages'][number];

export function MailboxMessageBody({ message, locale, t, tipLanguage, tipLanguageName }: { message: Message; locale: Locale; t: Translate; tipLanguage: string; tipLanguageName: string }) {
  if (message.direction === 'TO_TIPSTER' && message.question) {
    const question = questionFromRow(message.question);
    return (
      <div data-testid="asked-question">
        <div>{t('mailboxConsole.questionAsked')}</div>
        <strong>{textIn(question.text, locale)}</strong>
      </div>
    );
  }
  if (message.direction === 'TO_TIPSTER' && message.templateKey && (REPLY_TEMPLATES as readonly string[]).includes(message.templateKey)) {
    return (
      <div data-testid="sent-template">
        <div>{t('mailboxConsole.templateSent')}</div>
        <strong>{t(`mailbox.template_${message.templateKey as ReplyTemplate}`)}</strong>
      </div>
    );
  }
  const parsed = message.answer ? structuredAnswerSchema.safeParse(message.answer) : null;
  const question = message.answers?.question ? questionFromRow(message.answers.question) : null;
  if (parsed?.success && parsed.data.kind !== 'FREE_TEXT') {
    return (
      <div data-testid="chosen-answer">
        {question && <div>{textIn(question.text, locale)}</div>}
        <div>
          {t('mailboxConsole.chosenAnswer')}: <strong>{answerText(parsed.data, question, locale)}</strong>
        </div>
      </div>
    );
  }
  return (
    <div data-testid={parsed?.success ? 'written-answer' : undefined}>
      {question && <div>{textIn(question.text, locale)}</div>}
      {message.direction === 'FROM_TIPSTER' && <div className="form-field__hint">{t('mailboxConsole.writtenIn', { language: tipLanguageName })}</div>}
      <div dir="auto" lang={message.direction === 'FROM_TIPSTER' ? tipLanguage : undefined}>
        {message.body}
      </div>
    </div>
  );
}
