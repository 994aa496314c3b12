'use server';

import { consoleAction } from '@/lib/http/console-action';
import { formText, formTexts } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { addStaffMember, changeStaffMember } from '@/lib/staff/manage-staff';

export const addStaffAction = consoleAction(addStaffMember, {
  read: (form) => ({
    name: formText(form, 'name'),
    email: formText(form, 'email'),
    role: formText(form, 'role'),
    password: formText(form, 'password'),
    provinceCodes: formTexts(form, 'provinceCodes'),
  }),
  done: (result) => redirectWithOutcome(result.ok ? `/console/staff/${result.data.id}` : '/console/staff', outcomeOf(result, 'staffAdmin.added')),
});

export const changeStaffAction = consoleAction(changeStaffMember, {
  read: (form) => ({
    staffId: formText(form, 'staffId'),
    change: formText(form, 'change'),
    role: formText(form, 'role') || undefined,
    provinceCodes: formTexts(form, 'provinceCodes'),
  }),
  done: (result, form) => redirectWithOutcome(`/console/staff/${encodeURIComponent(formText(form, 'staffId'))}`, outcomeOf(result, 'staffAdmin.changed')),
});
