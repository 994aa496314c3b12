import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { seesAllProvinces } from '@/lib/auth/permissions';
import { CASE_STATUSES } from '@/lib/cases/case-workflow';
import { listCases } from '@/lib/cases/list-cases';
import { PROVINCES } from '@/lib/geo/provinces';
import { isoDay } from '@/lib/ui/cases/page-helpers';
import styles from '@/lib/ui/cases/cases.module.css';
import { getTranslator } from '@/lib/ui/locale';
import { FilterSelect } from '@/lib/ui/console/filter-select';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { provinceName } from '@/lib/ui/place-names';
import { enumLabel } from '@/lib/i18n/enums';

type Query = { status?: string; province?: string; cursor?: string };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/cases');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const { items, nextCursor } = await listCases(actor, { status: query.status, provinceCode: query.province, cursor: query.cursor });
  const provinces = seesAllProvinces(actor) ? PROVINCES : PROVINCES.filter((province) => actor.provinceCodes.includes(province.code));
  const nextQuery = new URLSearchParams({ ...(query.status ? { status: query.status } : {}), ...(query.province ? { province: query.province } : {}), ...(nextCursor ? { cursor: nextCursor } : {}) });

  return (
    <>
      <h1>{t('cases.title')}</h1>
      <form method="get" className="filters" aria-label={t('cases.filter')}>
        <EnumSelect t={t} id="status" label={t('cases.status')} of="CaseStatus" values={CASE_STATUSES} empty={t('cases.anyStatus')} defaultValue={query.status} />
        <FilterSelect id="province" label={t('cases.province')} any={t('cases.anyProvince')} value={query.province}
          options={provinces.map((province) => ({ value: province.code, label: provinceName(province.code, locale)! }))} />
        <div className="form-field">
          <button className="button button--small" type="submit">
            {t('cases.filter')}
          </button>
        </div>
      </form>

      {items.length === 0 ? (
        <p>{t('cases.empty')}</p>
      ) : (
        // Seven columns do not fit a phone: the table scrolls in its own region, the page does not.
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('cases.title')} data-testid="cases-table">
        <table className="table">
          <thead>
            <tr>
              <th>{t('cases.reference')}</th>
              <th>{t('cases.caseTitle')}</th>
              <th>{t('cases.status')}</th>
              <th>{t('cases.province')}</th>
              <th>{t('cases.tips')}</th>
              <th>{t('cases.assignee')}</th>
              <th>{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-case-reference={item.reference}>
                <td>
                  <Link prefetch={false} href={`/console/cases/${item.id}`}>{item.reference}</Link>
                </td>
                <td>{item.title}</td>
                <td>
                  <span className={item.status === 'RAIDED' ? `${styles.badge} ${styles.badgeRaided}` : styles.badge}>{enumLabel(t, 'CaseStatus', item.status)}</span>
                </td>
                <td>{provinceName(item.provinceCode, locale)}</td>
                <td>{item.tipCount}</td>
                <td>{item.assigneeName ?? t('cases.unassigned')}</td>
                <td>{isoDay(item.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {nextCursor && (
        <p>
          <Link href={`/console/cases?${nextQuery.toString()}`}>{t('cases.next')}</Link>
        </p>
      )}
    </>
  );
}
