/**
 * Ids that arrive from a URL or a form (decision 0875). A malformed id names nothing, so it
 * gets exactly the answer a well-formed id of nothing gets: NOT_FOUND for the thing a page,
 * an action or a route is about, and the same refusal as an unknown choice for a choice in a
 * form (an assignee, a question). Input schemas therefore take ids as any text
 * (`anyId`), and the lookup decides, after every other field was checked, so that the
 * answer cannot tell the two apart. The database never sees a malformed id (it would answer
 * a uuid column's cast error, not "not found").
 */
import { z } from 'zod';
import { AppError } from '@/lib/errors';

const uuid = z.uuid();

/** Whether the text can name a row (ids are uuids). */
export const isUuid = (value: unknown): value is string => uuid.safeParse(value).success;

/**
 * An id as a schema takes it: any text, which the lookup finds to name nothing when malformed.
 * A text longer than any id is cut (still malformed), so no long text travels on into an
 * answer or an audit row (decision 0721).
 */
export const anyId = z.string().transform((text) => text.slice(0, 100));

/** The id, if it can name a row; otherwise NOT_FOUND, as for an id of nothing. */
export function idOrNotFound(value: unknown, messageKey?: string): string {
  if (!isUuid(value)) throw new AppError('NOT_FOUND', messageKey);
  return value;
}

/** The ids of a list that can name a row: the others name nothing, like unknown ids. */
export const wellFormedIds = (values: readonly string[]): string[] => values.filter(isUuid);
