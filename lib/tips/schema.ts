/**
 * The one schema of a tip, shared by the report form (react-hook-form) and the server
 * (form action and JSON API). Messages are i18n keys, translated where they are shown.
 */
import { z } from 'zod';
import { isInCambodia } from '@/lib/geo/cambodia';
import { districtByCode } from '@/lib/geo/districts';
import { PROVINCE_CODES } from '@/lib/geo/provinces';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { LOCATION_SOURCES, RED_FLAGS, TIMES_OF_DAY, TIP_CATEGORIES } from './categories';
import { EARLIEST_OBSERVED_ON, hasControlCharacters } from './plain-text';

const plainText = (text: string) => !hasControlCharacters(text);

export const DESCRIPTION_MAX = 5_000;
const DESCRIPTION_MIN = 10;

// A Chinese character or a Korean syllable carries a word or a syllable where a Latin letter
// carries a sound: 波贝赌场后面 ("behind the Poipet casino") says as much as twelve letters, and
// a minimum counted in letters refused it (decision 0120).
const WORD_CHARACTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** A description's length as the minimum counts it: a Chinese character or Korean syllable counts twice. */
export const descriptionLength = (text: string): number => text.length + (text.match(WORD_CHARACTER)?.length ?? 0);

// No location at all asks for one; a location given but not a point on Earth says so, or a
// resident who typed "abc" beside a chosen province is told to give a location they gave.
const coordinate = (limit: number) => z.coerce.number({ error: 'report.errors.coordinatesUnreadable' }).min(-limit, 'report.errors.coordinatesUnreadable').max(limit, 'report.errors.coordinatesUnreadable');

export const locationSchema = z
  .object(
    {
      lat: coordinate(90),
      lng: coordinate(180),
      accuracyM: z.coerce.number().int().min(0).max(100_000).optional(),
      source: z.enum(LOCATION_SOURCES),
    },
    { error: 'report.errors.coordinates' },
  )
  .refine((location) => isInCambodia(location.lat, location.lng), { message: 'report.errors.outsideCambodia', path: ['lat'] });

export const tipInputSchema = z.object({
  category: z.enum(TIP_CATEGORIES, { error: 'report.errors.category' }),
  indicators: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length).default([]),
  description: z
    .string()
    .trim()
    .refine((text) => descriptionLength(text) >= DESCRIPTION_MIN, 'report.errors.descriptionShort')
    .max(DESCRIPTION_MAX, 'report.errors.descriptionLong')
    .refine(plainText, 'report.errors.controlCharacters'),
  location: locationSchema,
  provinceCode: z.enum(PROVINCE_CODES).optional(),
  districtCode: z.string().max(16).optional(),
  landmark: z.string().trim().max(300, 'report.errors.landmarkLong').refine(plainText, 'report.errors.controlCharacters').optional(),
  observedOn: z.iso
    .date({ error: 'report.errors.observedOn' })
    // ISO dates compare as text; year 0000 and the like reached the database as a 500.
    .refine((value) => value >= EARLIEST_OBSERVED_ON, 'report.errors.observedOld')
    .refine((value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, 'report.errors.observedFuture')
    .optional(),
  observedTime: z.enum(TIMES_OF_DAY).optional(),
  urgent: z.boolean().default(false),
  wantsReward: z.boolean().default(false),
  language: z.enum(RESIDENT_LOCALES),
}).refine(
  // A district must exist and, when a province is given too, lie in it: a mismatched pair would
  // route the tip to the wrong province's police.
  (tip) => {
    if (tip.districtCode === undefined) return true;
    const district = districtByCode(tip.districtCode);
    return district !== undefined && (tip.provinceCode === undefined || district.provinceCode === tip.provinceCode);
  },
  { message: 'report.errors.district', path: ['districtCode'] },
);

export type TipInput = z.infer<typeof tipInputSchema>;
