/** Small helpers the case pages share: 404 for hidden records, result messages through the URL. */
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import type { ActionResult } from '@/lib/http/action';

/** A record the actor may not see is a 404 page, exactly like one that does not exist. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}

/** Query string that carries an action's outcome to the page it redirects to (works without JavaScript). */
export function outcomeQuery(result: ActionResult<unknown>, what: string): string {
  // Each action lands on its own URL: the router treats a URL that differs only by its #anchor
  // as a scroll, not a new page, and the page would not show the change.
  if (result.ok) return `done=${what}`;
  const query = new URLSearchParams({ error: result.message, on: what });
  if (result.fields) query.set('fields', Buffer.from(JSON.stringify(result.fields)).toString('base64url'));
  return query.toString();
}

export function fieldsFromQuery(value: string | undefined): Record<string, string> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
