/**
 * The one schema of a raid record, shared by the console form and recordRaid. Messages are
 * i18n keys. "Not in the future" is judged by the calendar in Cambodia (UTC+7), where the
 * raid took place, not by the server's clock zone.
 */
import { z } from 'zod';
import { dayMonthYear } from '@/lib/dates/day-month-year';
import { cambodiaDay } from '@/lib/i18n/format';
import { anyId } from '@/lib/ids';

export const todayInCambodia = (now: Date = new Date()) => cambodiaDay(now);

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const count = (key: string) =>
  z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? 0 : value),
    z.coerce.number({ error: `cases.errors.${key}` }).int(`cases.errors.count`).min(0, 'cases.errors.count').max(100_000, 'cases.errors.count'),
  );

export const raidInputSchema = z.object({
  caseId: anyId,
  // Typed as DD/MM/YYYY in the console (decision 0401); YYYY-MM-DD and a Date from code too.
  raidedOn: dayMonthYear('consolePhone.dateInvalid').refine((day) => day <= todayInCambodia(), 'cases.errors.raidedOnFuture'),
  unit: z.string({ error: 'cases.errors.unit' }).trim().min(2, 'cases.errors.unit').max(200, 'cases.errors.unit'),
  place: z.string({ error: 'cases.errors.place' }).trim().min(2, 'cases.errors.place').max(300, 'cases.errors.place'),
  lat: z.preprocess(blankToUndefined, z.coerce.number({ error: 'cases.errors.coordinates' }).min(-90).max(90).optional()),
  lng: z.preprocess(blankToUndefined, z.coerce.number({ error: 'cases.errors.coordinates' }).min(-180).max(180).optional()),
  suspectsArrested: count('count'),
  victimsRescued: count('count'),
  foreignNationalsDetained: count('count'),
  computersSeized: count('count'),
  phonesSeized: count('count'),
  compoundClosed: z.boolean().default(false),
  notes: z.preprocess(blankToUndefined, z.string().trim().max(4_000, 'cases.errors.noteLong').optional()),
});

/** What recordRaid accepts: typed values from code, or the strings of a form. */
export interface RaidInput {
  caseId: string;
  /** DD/MM/YYYY or YYYY-MM-DD (the day in Cambodia), or a Date. */
  raidedOn: string | Date;
  unit: string;
  place: string;
  lat?: number | string | null;
  lng?: number | string | null;
  suspectsArrested: number | string;
  victimsRescued: number | string;
  foreignNationalsDetained: number | string;
  computersSeized: number | string;
  phonesSeized: number | string;
  compoundClosed: boolean;
  notes?: string | null;
}
export type RaidRecord = z.output<typeof raidInputSchema>;
