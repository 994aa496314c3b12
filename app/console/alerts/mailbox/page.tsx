/**
 * /console/alerts/mailbox, demo mode only: the mails caught by the local demo mail server
 * that `npm start` runs (lib/alerts/dev/mail-catcher.ts), so demo alerts can be read without
 * any outside service. Outside demo mode it lists nothing.
 */
import { readMailbox } from '@/lib/alerts/dev/mail-catcher';
import { requirePageActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getTranslator } from '@/lib/ui/locale';

export const dynamic = 'force-dynamic';

export default async function DemoMailboxPage() {
  await requirePageActor('/console/alerts/mailbox');
  const settings = env();
  const { t } = await getTranslator();
  // Outside demo mode the page says what it is for and reads nothing.
  const mails = settings.DEMO_MODE ? readMailbox(settings.DEMO_MAILBOX_DIR) : [];
  return (
    <>
      <h1>{t('alerts.mailboxTitle')}</h1>
      <p>{t('alerts.mailboxLead')}</p>
      {mails.length === 0 ? (
        <p>{t('alerts.mailboxEmpty')}</p>
      ) : (
        <ul data-testid="demo-mailbox">
          {mails.map((mail) => (
            <li key={mail.id}>
              <p>
                <strong>{t('alerts.mailboxSubject')}:</strong> {mail.subject}
                <br />
                <strong>{t('alerts.mailboxTo')}:</strong> {mail.to.join(', ')}
                <br />
                <strong>{t('alerts.mailboxDate')}:</strong> {mail.receivedAt}
              </p>
              <pre style={{ whiteSpace: 'pre-wrap' }}>{mail.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
