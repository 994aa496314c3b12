/**
 * The bounded candidate search behind duplicate detection: common table expressions of one
 * SQL statement (`CANDIDATES_CTE`), three arms, each capped and answered by an index, so the
 * cost does not grow with the table.
 * - near:  the tips nearest to the tip within a box of `nearM`, read nearest first from the
 *          `t:` rows of DedupKey (GiST index DedupKey_near_idx, index-only): the tips nearness
 *          can show (alone, as possibly related; with a colour or a floor count in common, as
 *          likely duplicates: decision 0143); province scope is not applied here but when
 *          candidates are loaded;
 * - keyed: tips sharing the tip's keys (lib/dedup/keys.ts: a specific concept, floor count or
 *          road within ~2 km, a name within ~20 km, a phone number anywhere), at most
 *          KEY_ROWS per key (DedupKey_pkey, index-only), ranked by the weight of what they share;
 *          the keys are computed in SQL from the tip's stored ones (searchKeysSql);
 * - photo: tips with a photo of the same SHA-256 or perceptual hash (Attachment indexes).
 * All arms keep to the time window; the caller applies the officer's province scope.
 */
import type { Db, Tx } from '@/lib/db/client';
import { DEDUP_DEFAULTS, type DedupSettings } from './config';
import { searchKeysSql } from './keys';
import { FEATURES_VERSION } from './text-features';

export const NEAR_LIMIT = 12;
/**
 * Proximity with something of the place in common (decision 0143) reaches the flag threshold
 * only within ~250 m, but two tips sharing a name or details are one place up to ~1.2 km apart (a rough pin, a pin
 * dropped across a river or a border; WEIGHTS.wideRadiusM). The box stays small next to the
 * table and the arm reads only the NEAR_LIMIT nearest, so where tips are dense it costs the same.
 */
export const NEAR_M = 1_200;
export const KEYED_LIMIT = 16;
/**
 * Rows read per key: the most recent tips under it within the window. Times are floored to the
 * hour, so ties are common: they and the ranking's are broken by id, as the key's index is ordered,
 * so one tip's candidates are the same on every plan and every run (decision 0169).
 */
export const KEY_ROWS = 16;
export const PHOTO_LIMIT = 20;

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * The near index orders by plain distance on (lng * NEAR_LNG_SCALE, lat): cos(12.6°), the middle
 * of Cambodia, within 1% of cos(latitude) anywhere in the country. The nearest NEAR_READ by that
 * distance are then ranked by the true one (the tip's own cos(latitude)), so the NEAR_LIMIT
 * kept are the nearest but for ties within 2%. Migration dedup_near_knn indexes the same expression.
 */
export const NEAR_LNG_SCALE = 0.976;
const NEAR_READ = 2 * NEAR_LIMIT;

/** The parameters of CANDIDATES_CTE, in order ($1-$7). */
export interface CandidateQuery {
  tipId: string;
  /** Officer's provinces; undefined when the caller sees every province. */
  provinceCodes?: readonly string[];
  /**
   * The tip's search keys and their weights (keys.ts searchKeys), given only when its stored
   * keys cannot be used (its features are missing or of another FEATURES_VERSION).
   */
  keys?: { keys: readonly string[]; weights: readonly number[] };
  settings?: DedupSettings;
}

/** The LIKE pattern of stored features of the current version. */
export const CURRENT_FEATURES = `[${FEATURES_VERSION},%`;

const point = (row: string) => `point(${row}.lng * ${NEAR_LNG_SCALE}, ${row}.lat)`;

/**
 * The tip (`me`: one row, none when it does not exist or is outside $2's provinces) and the
 * ids of its candidates (`ids`), as common table expressions of fixed text: every value is a
 * parameter, so a named prepared statement keeps its plan (docs/decisions/0114, 0115).
 * $1 tip id, $2 provinces or NULL, $3 CURRENT_FEATURES, $4/$5 search keys and weights or NULL
 * (NULL: from the tip's stored keys), $6 metres of the near box, $7 days of the time window.
 */
export const CANDIDATES_CTE = `
  me AS MATERIALIZED (
    SELECT t.id, t.lat, t.lng, t."caseId",
           COALESCE(t."dedupFeatures" LIKE $3::text, false) AS current,
           t."receivedAt" - $7::float8 * interval '1 day' AS since, t."receivedAt" + $7::float8 * interval '1 day' AS until,
           $6::float8 / ${METRES_PER_DEGREE_LAT} AS "dLat",
           $6::float8 / (${METRES_PER_DEGREE_LAT} * greatest(0.2, cos(t.lat * pi() / 180))) AS "dLng",
           cos(t.lat * pi() / 180) AS "cosLat"
    FROM "Tip" t
    WHERE t.id = $1::uuid AND ($2::text[] IS NULL OR t."provinceCode" = ANY($2::text[]))),
  own AS (SELECT id, lat, lng FROM me WHERE me.current AND $4::text[] IS NULL),
  searched AS (
    ${searchKeysSql('own')}
    UNION ALL
    SELECT given.key, given.weight FROM unnest($4::text[], $5::int[]) AS given(key, weight)),
  near AS (
    SELECT n."tipId" AS id FROM me CROSS JOIN LATERAL (
      SELECT n."tipId", n.lat, n.lng FROM "DedupKey" n
      WHERE n.lat IS NOT NULL
        AND ${point('n')} <@ box(point((me.lng - me."dLng") * ${NEAR_LNG_SCALE}, me.lat - me."dLat"), point((me.lng + me."dLng") * ${NEAR_LNG_SCALE}, me.lat + me."dLat"))
        AND n."receivedAt" BETWEEN me.since AND me.until AND n."tipId" <> me.id
      ORDER BY ${point('n')} <-> ${point('me')}
      LIMIT ${NEAR_READ}) n
    ORDER BY (n.lat - me.lat) ^ 2 + ((n.lng - me.lng) * me."cosLat") ^ 2, n."tipId"
    LIMIT ${NEAR_LIMIT}),
  keyed AS (
    SELECT k."tipId" AS id FROM me CROSS JOIN searched q CROSS JOIN LATERAL (
      SELECT d."tipId" FROM "DedupKey" d
      WHERE d.key = q.key AND d."receivedAt" BETWEEN me.since AND me.until AND d."tipId" <> me.id
      ORDER BY d."receivedAt" DESC, d."tipId" DESC LIMIT ${KEY_ROWS}) k
    GROUP BY k."tipId" ORDER BY sum(q.weight) DESC, k."tipId" DESC LIMIT ${KEYED_LIMIT}),
  photo AS (
    SELECT DISTINCT t.id FROM me
      JOIN "Attachment" mine ON mine."tipId" = me.id
      JOIN "Attachment" other ON (other.sha256 = mine.sha256 OR other.phash = mine.phash) AND other."tipId" <> mine."tipId"
      JOIN "Tip" t ON t.id = other."tipId"
    WHERE $2::text[] IS NULL OR t."provinceCode" = ANY($2::text[])
    LIMIT ${PHOTO_LIMIT}),
  ids AS (SELECT id FROM near UNION SELECT id FROM keyed UNION SELECT id FROM photo)`;

/** The parameters $1-$7 of CANDIDATES_CTE. */
export function candidateValues(query: CandidateQuery): unknown[] {
  const settings = query.settings ?? DEDUP_DEFAULTS;
  return [
    query.tipId,
    query.provinceCodes ? [...query.provinceCodes] : null,
    CURRENT_FEATURES,
    query.keys ? [...query.keys.keys] : null,
    query.keys ? [...query.keys.weights] : null,
    Math.max(NEAR_M, settings.radiusM),
    settings.windowDays,
  ];
}

/** Ids of tips worth scoring against `tipId` (not including it), at most the sum of the caps. */
export async function findCandidateIds(client: Db | Tx, query: CandidateQuery): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ id: string }[]>(`WITH ${CANDIDATES_CTE} SELECT id FROM ids`, ...candidateValues(query));
  return rows.map((row) => row.id);
}
