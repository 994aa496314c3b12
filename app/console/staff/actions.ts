'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/http/action';
import { addStaffMember, changeStaffMember, type StaffChange } from '@/lib/staff/manage-staff';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { getLocale } from '@/lib/ui/locale';
import { formText, formTexts } from '@/lib/http/form';

export async function addStaffAction(form: FormData): Promise<void> {
  const actor = await requireActor('staff.manage');
  const result = await runAction('addStaff', await getLocale(), () =>
    addStaffMember(actor, {
      name: formText(form, 'name'),
      email: formText(form, 'email'),
      role: formText(form, 'role') as StaffRoleCode,
      password: formText(form, 'password'),
      provinceCodes: formTexts(form, 'provinceCodes'),
    }),
  );
  redirect(result.ok ? `/console/staff/${result.data.id}?done=added` : `/console/staff?error=${encodeURIComponent(result.message)}`);
}

export async function changeStaffAction(form: FormData): Promise<void> {
  const actor = await requireActor('staff.manage');
  const staffId = formText(form, 'staffId');
  const change = { change: formText(form, 'change'), role: form.get('role') ?? undefined, provinceCodes: formTexts(form, 'provinceCodes') } as StaffChange;
  const result = await runAction('changeStaff', await getLocale(), () => changeStaffMember(actor, staffId, change));
  redirect(`/console/staff/${encodeURIComponent(staffId)}?${result.ok ? 'done=changed' : `error=${encodeURIComponent(result.message)}`}`);
}
