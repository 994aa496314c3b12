'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { type ActionResult, runAction } from '@/lib/http/action';
import { openTipStatus } from '@/lib/tips/open-tip-status';
import { replyAsTipster } from '@/lib/tips/reply-as-tipster';
import { answerQuestions } from '@/lib/tips/answer-questions';
import { ANSWER_FIELD } from '@/lib/ui/resident/question-form';
import { ZodError } from 'zod';
import { isAppError } from '@/lib/errors';
import { residentLog } from '@/lib/log';
import { openTipsterSession, sealTipsterSession, TIPSTER_SESSION_COOKIE, TIPSTER_SESSION_TTL_MS } from '@/lib/tips/tipster-session';
import { getLocale } from '@/lib/ui/locale';
import { MAX_PHOTOS } from '@/lib/ui/resident/report-values';
import { formFiles, formText, formTextsByPrefix } from '@/lib/http/form';

/** HttpOnly, SameSite=Strict, only sent to /status, gone after 15 minutes (docs/decisions/0003). */
const sessionCookie = () => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/status',
  maxAge: TIPSTER_SESSION_TTL_MS / 1000,
  secure: env().APP_URL?.startsWith('https:') ?? false,
});

/** A refusal hands the typed tip code back, never the passphrase, so only the passphrase is typed again. */
export async function openStatusAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult & { code?: string }> {
  const result = await runAction('openStatus', await getLocale(), async () => {
    const credentials = { code: formText(form, 'code'), passphrase: formText(form, 'passphrase') };
    const view = await openTipStatus(credentials);
    (await cookies()).set(TIPSTER_SESSION_COOKIE, sealTipsterSession({ code: view.code, passphrase: credentials.passphrase, language: view.language }), sessionCookie());
    return undefined;
  }, { resident: true });
  if (result.ok) redirect('/status');
  return { ...result, code: formText(form, 'code').slice(0, 40) };
}

export async function replyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction('replyAsTipster', await getLocale(), async () => {
    const credentials = openTipsterSession((await cookies()).get(TIPSTER_SESSION_COOKIE)?.value);
    if (!credentials) throw new AppError('UNAUTHENTICATED', 'status.errors.session');
    const photos = await formFiles(form, 'photos', MAX_PHOTOS + 1);
    await replyAsTipster({ ...credentials, body: formText(form, 'body'), photos });
    return undefined;
  }, { resident: true });
  if (result.ok) redirect('/status?sent=1');
  return result;
}

export async function signOutStatusAction(): Promise<void> {
  (await cookies()).set(TIPSTER_SESSION_COOKIE, '', { ...sessionCookie(), maxAge: 0 });
  redirect('/status');
}

/**
 * The tipster's answers to standard questions (issue 14): a plain form, no JavaScript. The
 * outcome goes back in the URL as a catalogue key, which the page shows only if it is one.
 */
export async function answerQuestionsAction(form: FormData): Promise<void> {
  let problem: string | null = null;
  try {
    const credentials = openTipsterSession((await cookies()).get(TIPSTER_SESSION_COOKIE)?.value);
    if (!credentials) throw new AppError('UNAUTHENTICATED', 'status.errors.session');
    await answerQuestions({ ...credentials, answers: formTextsByPrefix(form, ANSWER_FIELD) });
  } catch (error) {
    if (error instanceof ZodError) problem = error.issues[0]?.message ?? 'errors.BAD_REQUEST';
    else if (isAppError(error)) problem = error.messageKey;
    else {
      residentLog.error({ action: 'answerQuestions', err: error }, 'unhandled error in server action');
      problem = 'errors.INTERNAL';
    }
  }
  redirect(problem ? `/status?problem=${encodeURIComponent(problem)}` : '/status?answered=1');
}
