import Link from 'next/link';
import { Fragment } from 'react';
import { requirePageActor } from '@/lib/auth/session';
import { seesAllProvinces } from '@/lib/auth/permissions';
import { PROVINCES } from '@/lib/geo/provinces';
import { runAction } from '@/lib/http/action';
import { type InboxFilterInput, listInbox } from '@/lib/triage/list-inbox';
import { TIP_STATUSES } from '@/lib/triage/tip-workflow';
import { TIP_CATEGORIES } from '@/lib/tips/categories';
import { districtName, provinceName } from '@/lib/ui/place-names';
import styles from '@/lib/ui/triage/triage.module.css';
import { getTranslator } from '@/lib/ui/locale';
import { FilterSelect } from '@/lib/ui/console/filter-select';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { DateField } from '@/lib/ui/console/date-field';
import { type FilterChip, FilterChips, FilterPanel } from '@/lib/ui/console/filter-panel';
import { formatDayMonthYear } from '@/lib/dates/day-month-year';
// issue 14: bulk triage
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { listCaseChoices } from '@/lib/triage/list-case-choices';
import { bulkAssignees } from '@/lib/triage/bulk-assignees';
import { ActionError, readOutcome, QueryRefusal } from '@/lib/ui/console/outcome';
import { isOutcomeParam } from '@/lib/http/outcome';
import { BULK_FORM_ID, BulkForm } from '@/lib/ui/triage/bulk-form';
import { bulkTriageAction } from './bulk/actions';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';

type Query = Record<string, string | string[] | undefined>;
const FLAGS = [['photos', 'triage.hasPhotos'], ['reward', 'triage.wantsReward'], ['noPow', 'triage.noPow']] as const;

export default async function InboxPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/tips');
  const [{ locale, t }, raw] = await Promise.all([getTranslator(), searchParams]);
  const format = formatters(locale);
  const outcome = readOutcome(raw, locale);
  const query: InboxFilterInput = Object.fromEntries(Object.entries(raw).filter(([key]) => !isOutcomeParam(key)).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const result = await runAction('listInbox', locale, () => listInbox(actor, query));
  const provinces = seesAllProvinces(actor) ? PROVINCES : PROVINCES.filter((province) => actor.provinceCodes.includes(province.code));
  const { after: _after, ...kept } = query;
  const chips: FilterChip[] = [
    ...(query.q ? [{ name: 'q', label: `${t('triage.search')}: ${query.q}` }] : []),
    ...(query.status && (TIP_STATUSES as readonly string[]).includes(query.status) ? [{ name: 'status', label: enumLabel(t, 'TipStatus', query.status) }] : []),
    ...(query.category && (TIP_CATEGORIES as readonly string[]).includes(query.category) ? [{ name: 'category', label: enumLabel(t, 'TipCategory', query.category) }] : []),
    ...(query.province && provinceName(query.province, locale) ? [{ name: 'province', label: provinceName(query.province, locale)! }] : []),
    ...(query.from ? [{ name: 'from', label: `${t('triage.from')} ${formatDayMonthYear(query.from)}` }] : []),
    ...(query.to ? [{ name: 'to', label: `${t('triage.to')} ${formatDayMonthYear(query.to)}` }] : []),
    ...FLAGS.filter(([name]) => query[name]).map(([name, key]) => ({ name, label: t(key) })),
  ];
  const mayBulk = can(actor, 'tips.triage');
  const [bulkPeople, bulkCases] = mayBulk
    ? await Promise.all([bulkAssignees(actor, db), can(actor, 'cases.manage') ? listCaseChoices(actor) : Promise.resolve(null)])
    : [[], null];
  const nextQuery = (cursor: string) => new URLSearchParams({ ...(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>), after: cursor });

  return (
    <>
      <h1>{t('triage.title')}</h1>
      <p>{t('triage.intro')}</p>
      <FilterPanel t={t} count={chips.length} open={!result.ok}>
        <form className="filters" method="get" action="/console/tips" role="search">
          <div className="form-field">
            <label htmlFor="q">{t('triage.search')}</label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} aria-describedby="q-hint" />
            <span id="q-hint" className="form-field__hint">{t('triage.searchHint')}</span>
          </div>
          <EnumSelect t={t} id="status" label={t('triage.status')} of="TipStatus" values={TIP_STATUSES} empty={t('triage.anyStatus')} defaultValue={query.status} />
          <EnumSelect t={t} id="category" label={t('triage.category')} of="TipCategory" values={TIP_CATEGORIES} empty={t('triage.anyCategory')} defaultValue={query.category} />
          <FilterSelect id="province" label={t('triage.province')} any={t('triage.anyProvince')} value={query.province}
            options={provinces.map((province) => ({ value: province.code, label: provinceName(province.code, locale)! }))} />
          <DateField id="from" label={t('triage.from')} value={query.from} t={t} />
          <DateField id="to" label={t('triage.to')} value={query.to} t={t} />
          <div className={styles.checks}>
            {FLAGS.map(([name, key]) => (
              <label key={name}>
                <input type="checkbox" name={name} value="1" defaultChecked={!!query[name]} />
                {t(key)}
              </label>
            ))}
          </div>
          <button className="button button--small" type="submit">{t('triage.filter')}</button>
          <Link className="filters__clear" href="/console/tips">{t('triage.clear')}</Link>
        </form>
      </FilterPanel>
      <FilterChips t={t} path="/console/tips" query={query} chips={chips} drop={['after']} />
      <ActionError message={outcome.summary} testId="bulk-error" />

      {!result.ok ? (
        <QueryRefusal result={result} />
      ) : result.data.rows.length === 0 ? (
        <p>{t('triage.none')}</p>
      ) : (
        <table className={`table ${styles.inboxTable}`} data-testid="inbox">
          <thead>
            <tr>
              {mayBulk && <th className={styles.cellSelect}><span className={styles.srOnly}>{t("bulk.legend")}</span></th>}
              <th>{t('triage.colReceived')}</th>
              <th>{t('triage.colTip')}</th>
              <th>{t('triage.colPlace')}</th>
              <th>{t('triage.colFlags')}</th>
              <th>{t('triage.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.rows.map((row, index, rows) => (
              <Fragment key={row.id}>
                {row.apart && !rows[index - 1]?.apart && (
                  <tr className={styles.sectionRow} data-testid="inbox-apart">
                    <th colSpan={mayBulk ? 6 : 5} scope="colgroup">{t('triage.apartSection')}</th>
                  </tr>
                )}
                {/* The section apart ends where the tips already read begin: they are not part of it. */}
                {!row.apart && rows[index - 1]?.apart && (
                  <tr className={styles.sectionRow} data-testid="inbox-after-apart">
                    <th colSpan={mayBulk ? 6 : 5} scope="colgroup">{t('triage.afterApartSection')}</th>
                  </tr>
                )}
                <tr className={row.urgent || row.notSafe ? styles.rowUrgent : undefined} data-testid="inbox-row" data-tip-id={row.id}>
                  {mayBulk && (
                    <td className={styles.cellSelect}>
                      <label className={styles.selectLabel}>
                        <input type="checkbox" name="tipId" value={row.id} form={BULK_FORM_ID} aria-label={t('bulk.selectRow', { code: row.ref })} />
                      </label>
                    </td>
                  )}
                  <td className={styles.cellReceived}>{format.dateTime(row.receivedAt)}</td>
                  <td className={styles.cellTip}>
                    {/* No prefetch: opening a tip is an audited view, a prefetch must not be one. */}
                    <Link className={styles.code} href={`/console/tips/${row.id}`} prefetch={false}>
                      {row.ref}
                    </Link>
                    <div>{enumLabel(t, 'TipCategory', row.category)}</div>
                    <div className={styles.excerpt}>{row.excerpt}</div>
                  </td>
                  <td className={styles.cellPlace}>
                    {provinceName(row.provinceCode, locale) ?? t('triage.unknownPlace')}
                    {row.districtCode && <div className={styles.excerpt}>{districtName(row.districtCode, locale)}</div>}
                  </td>
                  <td className={styles.cellFlags}>
                    <span className={styles.badges}>
                      {row.notSafe && <span className={`${styles.badge} ${styles.urgent}`} data-testid="not-safe">{t('triage.notSafe')}</span>}
                      {row.urgent && <span className={`${styles.badge} ${styles.urgent}`}>{t('triage.urgent')}</span>}
                      {row.unreadReplies > 0 && <span className={`${styles.badge} ${styles.newReply}`} data-testid="new-replies">{t('triage.newReplies', { count: row.unreadReplies })}</span>}
                      {row.overdue && <span className={`${styles.badge} ${styles.overdue}`}>{t('triage.overdue')}</span>}
                      {row.photoCount > 0 && <span className={styles.badge}>{t('triage.photos', { count: row.photoCount })}</span>}
                      {row.wantsReward && <span className={styles.badge}>{t('triage.reward')}</span>}
                      {!row.powVerified && <span className={styles.badge}>{t('triage.noPowShort')}</span>}
                      {row.assigned && <span className={styles.badge}>{t('triage.assigned')}</span>}
                      {row.linked && <span className={styles.badge}>{t('triage.linked')}</span>}
                    </span>
                  </td>
                  <td className={styles.cellStatus}>
                    {enumLabel(t, 'TipStatus', row.status)}
                    <div className={styles.excerpt}>{enumLabel(t, 'Priority', row.priority)}</div>
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {mayBulk && result.ok && result.data.rows.length > 0 && <BulkForm t={t} action={bulkTriageAction} filter={query} assignees={bulkPeople} cases={bulkCases} />}
      <nav className={styles.pager} aria-label={t('triage.title')}>
        {query.after && <Link href={`/console/tips?${new URLSearchParams(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>)}`}>{t('triage.first')}</Link>}
        {result.ok && result.data.next && <Link href={`/console/tips?${nextQuery(result.data.next)}`}>{t('triage.next')}</Link>}
      </nav>
    </>
  );
}
