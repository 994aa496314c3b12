'use server';

import { redirect } from 'next/navigation';
import { completeTotpEnrolment, startTotpEnrolment } from '@/lib/auth/enrol-totp';
import { type ActionResult, runAction } from '@/lib/http/action';
import { getLocale } from '@/lib/ui/locale';
import { formText } from '@/lib/http/form';

export type Enrolment = { ticket: string; secret: string; dataUrl: string };

export async function startEnrolmentAction(_previous: ActionResult<Enrolment> | null, form: FormData): Promise<ActionResult<Enrolment>> {
  return runAction('startEnrolment', await getLocale(), async () => {
    const { ticket, secret, dataUrl } = await startTotpEnrolment({ email: formText(form, 'email'), password: formText(form, 'password') });
    return { ticket, secret, dataUrl };
  });
}

export async function completeEnrolmentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction('completeEnrolment', await getLocale(), () =>
    completeTotpEnrolment({ ticket: formText(form, 'ticket'), code: formText(form, 'code') }),
  );
  if (result.ok) redirect('/console/sign-in?enrolled=1');
  return result;
}
