import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/session';
import { listStaff } from '@/lib/staff/manage-staff';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { STAFF_ROLES } from '@/lib/staff/roles';
import { ProvinceCheckboxes } from '@/lib/ui/console/province-checkboxes';
import { getTranslator } from '@/lib/ui/locale';
import { changeStaffAction } from '../actions';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { readSentValues, sentText } from '@/lib/http/sent-values';
import { enumLabel } from '@/lib/i18n/enums';

function ChangeButton({ staffId, change, label, danger }: { staffId: string; change: string; label: string; danger?: boolean }) {
  return (
    <form action={changeStaffAction}>
      <input type="hidden" name="staffId" value={staffId} />
      <input type="hidden" name="change" value={change} />
      <button className={danger ? 'button button--danger' : 'button button--secondary'} type="submit">
        {label}
      </button>
    </form>
  );
}

export default async function StaffMemberPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('/console/staff/[id]');
  const [{ locale, t }, { id }, query] = await Promise.all([getTranslator(), params, searchParams]);
  const [outcome, sent] = [readOutcome(query, locale), await readSentValues(query)];
  const member = (await listStaff(actor)).find((candidate) => candidate.id === id);
  if (!member) notFound();
  // changeStaffMember refuses every change to one's own account but signing out everywhere.
  const isSelf = member.id === actor.id;
  return (
    <>
      <h1>{member.name}</h1>
      <p>
        {member.email} · {enumLabel(t, 'StaffRole', member.role)} · {member.active ? t('staffAdmin.active') : t('staffAdmin.inactive')} ·{' '}
        {member.totpEnrolledAt ? t('staffAdmin.enrolled') : t('staffAdmin.notEnrolled')}
      </p>
      {outcome.notice && <p className="notice">{outcome.notice.text}</p>}
      <ActionError message={outcome.summary} />
      {isSelf ? (
        <p className="notice notice--info" data-testid="staff-self">
          {t('staffAdmin.selfHint')}
        </p>
      ) : (
        <section className="card" aria-labelledby="role-title">
          <h2 id="role-title">{t('staffAdmin.changeRole')}</h2>
          <form action={changeStaffAction}>
            <input type="hidden" name="staffId" value={member.id} />
            <input type="hidden" name="change" value="role" />
            <EnumSelect t={t} id="role" label={t('staffAdmin.role')} of="StaffRole" values={STAFF_ROLES} defaultValue={sentText(sent, 'role', member.role)} />
            <ProvinceCheckboxes locale={locale} selected={sent.provinceCodes ?? member.provinceCodes} legend={t('staffAdmin.provinces')} error={outcome.fields.provinceCodes} />
            <button className="button" type="submit">
              {t('staffAdmin.save')}
            </button>
          </form>
        </section>
      )}
      <section className="card">
        <ChangeButton staffId={member.id} change="revokeSessions" label={t('staffAdmin.revokeSessions')} />
        {!isSelf && (
          <>
            <ChangeButton staffId={member.id} change="resetTotp" label={t('staffAdmin.resetTotp')} />
            <p className="form-field__hint">{t('staffAdmin.resetTotpHint')}</p>
            {member.active ? (
              <ChangeButton staffId={member.id} change="deactivate" label={t('staffAdmin.deactivate')} danger />
            ) : (
              <ChangeButton staffId={member.id} change="reactivate" label={t('staffAdmin.reactivate')} />
            )}
          </>
        )}
      </section>
    </>
  );
}
