import Link from 'next/link';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import { type AuditFilter, listAuditEvents } from '@/lib/audit/list-audit-events';
import { requireActor } from '@/lib/auth/session';
import { INTL_TAGS } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/ui/locale';

type Query = Record<string, string | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireActor('audit.read');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const filter = Object.fromEntries(Object.entries(query).filter(([, value]) => value)) as AuditFilter;
  const { events, nextBefore } = await listAuditEvents(actor, filter);
  const time = new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Phnom_Penh' });
  const olderQuery = new URLSearchParams({ ...(filter as Record<string, string>), before: nextBefore ?? '' });
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className="filters" method="get">
        <div className="form-field">
          <label htmlFor="action">{t('audit.action')}</label>
          <select id="action" name="action" defaultValue={query.action ?? ''}>
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        {(['actorId', 'targetType', 'targetId'] as const).map((name) => (
          <div className="form-field" key={name}>
            <label htmlFor={name}>{t(`audit.${name}`)}</label>
            <input id={name} name={name} defaultValue={query[name] ?? ''} />
          </div>
        ))}
        {(['from', 'to'] as const).map((name) => (
          <div className="form-field" key={name}>
            <label htmlFor={name}>{t(`audit.${name}`)}</label>
            <input id={name} name={name} type="date" defaultValue={query[name] ?? ''} />
          </div>
        ))}
        <button className="button" type="submit">
          {t('audit.filter')}
        </button>
      </form>
      {events.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <table className="table" data-testid="audit-events">
          <thead>
            <tr>
              <th>{t('audit.when')}</th>
              <th>{t('audit.who')}</th>
              <th>{t('audit.what')}</th>
              <th>{t('audit.which')}</th>
              <th>{t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{time.format(event.at)}</td>
                <td>{event.actorName ? `${event.actorName} (${t(`console.role${event.actorRole}`)})` : t('audit.system')}</td>
                <td>{event.action}</td>
                <td>{event.targetType ? `${event.targetType} ${event.targetId}` : ''}</td>
                <td>
                  <code>{event.detail ? JSON.stringify(event.detail) : ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore && <Link href={`/console/audit?${olderQuery}`}>{t('audit.older')}</Link>}
    </>
  );
}
