/**
 * The page side of a console action's outcome (lib/http/outcome.ts): the keys in the address,
 * translated. Only keys of our own catalogue are shown, so a crafted link cannot put someone
 * else's words in front of staff: an unknown error reads as the generic refusal, an unknown
 * notice is not shown.
 */
import type { ActionResult } from '@/lib/http/action';
import { readOutcomeKeys } from '@/lib/http/outcome';
import type { Locale } from '@/lib/i18n/locales';
import { lookup, translator } from '@/lib/i18n/translate';

export type PageOutcome = {
  /** The notice's key (for pages that add a link to a given notice) and its text. */
  notice?: { key: string; text: string };
  /** The refusal's own message. */
  error?: string;
  /** Each refused field's message, for forms that show it next to the field. */
  fields: Record<string, string>;
  /** What a page without per-field messages shows: the first field's message, else the refusal's. */
  summary?: string;
};

export function readOutcome(query: Record<string, string | string[] | undefined>, locale: Locale): PageOutcome {
  const keys = readOutcomeKeys(query);
  const t = translator(locale);
  const known = (key: string) => lookup(locale, key) !== undefined;
  const fields = Object.fromEntries(Object.entries(keys.fields).map(([field, key]) => [field, t(known(key) ? key : 'errors.BAD_REQUEST')]));
  const error = keys.error ? t(known(keys.error) ? keys.error : 'errors.BAD_REQUEST') : undefined;
  const notice = keys.notice && known(keys.notice) ? { key: keys.notice, text: t(keys.notice) } : undefined;
  return { ...(notice ? { notice } : {}), ...(error ? { error, summary: Object.values(fields)[0] ?? error } : {}), fields };
}

/** The refusal, as an alert; nothing when there is none. */
export function ActionError({ message, testId }: { message: string | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

/** A page's own query refused (a bad filter): the message and each field's, as an alert; nothing when it passed. */
export function QueryRefusal({ result }: { result: ActionResult<unknown> }) {
  if (result.ok) return null;
  return (
    <div className="form-error" role="alert">
      <p>{result.message}</p>
      {result.fields && (
        <ul>
          {Object.entries(result.fields).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
