'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { signInStaff } from '@/lib/auth/sign-in-staff';
import { runAction } from '@/lib/http/action';
import type { SignInState } from '@/lib/ui/console/sign-in-form';
import { getLocale } from '@/lib/ui/locale';
import { formText } from '@/lib/http/form';

export async function signInAction(_previous: SignInState | null, form: FormData): Promise<SignInState> {
  const result = await runAction('signIn', await getLocale(), async () => {
    const staff = await signInStaff({ email: formText(form, 'email'), password: formText(form, 'password'), code: formText(form, 'code') });
    const cookie = await mintSessionCookie(staff);
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    return undefined;
  });
  if (result.ok) redirect('/console');
  // The email comes back so a refused attempt only needs the password and a new code retyped.
  return { ...result, email: formText(form, 'email').slice(0, 320) };
}
