import type { Translate } from '@/lib/i18n/translate';
import { STAFF_ROLES, type StaffRoleCode } from '@/lib/staff/roles';
import { enumLabel } from '@/lib/i18n/enums';

export function RoleSelect({ t, defaultRole }: { t: Translate; defaultRole: StaffRoleCode }) {
  return (
    <div className="form-field">
      <label htmlFor="role">{t('staffAdmin.role')}</label>
      <select id="role" name="role" defaultValue={defaultRole}>
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {enumLabel(t, 'StaffRole', role)}
          </option>
        ))}
      </select>
    </div>
  );
}
