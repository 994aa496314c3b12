'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/http/action';
import { addStaffMember, changeStaffMember, type StaffChange } from '@/lib/staff/manage-staff';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { getLocale } from '@/lib/ui/locale';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

export async function addStaffAction(form: FormData): Promise<void> {
  const actor = await requireActor('staff.manage');
  const result = await runAction('addStaff', await getLocale(), () =>
    addStaffMember(actor, {
      name: text(form, 'name'),
      email: text(form, 'email'),
      role: text(form, 'role') as StaffRoleCode,
      password: text(form, 'password'),
      provinceCodes: form.getAll('provinceCodes').map(String),
    }),
  );
  redirect(result.ok ? `/console/staff/${result.data.id}?done=added` : `/console/staff?error=${encodeURIComponent(result.message)}`);
}

export async function changeStaffAction(form: FormData): Promise<void> {
  const actor = await requireActor('staff.manage');
  const staffId = text(form, 'staffId');
  const change = { change: text(form, 'change'), role: form.get('role') ?? undefined, provinceCodes: form.getAll('provinceCodes').map(String) } as StaffChange;
  const result = await runAction('changeStaff', await getLocale(), () => changeStaffMember(actor, staffId, change));
  redirect(`/console/staff/${encodeURIComponent(staffId)}?${result.ok ? 'done=changed' : `error=${encodeURIComponent(result.message)}`}`);
}
