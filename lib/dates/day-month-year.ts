/**
 * Dates typed by staff as DD/MM/YYYY (how Cambodia and most of the world write them), never
 * the browser's date picker, which shows mm/dd/yyyy on many phones (decision 0401). The
 * server parses; the field's `pattern` only helps. YYYY-MM-DD is accepted too, so links and
 * code written before this change keep working. Everything downstream keeps ISO days.
 */
import { z } from 'zod';

/**
 * For the field's `pattern` attribute (no anchors: the browser anchors it). Browsers compile
 * it with the `v` flag, where `/` and `-` must be escaped inside a class.
 */
export const DMY_PATTERN = '\\s*\\d{1,2}\\s*[\\/.\\-]\\s*\\d{1,2}\\s*[\\/.\\-]\\s*\\d{4}\\s*|\\s*\\d{4}-\\d{2}-\\d{2}\\s*';

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** DD/MM/YYYY (or YYYY-MM-DD) to YYYY-MM-DD; null when it is not a real day. */
export function parseDayMonthYear(value: string): string | null {
  const text = value.trim();
  const dmy = DMY.exec(text);
  if (dmy) return isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const iso = ISO.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** YYYY-MM-DD (or a value already typed by a person) as the field shows it: DD/MM/YYYY. */
export function formatDayMonthYear(value: string | undefined | null): string {
  if (!value) return '';
  const iso = ISO.exec(value.trim());
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

/** A zod schema: a typed day in, YYYY-MM-DD out, `message` (an i18n key) when it is not a day. */
export const dayMonthYear = (message: string) =>
  z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string({ error: message }).transform((value, context) => {
    const day = parseDayMonthYear(value);
    if (day === null) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return day;
  }));
