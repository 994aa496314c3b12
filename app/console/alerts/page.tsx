/**
 * /console/alerts: a staff member chooses how to be alerted of urgent tips in their
 * provinces (email, web push on this browser); an alert's link lands here to be
 * acknowledged; supervisors see every alert sent, retried, failed and acknowledged.
 */
import Link from 'next/link';
import { getAlertChoices } from '@/lib/alerts/subscriptions';
import { listAlertDeliveries, listMyAlerts } from '@/lib/alerts/list-alerts';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import type { Translate } from '@/lib/i18n/translate';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { PushSetup } from '@/lib/ui/alerts/push-setup';
import { getTranslator } from '@/lib/ui/locale';
import { acknowledgeAlertAction, addPushSubscriptionAction, removePushSubscriptionsAction, setAlertChoicesAction } from './actions';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';
import { TimeZoneNote } from '@/lib/ui/console/time-zone-note';

type Row = Awaited<ReturnType<typeof listMyAlerts>>[number];

function DeliveryTable({ rows, t, format, withStaff }: { rows: Row[]; t: Translate; format: (date: Date) => string; withStaff: boolean }) {
  return (
    <table className="table" data-testid={withStaff ? 'alert-deliveries' : 'my-alerts'}>
      <thead>
        <tr>
          <th>{t('alerts.colCreated')}</th>
          <th>{t('alerts.colKind')}</th>
          {withStaff && <th>{t('alerts.colStaff')}</th>}
          <th>{t('alerts.colChannel')}</th>
          <th>{t('alerts.colState')}</th>
          <th>{t('alerts.colAttempts')}</th>
          {withStaff && <th>{t('alerts.colError')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-state={row.state}>
            <td>{format(row.createdAt)}</td>
            <td>{enumLabel(t, 'AlertKind', row.alert.kind)}</td>
            {withStaff && <td>{row.staff.name}</td>}
            <td>{enumLabel(t, 'AlertChannel', row.channel)}</td>
            <td>{enumLabel(t, 'AlertState', row.state)}</td>
            <td>{row.attempts}</td>
            {withStaff && <td>{row.lastError ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('/console/alerts');
  const oversee = can(actor, 'alerts.oversee');
  const [{ locale, t }, choices, mine, all, query] = await Promise.all([
    getTranslator(),
    getAlertChoices(actor),
    listMyAlerts(actor),
    oversee ? listAlertDeliveries(actor) : Promise.resolve(null),
    searchParams,
  ]);
  const settings = env();
  const format = formatters(locale).dateTime;
  const outcome = readOutcome(query, locale);
  const ack = typeof query.ack === 'string' && /^[0-9a-f-]{36}$/.test(query.ack) ? query.ack : null;
  const pending = ack ? mine.some((row) => row.alertId === ack && row.state !== 'ACKNOWLEDGED') : false;
  return (
    <>
      <h1>{t('alerts.title')}</h1>
      <TimeZoneNote t={t} />
      {ack && pending && (
        <form action={acknowledgeAlertAction} className="notice" data-testid="acknowledge">
          <h2>{t('alerts.ackTitle')}</h2>
          <input type="hidden" name="alertId" value={ack} />
          <button className="button" type="submit">
            {t('alerts.ackButton')}
          </button>
        </form>
      )}
      {outcome.notice && <p role="status">{outcome.notice.text}</p>}
      <ActionError message={outcome.summary} />
      <p>{t('alerts.lead')}</p>

      <h2>{t('alerts.yourChoice')}</h2>
      <form action={setAlertChoicesAction}>
        <p className="checkbox-grid">
          <label>
            <input type="checkbox" name="email" defaultChecked={choices.email} /> {t('alerts.byEmail', { email: choices.address })}
          </label>
        </p>
        <p className="checkbox-grid">
          <label>
            <input type="checkbox" name="push" defaultChecked={choices.push} disabled={!settings.VAPID_PUBLIC_KEY} /> {t('alerts.byPush')}
          </label>
        </p>
        <button className="button" type="submit">
          {t('alerts.save')}
        </button>
      </form>
      {settings.VAPID_PUBLIC_KEY ? (
        <>
          <PushSetup
            vapidPublicKey={settings.VAPID_PUBLIC_KEY}
            subscribe={addPushSubscriptionAction}
            labels={{ enable: t('alerts.pushEnable'), enabled: t('alerts.pushEnabled'), denied: t('alerts.pushDenied'), unavailable: t('alerts.pushUnavailable') }}
          />
          <p>{t('alerts.pushDevices', { count: choices.pushDevices })}</p>
          {choices.pushDevices > 0 && (
            <form action={removePushSubscriptionsAction}>
              <button className="button button--secondary" type="submit">
                {t('alerts.pushRemoveAll')}
              </button>
            </form>
          )}
        </>
      ) : (
        <p>{t('alerts.pushUnavailable')}</p>
      )}
      {settings.DEMO_MODE && (
        <p>
          <Link href="/console/alerts/mailbox">{t('alerts.mailboxTitle')}</Link>
        </p>
      )}

      <h2>{t('alerts.mine')}</h2>
      {mine.length === 0 ? <p>{t('alerts.none')}</p> : <DeliveryTable rows={mine} t={t} format={format} withStaff={false} />}

      {all && (
        <>
          <h2>{t('alerts.supervisorTitle')}</h2>
          <p>{t('alerts.supervisorLead')}</p>
          {all.length === 0 ? <p>{t('alerts.none')}</p> : <DeliveryTable rows={all} t={t} format={format} withStaff />}
        </>
      )}
    </>
  );
}
