/**
 * The one wrapper for server actions used with forms (with or without JavaScript): returns a
 * serialisable result with translated field errors instead of throwing, so the form can show
 * what to fix. Redirects thrown by Next (redirect(), notFound()) pass through.
 */
import { ZodError } from 'zod';
import { isAppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { isDataError, sqlStateOf } from '@/lib/db/sql-state';
import { log, residentLog } from '@/lib/log';
import { fieldErrorKeys } from './field-errors';
import { formEchoValues } from './form';

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; message: string; fields?: Record<string, string>; sent?: Record<string, string[]> };

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK') || digest === 'DYNAMIC_SERVER_USAGE');
}

/** An action's outcome with catalogue keys, not texts: for outcomes that travel in a URL (lib/http/outcome.ts). */
export type SettledAction<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; messageKey: string; fields?: Record<string, string>; sent?: string };

/** Runs a use case and turns every refusal into a code and catalogue keys; unexpected errors are logged. */
export async function settleAction<T>(name: string, work: () => Promise<T>, options: { resident?: boolean } = {}): Promise<SettledAction<T>> {
  const logger = options.resident ? residentLog : log;
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    if (error instanceof ZodError) return { ok: false, error: 'BAD_REQUEST', messageKey: 'errors.BAD_REQUEST', fields: fieldErrorKeys(error) };
    if (isAppError(error)) return { ok: false, error: error.code, messageKey: error.messageKey };
    if (isDataError(sqlStateOf(error))) {
      logger.warn({ action: name, err: error }, 'the database refused the data sent');
      return { ok: false, error: 'BAD_REQUEST', messageKey: 'intake.errors.dataInvalid' };
    }
    logger.error({ action: name, err: error }, 'unhandled error in server action');
    return { ok: false, error: 'INTERNAL', messageKey: 'errors.INTERNAL' };
  }
}

/**
 * settleAction, translated: for forms that show the result in place (useActionState). With
 * `form`, a refusal carries what was typed (secrets left out: formEchoValues) for the form to show again.
 */
export async function runAction<T>(name: string, locale: Locale, work: () => Promise<T>, options: { resident?: boolean; form?: FormData } = {}): Promise<ActionResult<T>> {
  const result = await settleAction(name, work, options);
  if (result.ok) return result;
  const t = translator(locale);
  const fields = result.fields && Object.fromEntries(Object.entries(result.fields).map(([field, key]) => [field, t(key)]));
  return { ok: false, error: result.error, message: t(result.messageKey), ...(fields ? { fields } : {}), ...(options.form ? { sent: formEchoValues(options.form) } : {}) };
}
