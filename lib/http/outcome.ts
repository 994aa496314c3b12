/**
 * The one way a console action reports back (docs/decisions/0830): it redirects to a page with
 * a catalogue KEY in the address (`?notice=cases.done_raid` or `?error=cases.errors.x` plus
 * `field.<name>=<key>` per refused field), and the page translates it (lib/ui/console/outcome.tsx).
 * A refusal of a form also names what the form sent (`sent=<id>`, lib/http/sent-values.ts), so the
 * page shows the form as it was.
 * No translated text travels in the URL; works without JavaScript.
 */
import { redirect } from 'next/navigation';
import type { SettledAction } from './action';

export type ConsoleOutcome = { notice: string } | { error: string; fields?: Record<string, string>; sent?: string };

/** Keys are dotted identifiers: anything else in the address is not ours. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;
const FIELD = 'field.';

/** Query parameters the outcome uses, so forms that copy the page's query can leave them out. */
export const isOutcomeParam = (name: string) => name === 'notice' || name === 'error' || name === 'on' || name === 'sent' || name.startsWith(FIELD);

/** The outcome of a settled action: its notice on success, its refusal's keys otherwise. */
export function outcomeOf(result: SettledAction<unknown>, notice: string): ConsoleOutcome {
  return result.ok ? { notice } : { error: result.messageKey, ...(result.fields ? { fields: result.fields } : {}), ...(result.sent ? { sent: result.sent } : {}) };
}

/**
 * `path` (which may hold a query already) with the outcome added. `on` names the form, so two
 * outcomes on one page get different URLs: the router treats a URL that differs only by its
 * #anchor as a scroll, not a new page, and the page would not show the change.
 */
export function withOutcome(path: string, outcome: ConsoleOutcome, options: { on?: string; anchor?: string } = {}): string {
  const [base, existing = ''] = path.split('?', 2);
  const query = new URLSearchParams(existing);
  for (const name of [...query.keys()]) if (isOutcomeParam(name)) query.delete(name);
  if ('notice' in outcome) query.set('notice', outcome.notice);
  else {
    query.set('error', outcome.error);
    for (const [field, key] of Object.entries(outcome.fields ?? {})) query.set(`${FIELD}${field}`, key);
    if (outcome.sent) query.set('sent', outcome.sent);
  }
  if (options.on) query.set('on', options.on);
  return `${base}?${query.toString()}${options.anchor ? `#${options.anchor}` : ''}`;
}

export function redirectWithOutcome(path: string, outcome: ConsoleOutcome, options: { on?: string; anchor?: string } = {}): never {
  redirect(withOutcome(path, outcome, options));
}

export type OutcomeKeys = { notice?: string; error?: string; fields: Record<string, string> };

/** The keys a page's query carries; values that are not key-shaped are dropped (an `error` becomes the generic one). */
export function readOutcomeKeys(query: Record<string, string | string[] | undefined>): OutcomeKeys {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const notice = one(query.notice);
  const error = one(query.error);
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const key = one(value);
    if (name.startsWith(FIELD) && key && KEY.test(key)) fields[name.slice(FIELD.length)] = key;
  }
  return {
    ...(notice && KEY.test(notice) ? { notice } : {}),
    ...(error ? { error: KEY.test(error) ? error : 'errors.BAD_REQUEST' } : {}),
    fields,
  };
}
