import type { z } from 'zod';
import type { Translate } from '@/lib/i18n/translate';

/** zod issues -> { 'location.lat': 'intake.errors.lat' }: the catalogue key of the first issue per field. */
export function fieldErrorKeys(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    if (out[field]) continue;
    // Our schemas use i18n keys as messages; zod's own defaults fall back to a generic text.
    out[field] = issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'errors.BAD_REQUEST';
  }
  return out;
}

/** zod issues -> { 'location.lat': 'translated message' }, first message per field. */
export function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrorKeys(error)).map(([field, key]) => [field, t(key)]));
}
