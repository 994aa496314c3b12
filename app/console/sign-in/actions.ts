'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { signInStaff } from '@/lib/auth/sign-in-staff';
import { type ActionResult, runAction } from '@/lib/http/action';
import { getLocale } from '@/lib/ui/locale';
import { formText } from '@/lib/http/form';

export async function signInAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction('signIn', await getLocale(), async () => {
    const staff = await signInStaff({ email: formText(form, 'email'), password: formText(form, 'password'), code: formText(form, 'code') });
    const cookie = await mintSessionCookie(staff);
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    return undefined;
  }, { form });
  if (result.ok) redirect('/console');
  return result;
}
