/**
 * The bounded candidate search behind duplicate detection: one SQL statement, three arms,
 * each capped, so the cost does not grow with the table.
 * - near:  tips in a lat/lng box of the radius (btree Tip_lat_lng_idx), nearest first;
 * - named: tips further away (up to `nameReachM`) whose text contains one of this tip's
 *          names (pg_trgm GIN Tip_description_idx answers ILIKE '%name%');
 * - numbered: tips anywhere with the same long number (phone, account), same index;
 * - photo: tips with a photo of the same SHA-256 or perceptual hash (Attachment indexes).
 * All arms keep to the time window and, for an officer, to their provinces.
 */
import type { Db, Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { DedupSettings } from './config';
import { isPlaceWord, type TextFeatures } from './text-features';

export const NEAR_LIMIT = 200;
export const NAMED_LIMIT = 50;
export const PHOTO_LIMIT = 20;
/** Names shorter than this match too much text to be worth a search past the radius. */
const MIN_SEARCH_NAME = 4;
const MAX_SEARCH_NAMES = 6;
const MAX_SEARCH_NUMBERS = 2;

const METRES_PER_DEGREE_LAT = 111_320;

export interface CandidateQuery {
  tipId: string;
  lat: number;
  lng: number;
  receivedAt: Date;
  /** Distinctive names of the tip, searched past the radius. */
  names: readonly string[];
  /** Long numbers (phones, accounts) of the tip, searched past the radius. */
  numbers: readonly string[];
  /** Officer's provinces; undefined when the caller sees every province. */
  provinceCodes?: readonly string[];
  settings: DedupSettings;
}

/** What of a tip is searched past the radius: its own names (not "Tower") and its long numbers. */
export function searchTerms(features: TextFeatures): Pick<CandidateQuery, 'names' | 'numbers'> {
  return {
    names: [...features.names].filter((name) => !isPlaceWord(name)),
    numbers: [...features.numbers].filter((value) => value.length >= 6),
  };
}

function box(lat: number, lng: number, metres: number) {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const dLng = metres / (METRES_PER_DEGREE_LAT * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
  return { south: lat - dLat, north: lat + dLat, west: lng - dLng, east: lng + dLng };
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `description LIKE a OR ...`: GIN cannot answer `LIKE ANY(array)`, but ORs become a BitmapOr. */
function anyLike(terms: readonly string[], operator: 'LIKE' | 'ILIKE') {
  const like = operator === 'ILIKE' ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
  return Prisma.join(
    terms.map((term) => Prisma.sql`t.description ${like} ${likePattern(term)}`),
    ' OR ',
  );
}

/**
 * A phone number is written "096 555 1234", "0965551234" or "+855 96 555 1234": its last six
 * or seven digits, grouped the usual ways, are in the text whichever way was used.
 */
export function numberPatterns(digits: string): string[] {
  if (digits.length < 8) return [digits];
  const last6 = digits.slice(-6);
  const last7 = digits.slice(-7);
  return [last6, ...[' ', '-', '.'].flatMap((gap) => [`${last6.slice(0, 3)}${gap}${last6.slice(3)}`, `${last7.slice(0, 3)}${gap}${last7.slice(3)}`])];
}

/** Ids of tips worth scoring against `tipId` (not including it), at most the sum of the caps. */
export async function findCandidateIds(client: Db | Tx, query: CandidateQuery): Promise<string[]> {
  const { radiusM, nameReachM, windowDays } = query.settings;
  const near = box(query.lat, query.lng, radiusM);
  const far = box(query.lat, query.lng, nameReachM);
  const from = new Date(query.receivedAt.getTime() - windowDays * 86_400_000);
  const to = new Date(query.receivedAt.getTime() + windowDays * 86_400_000);
  const scope = query.provinceCodes ? Prisma.sql`AND t."provinceCode" = ANY(${[...query.provinceCodes]}::text[])` : Prisma.empty;
  const cosLat = Math.cos((query.lat * Math.PI) / 180);
  const names = query.names.filter((name) => name.length >= MIN_SEARCH_NAME).slice(0, MAX_SEARCH_NAMES);
  const numbers = query.numbers.slice(0, MAX_SEARCH_NUMBERS).flatMap(numberPatterns);

  const named = names.length
    ? Prisma.sql`
      UNION
      (SELECT t.id FROM "Tip" t
        WHERE (${anyLike(names, 'ILIKE')})
          AND t.lat BETWEEN ${far.south} AND ${far.north} AND t.lng BETWEEN ${far.west} AND ${far.east}
          AND t."receivedAt" BETWEEN ${from} AND ${to} AND t.id <> ${query.tipId}::uuid ${scope}
        LIMIT ${NAMED_LIMIT})`
    : Prisma.empty;
  // A phone or account number is not a place: recruiters and mule buyers work the whole country.
  const numbered = numbers.length
    ? Prisma.sql`
      UNION
      (SELECT t.id FROM "Tip" t
        WHERE (${anyLike(numbers, 'LIKE')})
          AND t."receivedAt" BETWEEN ${from} AND ${to} AND t.id <> ${query.tipId}::uuid ${scope}
        LIMIT ${NAMED_LIMIT})`
    : Prisma.empty;

  const rows = await client.$queryRaw<{ id: string }[]>`
    (SELECT t.id FROM "Tip" t
      WHERE t.lat BETWEEN ${near.south} AND ${near.north} AND t.lng BETWEEN ${near.west} AND ${near.east}
        AND t."receivedAt" BETWEEN ${from} AND ${to} AND t.id <> ${query.tipId}::uuid ${scope}
      ORDER BY (t.lat - ${query.lat}) ^ 2 + ((t.lng - ${query.lng}) * ${cosLat}) ^ 2
      LIMIT ${NEAR_LIMIT})
    ${named}
    ${numbered}
    UNION
    (SELECT DISTINCT t.id FROM "Attachment" mine
      JOIN "Attachment" other ON (other.sha256 = mine.sha256 OR other.phash = mine.phash) AND other."tipId" <> mine."tipId"
      JOIN "Tip" t ON t.id = other."tipId"
      WHERE mine."tipId" = ${query.tipId}::uuid ${scope}
      LIMIT ${PHOTO_LIMIT})`;
  return rows.map((row) => row.id);
}
