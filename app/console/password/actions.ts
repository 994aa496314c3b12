'use server';

import { changeOwnPassword } from '@/lib/auth/change-own-password';
import { consoleAction } from '@/lib/http/console-action';
import { formText } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';

export const changeOwnPasswordAction = consoleAction(changeOwnPassword, {
  read: (form) => ({
    currentPassword: formText(form, 'currentPassword'),
    newPassword: formText(form, 'newPassword'),
    confirmPassword: formText(form, 'confirmPassword'),
  }),
  done: (result) => redirectWithOutcome('/console/password', outcomeOf(result, 'console.passwordChanged')),
});
