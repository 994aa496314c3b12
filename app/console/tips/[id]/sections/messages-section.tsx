import { formatters } from '@/lib/i18n/format';
import type { listQuestions } from '@/lib/questions/list-questions';
import { MailboxForms } from '@/lib/ui/triage/mailbox-forms';
import { MailboxMessageBody } from '@/lib/ui/triage/mailbox-message';
import styles from '@/lib/ui/triage/triage.module.css';
import { askQuestionsAction, messageTipsterAction, sendReplyTemplateAction } from '../mailbox-actions';
import type { TipSectionProps } from './props';

type Questions = Awaited<ReturnType<typeof listQuestions>>;

export function MessagesSection({ tip, locale, t, languageName, mayMessage, questions }: TipSectionProps & { languageName: string; mayMessage: boolean; questions: Questions }) {
  const format = formatters(locale);
  return (
    <section className="card" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('triage.messagesTitle')}</h2>
      {tip.messages.length === 0 ? (
        <p>{t('triage.noMessages')}</p>
      ) : (
        tip.messages.map((message) => (
          <div key={message.id} className={`${styles.message} ${message.direction === 'TO_TIPSTER' ? styles.messageOut : ''}`} data-testid="message">
            <div className={styles.meta}>
              {message.direction === 'TO_TIPSTER' ? t('triage.toTipster', { name: message.author?.name ?? '' }) : t('triage.fromTipster')} · {format.dateTime(message.createdAt)}
              {message.attachments.length > 0 && ` · ${t('triage.photos', { count: message.attachments.length })}`}
            </div>
            <MailboxMessageBody message={message} locale={locale} t={t} tipLanguage={tip.language} tipLanguageName={languageName} />
            {message.attachments.map((photo, index) => (
              <a key={photo.id} href={`/console/tips/${tip.id}/photos/${photo.id}`}>
                {t('triage.photoAlt', { n: index + 1 })}
              </a>
            ))}
          </div>
        ))
      )}
      {mayMessage && (
        <MailboxForms tipId={tip.id} questions={questions} locale={locale} t={t} languageName={languageName} messageAction={messageTipsterAction} askAction={askQuestionsAction} templateAction={sendReplyTemplateAction} />
      )}
    </section>
  );
}
