import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { listStaff } from '@/lib/staff/manage-staff';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { STAFF_ROLES } from '@/lib/staff/roles';
import { ProvinceCheckboxes } from '@/lib/ui/console/province-checkboxes';
import { getTranslator } from '@/lib/ui/locale';
import { addStaffAction } from './actions';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { readSentValues, sentText } from '@/lib/http/sent-values';
import { enumLabel } from '@/lib/i18n/enums';

export default async function StaffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('/console/staff');
  const [{ locale, t }, staff, query] = await Promise.all([getTranslator(), listStaff(actor), searchParams]);
  const [outcome, sent] = [readOutcome(query, locale), await readSentValues(query)];
  return (
    <>
      <h1>{t('staffAdmin.title')}</h1>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('staffAdmin.title')}>
      <table className="table">
        <thead>
          <tr>
            <th>{t('staffAdmin.name')}</th>
            <th>{t('staffAdmin.role')}</th>
            <th>{t('staffAdmin.active')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id}>
              <td>
                {member.name}
                <br />
                <small>{member.email}</small>
              </td>
              <td>{enumLabel(t, 'StaffRole', member.role)}</td>
              <td>
                {member.active ? t('staffAdmin.active') : t('staffAdmin.inactive')}
                <br />
                <small>{member.totpEnrolledAt ? t('staffAdmin.enrolled') : t('staffAdmin.notEnrolled')}</small>
              </td>
              <td>
                <Link href={`/console/staff/${member.id}`}>{t('staffAdmin.edit')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>

      <section className="card" aria-labelledby="add-title">
        <h2 id="add-title">{t('staffAdmin.addTitle')}</h2>
        <ActionError message={outcome.summary} />
        <form action={addStaffAction}>
          <div className="form-field">
            <label htmlFor="name">{t('staffAdmin.name')}</label>
            <input id="name" name="name" defaultValue={sentText(sent, 'name')} required minLength={2} maxLength={120} />
          </div>
          <div className="form-field">
            <label htmlFor="email">{t('staffAdmin.email')}</label>
            <input id="email" name="email" type="email" defaultValue={sentText(sent, 'email')} required />
          </div>
          <EnumSelect t={t} id="role" label={t('staffAdmin.role')} of="StaffRole" values={STAFF_ROLES} defaultValue={sentText(sent, 'role', 'OFFICER')} />
          <ProvinceCheckboxes locale={locale} selected={sent.provinceCodes ?? []} legend={t('staffAdmin.provinces')} error={outcome.fields.provinceCodes} />
          <div className="form-field">
            <label htmlFor="password">{t('staffAdmin.password')}</label>
            <input id="password" name="password" type="password" minLength={12} required autoComplete="new-password" />
          </div>
          <button className="button" type="submit">
            {t('staffAdmin.add')}
          </button>
        </form>
      </section>
    </>
  );
}
