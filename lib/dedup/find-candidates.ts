/**
 * The bounded candidate search behind duplicate detection: one SQL statement, three arms,
 * each capped and answered by an index, so the cost does not grow with the table.
 * - near:  tips in a lat/lng box of `nearM`, nearest first, read from the `t:` rows of DedupKey
 *          (index-only, DedupKey_near_idx): the only tips that proximity alone can bring to the
 *          flag threshold; province scope is not applied here but when candidates are loaded;
 * - keyed: tips sharing the tip's keys (lib/dedup/keys.ts: a specific concept, floor count or
 *          road within ~2 km, a name within ~20 km, a phone number anywhere), at most
 *          KEY_ROWS per key (DedupKey_pkey, index-only), ranked by the weight of what they share;
 * - photo: tips with a photo of the same SHA-256 or perceptual hash (Attachment indexes).
 * All arms keep to the time window; the caller applies the officer's province scope.
 */
import type { Db, Tx } from '@/lib/db/client';
import type { DedupSettings } from './config';
import { nearBand, searchKeys } from './keys';
import { isPlaceWord, type TextFeatures } from './text-features';

export const NEAR_LIMIT = 12;
/** Proximity alone (with category and time) reaches the flag threshold only within ~250 m. */
export const NEAR_M = 350;
export const KEYED_LIMIT = 16;
/** Rows read per key: the most recent tips under it within the window. */
export const KEY_ROWS = 16;
export const PHOTO_LIMIT = 20;

const METRES_PER_DEGREE_LAT = 111_320;

export interface CandidateQuery {
  tipId: string;
  lat: number;
  lng: number;
  receivedAt: Date;
  /** The tip's search keys and their weights (lib/dedup/keys.ts searchKeys). */
  keys: readonly string[];
  weights: readonly number[];
  /** Officer's provinces; undefined when the caller sees every province. */
  provinceCodes?: readonly string[];
  settings: DedupSettings;
}

/** The search keys of a tip (its concepts, names and numbers, around its place). */
export function searchTerms(features: TextFeatures, lat: number, lng: number): Pick<CandidateQuery, 'keys' | 'weights'> {
  return searchKeys(features, lat, lng);
}

/** "Tower", "Park", "Casino" alone are not names worth searching. */
export const searchableName = (name: string) => !isPlaceWord(name);

function box(lat: number, lng: number, metres: number) {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const dLng = metres / (METRES_PER_DEGREE_LAT * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
  return { south: lat - dLat, north: lat + dLat, west: lng - dLng, east: lng + dLng };
}

/**
 * The candidate search as one SQL expression (a UNION of `id`s) of fixed text: its values are
 * parameters $1-$14 (`candidateIdsValues`), so a named prepared statement can keep its plan
 * (docs/decisions/0114-dedup-prepared-statements.md). Times are sent as UTC ISO strings: the
 * columns are `timestamp` in UTC, and a JS Date would be sent in the process's time zone.
 */
export const CANDIDATE_IDS_SQL = `
    (SELECT n."tipId" AS id FROM "DedupKey" n
      WHERE n.band = ANY($2::int[]) AND n.lng BETWEEN $3::float8 AND $4::float8 AND n.lat BETWEEN $5::float8 AND $6::float8
        AND n."receivedAt" BETWEEN ($7::timestamptz AT TIME ZONE 'UTC') AND ($8::timestamptz AT TIME ZONE 'UTC') AND n."tipId" <> $1::uuid
      ORDER BY (n.lat - $9::float8) ^ 2 + ((n.lng - $10::float8) * $11::float8) ^ 2
      LIMIT ${NEAR_LIMIT})
    UNION
    (SELECT k."tipId" AS id FROM unnest($12::text[], $13::int[]) AS q(key, weight)
      CROSS JOIN LATERAL (
        SELECT d."tipId" FROM "DedupKey" d
        WHERE d.key = q.key AND d."receivedAt" BETWEEN ($7::timestamptz AT TIME ZONE 'UTC') AND ($8::timestamptz AT TIME ZONE 'UTC') AND d."tipId" <> $1::uuid
        ORDER BY d."receivedAt" DESC LIMIT ${KEY_ROWS}) k
      GROUP BY k."tipId" ORDER BY sum(q.weight) DESC LIMIT ${KEYED_LIMIT})
    UNION
    (SELECT DISTINCT t.id FROM "Attachment" mine
      JOIN "Attachment" other ON (other.sha256 = mine.sha256 OR other.phash = mine.phash) AND other."tipId" <> mine."tipId"
      JOIN "Tip" t ON t.id = other."tipId"
      WHERE mine."tipId" = $1::uuid AND ($14::text[] IS NULL OR t."provinceCode" = ANY($14::text[]))
      LIMIT ${PHOTO_LIMIT})`;

/** The parameters $1-$14 of CANDIDATE_IDS_SQL. */
export function candidateIdsValues(query: CandidateQuery): unknown[] {
  const { windowDays } = query.settings;
  const near = box(query.lat, query.lng, Math.min(NEAR_M, query.settings.radiusM));
  const from = new Date(query.receivedAt.getTime() - windowDays * 86_400_000).toISOString();
  const to = new Date(query.receivedAt.getTime() + windowDays * 86_400_000).toISOString();
  const bands: number[] = [];
  for (let band = nearBand(near.south); band <= nearBand(near.north); band++) bands.push(band);
  const cosLat = Math.cos((query.lat * Math.PI) / 180);
  return [
    query.tipId, bands, near.west, near.east, near.south, near.north, from, to, query.lat, query.lng, cosLat,
    [...query.keys], [...query.weights], query.provinceCodes ? [...query.provinceCodes] : null,
  ];
}

/** Ids of tips worth scoring against `tipId` (not including it), at most the sum of the caps. */
export async function findCandidateIds(client: Db | Tx, query: CandidateQuery): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ id: string }[]>(CANDIDATE_IDS_SQL, ...candidateIdsValues(query));
  return rows.map((row) => row.id);
}
