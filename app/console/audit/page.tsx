import Link from 'next/link';
import { AUDIT_ACTIONS, isAuditAction } from '@/lib/audit/actions';
import { type AuditFilter, listAuditEvents } from '@/lib/audit/list-audit-events';
import { requirePageActor } from '@/lib/auth/session';
import { getTranslator } from '@/lib/ui/locale';
import { runAction } from '@/lib/http/action';
import { formatDayMonthYear } from '@/lib/dates/day-month-year';
import { DateField } from '@/lib/ui/console/date-field';
import { type FilterChip, FilterChips, FilterPanel } from '@/lib/ui/console/filter-panel';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';
import { QueryRefusal } from '@/lib/ui/console/outcome';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { AuditDetail } from '@/lib/ui/console/audit-detail';
import { TimeZoneNote } from '@/lib/ui/console/time-zone-note';

type Query = Record<string, string | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/audit');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const format = formatters(locale);
  const actionLabel = (action: string) => (isAuditAction(action) ? enumLabel(t, 'AuditAction', action) : action);
  const filter = Object.fromEntries(Object.entries(query).filter(([, value]) => value)) as AuditFilter;
  const result = await runAction('listAuditEvents', locale, () => listAuditEvents(actor, filter));
  const { events, nextBefore } = result.ok ? result.data : { events: [], nextBefore: null };
  const chips: FilterChip[] = [
    ...(['action', 'actorId', 'targetType', 'targetId', 'from', 'to'] as const)
      .filter((name) => query[name])
      .map((name) => ({ name, label: name === 'from' || name === 'to' ? `${t(`audit.${name}`)} ${formatDayMonthYear(query[name])}` : `${t(`audit.${name}`)}: ${name === 'action' ? actionLabel(query[name]!) : query[name]}` })),
    ...(query.withViews ? [{ name: 'withViews', label: t('audit.withViewsChip') }] : []),
  ];
  const olderQuery = new URLSearchParams({ ...(filter as Record<string, string>), before: nextBefore ?? '' });
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <TimeZoneNote t={t} />
      <FilterPanel t={t} count={chips.length} open={!result.ok}>
        <form className="filters" method="get">
          <EnumSelect t={t} id="action" label={t('audit.action')} of="AuditAction" values={AUDIT_ACTIONS} empty={t('audit.anyAction')} defaultValue={query.action} />
          {(['actorId', 'targetType', 'targetId'] as const).map((name) => (
            <div className="form-field" key={name}>
              <label htmlFor={name}>{t(`audit.${name}`)}</label>
              <input id={name} name={name} defaultValue={query[name] ?? ''} />
            </div>
          ))}
          {(['from', 'to'] as const).map((name) => (
            <DateField key={name} id={name} label={t(`audit.${name}`)} value={query[name]} t={t} />
          ))}
          <div className="form-field">
            <label>
              <input type="checkbox" name="withViews" value="1" defaultChecked={query.withViews === '1'} /> {t('audit.withViews')}
            </label>
          </div>
          <button className="button" type="submit">
            {t('audit.filter')}
          </button>
        </form>
      </FilterPanel>
      <FilterChips t={t} path="/console/audit" query={query} chips={chips} drop={['before']} />
      <QueryRefusal result={result} />
      {events.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('audit.title')}>
        <table className="table table--stack" data-testid="audit-events">
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
                <td data-label={t('audit.when')}>{format.dateTimeSeconds(event.at)}</td>
                <td data-label={t('audit.who')}>{event.actorName && event.actorRole ? `${event.actorName} (${enumLabel(t, 'StaffRole', event.actorRole)})` : (event.actorName ?? t('audit.system'))}</td>
                <td data-label={t('audit.what')} data-testid="audit-action">
                  {actionLabel(event.action)}
                  {/* The stored name too, for operators matching rows to the code or to audit:verify. */}
                  <div className="form-field__hint">
                    <code>{event.action}</code>
                  </div>
                </td>
                <td data-label={t('audit.which')} data-testid="audit-record" className="wrap-anywhere">
                  {event.targetRef ?? (event.targetType ? `${event.targetType} ${event.targetId}` : '')}
                </td>
                <td data-label={t('audit.details')} data-testid="audit-detail">
                  <AuditDetail detail={event.detail} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {nextBefore && <Link href={`/console/audit?${olderQuery}`}>{t('audit.older')}</Link>}
    </>
  );
}
