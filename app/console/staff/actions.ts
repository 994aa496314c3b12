'use server';

import { STAFF_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import { settleAction } from '@/lib/http/action';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { addStaffMember, changeStaffMember } from '@/lib/staff/manage-staff';
import { formText, formTexts } from '@/lib/http/form';

export async function addStaffAction(form: FormData): Promise<void> {
  const actor = await requireActor(STAFF_ACTIONS.addStaffAction);
  const result = await settleAction('addStaff', () =>
    addStaffMember(actor, {
      name: formText(form, 'name'),
      email: formText(form, 'email'),
      role: formText(form, 'role'),
      password: formText(form, 'password'),
      provinceCodes: formTexts(form, 'provinceCodes'),
    }),
  );
  redirectWithOutcome(result.ok ? `/console/staff/${result.data.id}` : '/console/staff', outcomeOf(result, 'staffAdmin.added'));
}

export async function changeStaffAction(form: FormData): Promise<void> {
  const actor = await requireActor(STAFF_ACTIONS.changeStaffAction);
  const staffId = formText(form, 'staffId');
  const change = { change: formText(form, 'change'), role: formText(form, 'role'), provinceCodes: formTexts(form, 'provinceCodes') };
  const result = await settleAction('changeStaff', () => changeStaffMember(actor, staffId, change));
  redirectWithOutcome(`/console/staff/${encodeURIComponent(staffId)}`, outcomeOf(result, 'staffAdmin.changed'));
}
